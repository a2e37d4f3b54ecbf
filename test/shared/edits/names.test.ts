import { addGroup, addUser, duplicateUser, nextGroupName, nextUserName, renameGroup, renameUser } from "../../../shared/edits";
import { modelOf } from "../../../shared/model";
import { MAX_NAME_LENGTH } from "../../../shared/name-shape";
import { applied, BUILTINS, documentOf, refused } from "../../helpers/documents";

// Issue 9: a real user named " test" looked exactly like "test", and adding "test" and "test "
// was accepted without a word; a 5 MB name was accepted too.
const doc = documentOf({ users: { ...BUILTINS, " test": {}, "Caf\u00e9": {} }, groups: { Sales: {}, "Sales team": {} } });

describe("look-alike names are refused in every edit, naming the existing one", () => {
  it.each([
    ["test", " test"],
    ["test ", " test"],
    ["TEST", " test"],
    ["te\u200Bst", " test"],
    ["Cafe\u0301", "Caf\u00e9"],
    ["ADMINISTRATOR ", "Administrator"],
  ])("adding user %j is refused: it looks like %j", (name, existing) => {
    const error = refused(addUser(doc, name));
    expect(error).toMatchObject({ code: "user.name-lookalike", params: { name, existing } });
    expect(error.message).toContain(`looks like the existing user "${existing}"`);
  });

  it("the reserved keys keep their own, more precise refusal", () => {
    expect(refused(addUser(doc, "designer")).code).toBe("user.name-reserved");
  });

  it("renaming and duplicating users are refused the same way", () => {
    expect(refused(renameUser(doc, "Café", "TEST")).code).toBe("user.name-lookalike");
    expect(refused(duplicateUser(doc, "Café", "test")).code).toBe("user.name-lookalike");
    expect(refused(renameUser(doc, "Administrator", " test ")).code).toBe("user.name-lookalike");
  });

  it("a user may be renamed to a look-alike of its own name (fixing the case or the space)", () => {
    const fixed = applied(renameUser(doc, " test", "test"));
    expect(modelOf(fixed.doc).userByName.has("test")).toBe(true);
    expect(applied(renameUser(doc, "Café", "CAFÉ")).change.code).toBe("user.renamed");
  });

  it("groups: among groups only (a group may look like a user)", () => {
    expect(refused(addGroup(doc, "sales")).code).toBe("group.name-lookalike");
    expect(refused(addGroup(doc, "Sales  team")).params).toEqual({ name: "Sales  team", existing: "Sales team" });
    expect(refused(renameGroup(doc, "Sales", "SALES TEAM")).code).toBe("group.name-lookalike");
    expect(applied(addGroup(doc, "Test")).change.code).toBe("group.added");
    expect(applied(renameGroup(doc, "Sales", "SALES")).change.code).toBe("group.renamed");
  });

  it("the next free name skips look-alikes", () => {
    const taken = documentOf({ users: { ...BUILTINS, "new user1": {} }, groups: { "new group1": {} } });
    expect(nextUserName(taken)).toBe("New user2");
    expect(nextGroupName(taken)).toBe("New group2");
  });
});

describe("over-long names are refused", () => {
  it(`accepts ${MAX_NAME_LENGTH} characters and refuses one more, with a sentence`, () => {
    const longest = "é".repeat(MAX_NAME_LENGTH);
    expect(applied(addUser(doc, longest)).change.code).toBe("user.added");
    const error = refused(addUser(doc, `${longest}x`));
    expect(error).toMatchObject({ code: "user.name-too-long", params: { length: MAX_NAME_LENGTH + 1, max: MAX_NAME_LENGTH } });
    expect(error.message).toBe(`A user name can have at most ${MAX_NAME_LENGTH} characters; this one has ${MAX_NAME_LENGTH + 1}.`);
    expect(refused(renameGroup(doc, "Sales", "g".repeat(5_000_000))).code).toBe("group.name-too-long");
    expect(refused(addGroup(doc, "g".repeat(256))).message).not.toContain("ggg");
  });
});

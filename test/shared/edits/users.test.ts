import { diffLines } from "diff";
import type { DirectoryDocument } from "../../../shared/document";
import { getKey, getObject, toPlain } from "../../../shared/json";
import { modelOf } from "../../../shared/model";
import { serializeDirectory } from "../../../shared/serialize";
import { setSetting } from "../../../shared/edits/access";
import {
  addUser,
  deleteUser,
  duplicateUser,
  nextUserName,
  renameUser,
  setPasswordValue,
  setStartupMethod,
  userReferences,
} from "../../../shared/edits/users";
import { applied, fixtureDocument as fixture, documentFromText as read, refused } from "../../helpers/documents";

const plain = (doc: DirectoryDocument) => toPlain(doc.root) as Record<string, Record<string, Record<string, unknown>>>;
const userNames = (doc: DirectoryDocument) => modelOf(doc).users.map((u) => u.name);

describe("addUser", () => {
  it("adds an empty user at the end of users", () => {
    const edit = applied(addUser(fixture("HDI_Passwords"), "Aïcha"));
    expect(userNames(edit.doc).at(-1)).toBe("Aïcha");
    expect(plain(edit.doc).users!["Aïcha"]).toEqual({});
    expect(edit.change).toEqual({ code: "user.added", message: "added user Aïcha", params: { name: "Aïcha" } });
  });

  it("keeps an integer-like name at the end instead of moving it first", () => {
    const doc = applied(addUser(applied(addUser(fixture("GoldenAltos"), "2024")).doc, "10")).doc;
    expect(userNames(doc)).toEqual(["Designer", "Administrator", "DefaultUser", "2024", "10"]);
    expect(serializeDirectory(doc).indexOf('"2024"')).toBeGreaterThan(serializeDirectory(doc).indexOf('"DefaultUser"'));
  });

  it("accepts a leading space, refuses empty, only spaces and *", () => {
    const doc = fixture("GoldenAltos");
    expect(userNames(applied(addUser(doc, " lead")).doc)).toContain(" lead");
    expect(refused(addUser(doc, "")).code).toBe("user.name-empty");
    expect(refused(addUser(doc, "   ")).code).toBe("user.name-blank");
    expect(refused(addUser(doc, "*")).message).toBe('"*" cannot be a user name: in directory.json it means everybody.');
  });

  it("refuses a name taken by a user or by an alias, and the built-in storage keys", () => {
    const doc = fixture("WebClerk19");
    expect(refused(addUser(doc, "EDI")).code).toBe("user.name-taken");
    expect(refused(addUser(doc, "jitCorp")).message).toBe("There is already a user named jitCorp; user names must be unique.");
    expect(refused(addUser(doc, "designer")).code).toBe("user.name-reserved");
    expect(refused(addUser(doc, "administrator")).code).toBe("user.name-reserved");
  });

  it("allows a user with the same name as a group", () => {
    expect(applied(addUser(fixture("WebClerk19"), "Sales")).change.code).toBe("user.added");
  });

  it("refuses a 16,001st user", () => {
    let doc = fixture("GoldenAltos");
    const users = getObject(doc.root, "users")!;
    const many = Array.from({ length: 16000 - 3 }, (_, i) => [`u${i}`, { entries: [] }] as const);
    doc = { ...doc, root: { entries: [["users", { entries: [...users.entries, ...many] }]] } };
    expect(refused(addUser(doc, "one more")).code).toBe("user.limit");
  });
});

describe("duplicateUser", () => {
  it("copies the startup method and direct memberships, not the password, and says so", () => {
    const base = applied(setStartupMethod(fixture("WebClerk19"), "EDI", "Init_EDI")).doc;
    const edit = applied(duplicateUser(base, "EDI", "EDI2"));
    expect(plain(edit.doc).users!["EDI2"]).toEqual({ startupMethod: "Init_EDI" });
    const before = modelOf(base).groups.filter((g) => g.users.includes("EDI")).map((g) => g.name);
    const after = modelOf(edit.doc).groups.filter((g) => g.users.includes("EDI2")).map((g) => g.name);
    expect(after).toEqual(before);
    expect(modelOf(edit.doc).groupByName.get("OnlyTally")!.users).toEqual(["Admin", "EDI", "Email", "EDI2"]);
    expect(edit.change.message).toMatch(/^duplicated user EDI as EDI2 \(member of OnlyTally, AdjustByItem, .* and Apply2Selection; password not copied\)$/);
    expect(userNames(edit.doc).at(-1)).toBe("EDI2");
  });

  it("refuses an unknown user and a taken name", () => {
    const doc = fixture("WebClerk19");
    expect(refused(duplicateUser(doc, "Nobody", "X")).code).toBe("user.unknown");
    expect(refused(duplicateUser(doc, "EDI", "Admin")).code).toBe("user.name-taken");
  });
});

describe("renameUser", () => {
  it("renaming the Designer alias updates every reference: no jitCorp left in WebClerk19", () => {
    const doc = fixture("WebClerk19");
    const count = userReferences(doc, "jitCorp").length;
    const edit = applied(renameUser(doc, "jitCorp", "Owner"));
    expect(serializeDirectory(edit.doc)).not.toContain("jitCorp");
    expect(plain(edit.doc).users!["designer"]).toEqual({ password: "NsMqwyLaEELf4Z0pjoX9Dw==", alias: "Owner" });
    expect(modelOf(edit.doc).groupByName.get("Costing")!.users[0]).toBe("Owner");
    expect(plain(edit.doc).settings!["localGenericWebUser"]).toBe("Owner");
    expect(count).toBe(userReferences(edit.doc, "Owner").length);
    expect(edit.change.message).toBe(`renamed user jitCorp → Owner (the Designer's alias; ${count} references updated)`);
    expect(edit.change.params).toEqual({ name: "jitCorp", newName: "Owner", references: count });
  });

  it("adds the alias at its canonical place when the file has none", () => {
    const text = '{\n\t"users": {\n\t\t"designer": {\n\t\t\t"password": "Kjg/94PRrUDafImXUuZYuw=="\n\t\t},\n\t\t"administrator": {}\n\t}\n}';
    const edit = applied(renameUser(read(text), "Designer", "Boss"));
    expect(getObject(getObject(edit.doc.root, "users")!, "designer")!.entries.map(([k]) => k)).toEqual(["password", "alias"]);
  });

  it("renames another user in place and only the lines that name it change", () => {
    const doc = fixture("WebClerk19");
    const edit = applied(renameUser(doc, "Email", "Mail"));
    expect(userNames(edit.doc).indexOf("Mail")).toBe(userNames(doc).indexOf("Email"));
    expect(serializeDirectory(edit.doc)).toBe(serializeDirectory(doc).replaceAll('"Email"', '"Mail"'));
    expect(edit.change.message).toBe("renamed user Email → Mail (2 references updated)");
  });

  it("updates capitalised user settings of the older variant", () => {
    const edit = applied(renameUser(fixture("HDI_WebSocket_Server__Settings"), "Designer", "Chef"));
    expect(plain(edit.doc).settings).toMatchObject({ LocalGenericWebUser: "Chef", RemoteGenericWebUser: "Chef", RemoteDefaultUser: "" });
  });

  it("does not touch a group that shares the name", () => {
    const edit = applied(renameUser(fixture("WebClerk19"), "VeryLimited", "Limited"));
    expect(modelOf(edit.doc).groupByName.has("VeryLimited")).toBe(true);
    expect(modelOf(edit.doc).groupByName.get("VeryLimited")!.users).toEqual(["Parts_Prep", "Limited", "Email"]);
  });

  it("keeps integer-like names in their place", () => {
    const doc = applied(addUser(applied(addUser(fixture("GoldenAltos"), "2024")).doc, "Zed")).doc;
    expect(userNames(applied(renameUser(doc, "2024", "7")).doc)).toEqual(["Designer", "Administrator", "DefaultUser", "7", "Zed"]);
  });

  it("refuses a taken name, a reserved key, an unknown user and a no-op", () => {
    const doc = fixture("WebClerk19");
    expect(refused(renameUser(doc, "EDI", "Admin")).code).toBe("user.name-taken");
    expect(refused(renameUser(doc, "EDI", "designer")).code).toBe("user.name-reserved");
    expect(refused(renameUser(doc, "Ghost", "X")).message).toBe("There is no user named Ghost.");
    expect(refused(renameUser(doc, "EDI", "EDI")).code).toBe("edit.unchanged");
    expect(refused(renameUser(doc, "EDI", " ")).code).toBe("user.name-blank");
  });

  it("lets the Designer take the name designer as its alias", () => {
    expect(applied(renameUser(fixture("WebClerk19"), "jitCorp", "designer")).change.code).toBe("user.renamed");
  });
});

describe("userReferences and deleteUser", () => {
  it("lists the groups and settings that name a user", () => {
    expect(userReferences(fixture("HDI_Passwords"), "Designer")).toEqual([
      { kind: "group-member", group: "Engineers" },
      { kind: "group-member", group: "Staff" },
      { kind: "setting", key: "localGenericWebUser" },
      { kind: "setting", key: "remoteGenericWebUser" },
    ]);
    expect(userReferences(fixture("HDI_Passwords"), "")).toEqual([]);
  });

  it("removes the user, its memberships, and clears the settings that named it", () => {
    const base = applied(addUser(fixture("HDI_Passwords"), "Web")).doc;
    const doc = applied(setPasswordValue(base, "Web", "X+eMKmznyqj9Q3bqmnWLtw==")).doc;
    const withSetting = applied(setSetting(doc, "remoteDefaultUser", "Louis")).doc;
    const edit = applied(deleteUser(withSetting, "Louis"));
    expect(modelOf(edit.doc).userByName.has("Louis")).toBe(false);
    expect(modelOf(edit.doc).groupByName.get("Engineers")!.users).toEqual(["Designer", "Gérald", "Marceline", "Noel"]);
    expect(plain(edit.doc).settings!["remoteDefaultUser"]).toBe("");
    expect(edit.change.message).toBe("deleted user Louis (removed from Engineers; cleared setting remoteDefaultUser)");
  });

  it("removes a members list left empty, as 4D writes an empty group as {}", () => {
    const edit = applied(deleteUser(fixture("WebClerk19"), "VeryLimited"));
    expect(getKey(getObject(edit.doc.root, "groups")!, "VeryLimited")).toEqual({ entries: [["users", ["Parts_Prep", "Email"]]] });
    const alone = applied(deleteUser(applied(deleteUser(edit.doc, "Parts_Prep")).doc, "Email"));
    expect(getKey(getObject(alone.doc.root, "groups")!, "VeryLimited")).toEqual({ entries: [] });
  });

  it("says when nothing referred to the user", () => {
    expect(applied(deleteUser(fixture("GoldenAltos"), "DefaultUser")).change.message).toBe("deleted user DefaultUser (nothing referred to it)");
  });

  it("refuses to delete the Designer and the Administrator", () => {
    const doc = fixture("WebClerk19");
    expect(refused(deleteUser(doc, "jitCorp"))).toEqual({
      code: "user.builtin-delete",
      message: "jitCorp is the Designer, who cannot be deleted: 4D always keeps the Designer and the Administrator.",
      params: { name: "jitCorp", kind: "designer" },
    });
    expect(refused(deleteUser(doc, "Admin")).code).toBe("user.builtin-delete");
    expect(refused(deleteUser(doc, "designer")).code).toBe("user.unknown");
  });
});

describe("setStartupMethod", () => {
  it("sets, changes and removes the startup method, changing only its line", () => {
    const doc = fixture("GoldenAltos");
    const set = applied(setStartupMethod(doc, "DefaultUser", "On_Startup"));
    expect(set.change.message).toBe("set the startup method of DefaultUser to On_Startup");
    const changes = diffLines(serializeDirectory(doc), serializeDirectory(set.doc)).filter((c) => c.added || c.removed);
    expect(changes.map((c) => [c.added ? "+" : "-", c.value])).toEqual([
      ["-", '\t\t"DefaultUser": {}\r\n'],
      ["+", '\t\t"DefaultUser": {\r\n\t\t\t"startupMethod": "On_Startup"\r\n\t\t}\r\n'],
    ]);
    const changed = applied(setStartupMethod(set.doc, "DefaultUser", "Other"));
    expect(changed.change.message).toBe("set the startup method of DefaultUser to Other (was On_Startup)");
    const removed = applied(setStartupMethod(changed.doc, "DefaultUser", ""));
    expect(removed.change.message).toBe("removed the startup method of DefaultUser (was Other)");
    expect(serializeDirectory(removed.doc)).toBe(serializeDirectory(doc));
  });

  it("refuses a no-op", () => {
    expect(refused(setStartupMethod(fixture("GoldenAltos"), "DefaultUser", "")).code).toBe("edit.unchanged");
  });
});

describe("nextUserName", () => {
  it("gives the first free numbered name, with the base the UI passes", () => {
    let doc = fixture("GoldenAltos");
    expect(nextUserName(doc)).toBe("New user1");
    doc = applied(addUser(doc, "New user1")).doc;
    doc = applied(addUser(doc, "New user3")).doc;
    expect(nextUserName(doc)).toBe("New user2");
    expect(nextUserName(doc, "Nouvel utilisateur")).toBe("Nouvel utilisateur1");
  });
});

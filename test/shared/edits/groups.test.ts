import { DEFAULT_LAYOUT, type DirectoryDocument } from "../../../shared/document";
import { fromPlain, getKey, getObject, jsonObject, toPlain } from "../../../shared/json";
import { modelOf } from "../../../shared/model";
import { serializeDirectory, serializeJson } from "../../../shared/serialize";
import { setSetting, setSqlRight } from "../../../shared/edits/access";
import { addGroup, deleteGroup, duplicateGroup, emptyGroup, groupReferences, nextGroupName, otherGroupReferences, renameGroup } from "../../../shared/edits/groups";
import { giveLicence } from "../../../shared/edits/licences";
import { addMember } from "../../../shared/edits/members";
import { addUser } from "../../../shared/edits/users";
import { applied, documentFromText, fixtureDocument as fixture, refused } from "../../helpers/documents";

const plain = (doc: DirectoryDocument) => toPlain(doc.root) as Record<string, Record<string, unknown>>;
const groupNames = (doc: DirectoryDocument) => modelOf(doc).groups.map((g) => g.name);
const topKeys = (doc: DirectoryDocument) => doc.root.entries.map(([k]) => k);

describe("addGroup", () => {
  it("adds the group at the end with the Administrator, by its alias, as member", () => {
    const edit = applied(addGroup(fixture("WebClerk19"), "Managers"));
    expect(groupNames(edit.doc).at(-1)).toBe("Managers");
    expect(plain(edit.doc).groups!["Managers"]).toEqual({ users: ["Admin"] });
    expect(edit.change).toEqual({ code: "group.added", message: "added group Managers with Admin as member", params: { name: "Managers" } });
  });

  it("creates groups right after users when the file has none", () => {
    const edit = applied(addGroup(fixture("4D-Mobile-App"), "Sales"));
    expect(topKeys(edit.doc)).toEqual(["users", "groups", "sqlSchemaGranters"]);
    expect(plain(edit.doc).groups).toEqual({ Sales: { users: ["Administrator"] } });
    expect(edit.doc.layout).toEqual({ bom: true, eol: "\n" });
  });

  it("allows a group named like a user, and integer-like names stay in order", () => {
    let doc = applied(addGroup(fixture("HDI_Passwords"), "Louis")).doc;
    doc = applied(addGroup(doc, "2024")).doc;
    expect(groupNames(doc)).toEqual(["Engineers", "Staff", "Secret", "Louis", "2024"]);
  });

  it("refuses a taken group name, an empty name, only spaces and *", () => {
    const doc = fixture("HDI_Passwords");
    expect(refused(addGroup(doc, "Staff"))).toEqual({
      code: "group.name-taken",
      message: "There is already a group named Staff; group names must be unique.",
      params: { name: "Staff" },
    });
    expect(refused(addGroup(doc, "")).code).toBe("group.name-empty");
    expect(refused(addGroup(doc, "  ")).code).toBe("group.name-blank");
    expect(refused(addGroup(doc, "*")).code).toBe("group.name-everybody");
  });
});

describe("duplicateGroup", () => {
  it("copies member users and member groups, not licences", () => {
    const edit = applied(duplicateGroup(fixture("WebClerk19"), "AdminControl", "AdminControl2"));
    expect(plain(edit.doc).groups!["AdminControl2"]).toEqual({ users: ["jitCorp", "Admin", "EDI"] });
    expect(plain(edit.doc).remoteGranters).toMatchObject({ web: "AdminControl", soap: "AdminControl" });
    expect(edit.change.message).toBe(
      "duplicated group AdminControl as AdminControl2 (3 member users, 0 member groups; licences and rights not copied)",
    );
    const nested = applied(duplicateGroup(fixture("HDI_Passwords"), "Secret", "Secret 2"));
    expect(plain(nested.doc).groups!["Secret 2"]).toEqual({ users: ["Olivier", "Peter"], groups: ["Engineers"] });
  });

  it("refuses an unknown group and a taken name", () => {
    expect(refused(duplicateGroup(fixture("HDI_Passwords"), "Ghosts", "X")).code).toBe("group.unknown");
    expect(refused(duplicateGroup(fixture("HDI_Passwords"), "Staff", "Secret")).code).toBe("group.name-taken");
  });
});

describe("renameGroup", () => {
  it("updates licences, member-of lists, in place", () => {
    const doc = fixture("WebClerk19");
    const edit = applied(renameGroup(doc, "AdminControl", "Control Room"));
    expect(groupNames(edit.doc).indexOf("Control Room")).toBe(groupNames(doc).indexOf("AdminControl"));
    expect(plain(edit.doc).remoteGranters).toMatchObject({ web: "Control Room", soap: "Control Room" });
    expect(serializeDirectory(edit.doc)).toBe(serializeDirectory(doc).replaceAll('"AdminControl"', '"Control Room"'));
    expect(edit.change.message).toBe("renamed group AdminControl → Control Room (2 references updated)");

    const nested = applied(renameGroup(doc, "Costing", "Costs"));
    expect(modelOf(nested.doc).groupByName.get("Sales")!.groups[1]).toBe("Costs");
    expect(modelOf(nested.doc).groupByName.get("Shipping")!.groups[0]).toBe("Costs");
  });

  it("renames the group in every list that names it, at any depth, and changes nothing else", () => {
    const before = {
      users: { Ann: {}, Bob: {} },
      groups: {
        Top: { users: ["Ann"], groups: ["Middle", "Other"] },
        Middle: { groups: ["Leaf", "Middle"] },
        Other: { users: ["Bob"], groups: ["Leaf"] },
        Leaf: { users: ["Bob"] },
        Both: { groups: ["Leaf", "Top", "Middle", "Leaf"] },
        Alone: { users: ["Leaf"] },
      },
    };
    const edit = applied(renameGroup(documentFromText(JSON.stringify(before, null, "\t")), "Leaf", "Feuille"));
    const after = {
      users: { Ann: {}, Bob: {} },
      groups: {
        Top: { users: ["Ann"], groups: ["Middle", "Other"] },
        Middle: { groups: ["Feuille", "Middle"] },
        Other: { users: ["Bob"], groups: ["Feuille"] },
        Feuille: { users: ["Bob"] },
        Both: { groups: ["Feuille", "Top", "Middle"] },
        Alone: { users: ["Leaf"] },
      },
    };
    expect(serializeDirectory(edit.doc)).toBe(JSON.stringify(after, null, "\t"));
    expect(edit.change.params).toEqual({ name: "Leaf", newName: "Feuille", references: 3 });

    // A group that lists itself, and a group name stored twice (both entries' lists are rewritten).
    const self = applied(renameGroup(documentFromText(JSON.stringify(before, null, "\t")), "Middle", "Centre"));
    expect(plain(self.doc).groups).toMatchObject({ Top: { groups: ["Centre", "Other"] }, Centre: { groups: ["Leaf", "Centre"] }, Both: { groups: ["Leaf", "Top", "Centre", "Leaf"] } });
    // (The parser refuses a key stored twice; a document built in memory can still hold one.)
    const twice = (b: string) =>
      jsonObject([
        ["groups", jsonObject([["A", fromPlain({ groups: [b] })], [b, jsonObject()], ["C", fromPlain({ groups: [b, "A"] })], ["A", fromPlain({ groups: [b, "C"] })]])],
      ]);
    const renamed = applied(renameGroup({ layout: DEFAULT_LAYOUT, root: twice("B") }, "B", "Bee"));
    expect(serializeDirectory(renamed.doc)).toBe(serializeJson(twice("Bee")));
  });

  it("updates settings (either capitalisation) and every SQL right", () => {
    let doc = applied(addGroup(fixture("HDI_WebSocket_Server__Settings"), "Sales")).doc;
    doc = applied(setSetting(doc, "designAccessGroup", "Sales")).doc;
    doc = applied(setSqlRight(doc, "DEFAULT_SCHEMA", "readOnlyAccessGroup", "Sales")).doc;
    doc = applied(setSqlRight(doc, "DEFAULT_SCHEMA", "allAccessGroup", "Sales")).doc;
    const edit = applied(renameGroup(doc, "Sales", "Ventes"));
    expect(plain(edit.doc).settings).toMatchObject({ DesignAccessGroup: "Ventes" });
    expect(plain(edit.doc).sqlSchemaGranters).toEqual({
      DEFAULT_SCHEMA: { readOnlyAccessGroup: "Ventes", readWriteAccessGroup: "*", allAccessGroup: "Ventes" },
    });
    expect(serializeDirectory(edit.doc)).not.toContain('"Sales"');
    expect(edit.change.params).toEqual({ name: "Sales", newName: "Ventes", references: 3 });
  });

  it("never touches a user that shares the name", () => {
    const edit = applied(renameGroup(fixture("WebClerk19"), "Designer", "Designers"));
    expect(modelOf(edit.doc).users[0]!.name).toBe("jitCorp");
    expect(modelOf(edit.doc).groupByName.get("Designers")!.users).toEqual(["Admin", "EDI"]);
  });

  it("refuses a taken name and a no-op", () => {
    const doc = fixture("WebClerk19");
    expect(refused(renameGroup(doc, "Sales", "Shipping")).code).toBe("group.name-taken");
    expect(refused(renameGroup(doc, "Sales", "Sales")).code).toBe("edit.unchanged");
    expect(refused(renameGroup(doc, "Sales", "*")).code).toBe("group.name-everybody");
  });
});

describe("groupReferences and deleteGroup", () => {
  const referenced = () => {
    let doc = applied(addGroup(fixture("HDI_Passwords"), "Readers")).doc;
    doc = applied(addMember(doc, "Secret", { group: "Readers" })).doc;
    doc = applied(setSetting(doc, "remoteMobileAccessGroupRW", "Readers")).doc;
    return applied(setSqlRight(doc, "DEFAULT_SCHEMA", "readOnlyAccessGroup", "Readers")).doc;
  };

  it("lists member-of lists, licences, settings and SQL rights", () => {
    expect(groupReferences(referenced(), "Readers")).toEqual([
      { kind: "group-member", group: "Secret" },
      { kind: "setting", key: "remoteMobileAccessGroupRW" },
      { kind: "sql-right", schema: "DEFAULT_SCHEMA", right: "readOnlyAccessGroup" },
    ]);
    expect(groupReferences(fixture("WebClerk19"), "4D_Write")).toEqual([{ kind: "licence", key: "write" }]);
  });

  it("without force refuses, lists the references and says 4D cannot delete groups", () => {
    const doc = referenced();
    const error = refused(deleteGroup(doc, "Readers"));
    expect(error).toEqual({
      code: "group.delete-needs-force",
      message:
        "4D itself cannot delete groups (empty Readers instead); Readers is referred to by group Secret, setting remoteMobileAccessGroupRW and SQL right Read only of DEFAULT_SCHEMA, which deleting it anyway would clear.",
      params: { name: "Readers", references: 3 },
    });
    expect(refused(deleteGroup(doc, "Staff", { force: false })).message).toBe(
      "4D itself cannot delete groups (empty Staff instead); nothing refers to Staff, but deleting it anyway needs confirmation.",
    );
  });

  it("with force removes the group and every reference", () => {
    const edit = applied(deleteGroup(referenced(), "Readers", { force: true }));
    expect(groupNames(edit.doc)).toEqual(["Engineers", "Staff", "Secret"]);
    expect(plain(edit.doc).groups!["Secret"]).toEqual({ users: ["Olivier", "Peter"], groups: ["Engineers"] });
    expect(plain(edit.doc).settings).toMatchObject({ remoteMobileAccessGroupRW: "" });
    expect(plain(edit.doc).sqlSchemaGranters).toEqual({ DEFAULT_SCHEMA: { readOnlyAccessGroup: "", readWriteAccessGroup: "*", allAccessGroup: "" } });
    expect(edit.change.message).toBe(
      "deleted group Readers (removed from Secret; cleared setting remoteMobileAccessGroupRW and SQL right Read only of DEFAULT_SCHEMA)",
    );
  });

  it("with force clears a licence and removes an emptied groups list", () => {
    const doc = fixture("WebClerk19");
    const write = applied(deleteGroup(doc, "4D_Write", { force: true }));
    expect(plain(write.doc).remoteGranters).toMatchObject({ write: "" });
    expect(write.change.message).toBe("deleted group 4D_Write (cleared licence 4D Write)");
    const engineers = applied(deleteGroup(fixture("HDI_Passwords"), "Engineers", { force: true }));
    expect(getKey(getObject(engineers.doc.root, "groups")!, "Secret")).toEqual({ entries: [["users", ["Olivier", "Peter"]]] });
  });

  it("refuses an unknown group", () => {
    expect(refused(deleteGroup(fixture("WebClerk19"), "Ghosts", { force: true })).code).toBe("group.unknown");
  });
});

describe("emptyGroup", () => {
  it("removes the member lists in one step, keeping the group, its licences and rights", () => {
    const doc = applied(giveLicence(fixture("HDI_Passwords"), "write", "Secret")).doc;
    const edit = applied(emptyGroup(doc, "Secret"));
    expect(groupNames(edit.doc)).toEqual(["Engineers", "Staff", "Secret"]);
    expect(plain(edit.doc).groups!["Secret"]).toEqual({});
    expect(plain(edit.doc).remoteGranters).toMatchObject({ write: "Secret" });
    expect(edit.change).toEqual({
      code: "group.emptied",
      message: "emptied group Secret (2 member users removed, 1 member group removed)",
      params: { name: "Secret", users: 2, groups: 1 },
    });
    expect(serializeDirectory(edit.doc)).toContain('"Secret": {}');
  });

  it("counts a repeated member once, and says 1 member user in the singular", () => {
    const doc = applied(emptyGroup(fixture("WebClerk19"), "EditItem"));
    expect(doc.change.message).toBe("emptied group EditItem (1 member user removed, 0 member groups removed)");
  });

  it("refuses an empty group and an unknown one, leaving the document as it was", () => {
    const doc = applied(emptyGroup(fixture("HDI_Passwords"), "Secret")).doc;
    expect(refused(emptyGroup(doc, "Secret"))).toEqual({
      code: "group.already-empty",
      message: "Secret has no members, so there is nothing to empty.",
      params: { name: "Secret" },
    });
    expect(refused(emptyGroup(doc, "Ghosts")).code).toBe("group.unknown");
  });
});

describe("otherGroupReferences", () => {
  it("is every reference but the group's own place in its list", () => {
    let doc = applied(addMember(fixture("HDI_Passwords"), "Secret", { group: "Staff" })).doc;
    doc = applied(setSetting(doc, "designAccessGroup", "Staff")).doc;
    expect(otherGroupReferences(doc, "Staff")).toEqual([
      { kind: "group-member", group: "Secret" },
      { kind: "setting", key: "designAccessGroup" },
    ]);
  });
});

describe("nextGroupName", () => {
  it("gives the first free numbered group name, ignoring user names", () => {
    let doc = applied(addGroup(fixture("HDI_Passwords"), "New group1")).doc;
    expect(nextGroupName(doc)).toBe("New group2");
    doc = applied(addUser(fixture("HDI_Passwords"), "Nouveau groupe1")).doc;
    expect(nextGroupName(doc, "Nouveau groupe")).toBe("Nouveau groupe1");
  });
});

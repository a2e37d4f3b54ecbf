import { addMembersToGroups, addMember, clearPasswords, deleteUser, deleteUsers, removeMembersFromGroups, setPasswords, setStartupMethods } from "../../../shared/edits";
import { modelOf } from "../../../shared/model";
import { serializeDirectory } from "../../../shared/serialize";
import { applied, BUILTINS, documentOf, fixtureDocument, refused } from "../../helpers/documents";
import { buildLargeDirectory } from "../../helpers/large-directory";

const doc = documentOf({
  users: { ...BUILTINS, Ann: {}, Bob: { password: "Kjg/94PRrUDafImXUuZYuw==" }, Cid: { startupMethod: "Go" } },
  groups: { Sales: { users: ["Ann"] }, Staff: {}, Managers: { groups: ["Sales"] } },
  settings: { remoteDefaultUser: "Bob", designAccessGroup: "*" },
});
const users = (d: typeof doc, group: string) => modelOf(d).groupByName.get(group)!.users;

describe("bulk edits: one document, one change line", () => {
  it("adds many users to a group at the end of its list, skipping those already there", () => {
    const edit = applied(addMembersToGroups(doc, ["Sales"], [{ user: "Ann" }, { user: "Bob" }, { user: "Cid" }]));
    expect(users(edit.doc, "Sales")).toEqual(["Ann", "Bob", "Cid"]);
    expect(edit.change).toMatchObject({ code: "bulk.members-added", message: "added 3 users to Sales", params: { count: 3, memberships: 2, kind: "user" } });
  });

  it("adds to several groups at once and says how many", () => {
    const edit = applied(addMembersToGroups(doc, ["Sales", "Staff"], [{ user: "Bob" }]));
    expect(users(edit.doc, "Sales")).toEqual(["Ann", "Bob"]);
    expect(users(edit.doc, "Staff")).toEqual(["Bob"]);
    expect(edit.change.message).toBe("added 1 user to 2 groups");
  });

  it("gives the same document as the single edits, one after another", () => {
    let one = doc;
    for (const user of ["Bob", "Cid"]) one = applied(addMember(one, "Staff", { user })).doc;
    expect(serializeDirectory(applied(addMembersToGroups(doc, ["Staff"], [{ user: "Bob" }, { user: "Cid" }])).doc)).toBe(serializeDirectory(one));
  });

  it("refuses a nesting that would make a cycle, naming the path, and unknown names", () => {
    expect(refused(addMembersToGroups(doc, ["Sales"], [{ group: "Managers" }])).code).toBe("member.cycle");
    expect(refused(addMembersToGroups(doc, ["Sales"], [{ user: "Zed" }])).code).toBe("user.unknown");
    expect(refused(addMembersToGroups(doc, ["Nope"], [{ user: "Ann" }])).code).toBe("group.unknown");
  });

  it("says nothing changes when every one is already a member", () => {
    expect(refused(addMembersToGroups(doc, ["Sales"], [{ user: "Ann" }])).code).toBe("edit.unchanged");
  });

  it("removes members from many groups; an emptied list goes, as 4D writes it", () => {
    const start = applied(addMembersToGroups(doc, ["Staff"], [{ user: "Ann" }])).doc;
    const edit = applied(removeMembersFromGroups(start, ["Sales", "Staff"], [{ user: "Ann" }]));
    expect(serializeDirectory(edit.doc)).toContain('"Sales": {}');
    expect(edit.change.message).toBe("removed 1 user from 2 groups");
  });

  it("sets and clears startup methods of many users", () => {
    const set = applied(setStartupMethods(doc, ["Ann", "Bob", "Cid"], "Start"));
    expect(modelOf(set.doc).users.slice(2).map((u) => u.startupMethod)).toEqual(["Start", "Start", "Start"]);
    expect(set.change.message).toBe("set the startup method of 3 users to Start");
    const cleared = applied(setStartupMethods(set.doc, ["Ann", "Bob"], ""));
    expect(modelOf(cleared.doc).users.slice(2).map((u) => u.startupMethod)).toEqual([undefined, undefined, "Start"]);
  });

  it("clears passwords and says when the Designer's goes (access control off)", () => {
    const withDesigner = applied(setPasswords(doc, ["Designer"], "Kjg/94PRrUDafImXUuZYuw==")).doc;
    expect(applied(clearPasswords(doc, ["Ann", "Bob"])).change.message).toBe("cleared the password of 1 user");
    const off = applied(clearPasswords(withDesigner, ["Designer", "Bob"]));
    expect(off.change.params).toMatchObject({ count: 2, accessControl: "off" });
  });

  it("sets one temporary password value, and never puts it in the change line", () => {
    const edit = applied(setPasswords(doc, ["Ann", "Cid"], "‹new bcrypt 1›"));
    expect(modelOf(edit.doc).users.filter((u) => u.password !== "none").map((u) => u.name)).toEqual(["Ann", "Bob", "Cid"]);
    expect(JSON.stringify(edit.change)).not.toContain("bcrypt");
  });

  it("deletes many users like deleting each: memberships and settings cleared", () => {
    let one = doc;
    for (const name of ["Ann", "Bob"]) one = applied(deleteUser(one, name)).doc;
    const edit = applied(deleteUsers(doc, ["Ann", "Bob"]));
    expect(serializeDirectory(edit.doc)).toBe(serializeDirectory(one));
    expect(edit.change.message).toBe("deleted 2 users (1 group membership removed; 1 setting cleared)");
  });

  it("never deletes the Designer or the Administrator", () => {
    expect(refused(deleteUsers(doc, ["Ann", "Administrator"])).code).toBe("user.builtin-delete");
  });

  it("keeps a real file byte for byte outside what it touches", () => {
    const real = fixtureDocument("miyako");
    const names = modelOf(real).users.slice(2, 5).map((u) => u.name);
    const group = modelOf(real).groups[0]!.name;
    const after = serializeDirectory(applied(addMembersToGroups(real, [group], names.map((user) => ({ user })))).doc);
    const before = serializeDirectory(real);
    expect(after.split("\n").length).toBeGreaterThan(before.split("\n").length);
    expect(after.startsWith(before.slice(0, before.indexOf('"groups"')))).toBe(true);
  });

  it("adds 1,000 users of a 16,000-user file to a group in one pass", () => {
    const large = buildLargeDirectory();
    const names = modelOf(large).users.slice(100, 1100).map((u) => u.name);
    const group = modelOf(large).groups[10]!.name;
    const edit = applied(addMembersToGroups(large, [group], names.map((user) => ({ user }))));
    expect(new Set(users(edit.doc, group))).toEqual(new Set([...users(large, group), ...names]));
  });
});

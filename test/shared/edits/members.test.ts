import type { DirectoryDocument } from "../../../shared/document";
import { getKey, getObject } from "../../../shared/json";
import { modelOf } from "../../../shared/model";
import { parseDirectory } from "../../../shared/parse";
import { addGroup } from "../../../shared/edits/groups";
import { addMember, nestingPath, removeMember } from "../../../shared/edits/members";
import { addUser } from "../../../shared/edits/users";
import { applied, fixtureDocument as fixture, refused } from "../../helpers/documents";

const group = (doc: DirectoryDocument, name: string) => getKey(getObject(doc.root, "groups")!, name);

/** Managers ⊃ Sales ⊃ Staff, on top of HDI_Passwords (which has Secret ⊃ Engineers). */
const chain = () => {
  let doc = applied(addGroup(fixture("HDI_Passwords"), "Managers")).doc;
  doc = applied(addGroup(doc, "Sales")).doc;
  doc = applied(addMember(doc, "Managers", { group: "Sales" })).doc;
  return applied(addMember(doc, "Sales", { group: "Staff" })).doc;
};

describe("addMember", () => {
  it("adds a user at the end of the users list, by its alias for the built-in users", () => {
    const edit = applied(addMember(fixture("WebClerk19"), "Sales", { user: "jitCorp" }));
    expect(modelOf(edit.doc).groupByName.get("Sales")!.users).toEqual(["ESites", "WebClerk", "jitCorp"]);
    expect(edit.change).toEqual({
      code: "member.added",
      message: "added jitCorp to Sales",
      params: { group: "Sales", member: "jitCorp", kind: "user" },
    });
  });

  it("creates the list at its canonical place: users before groups", () => {
    let doc = applied(addGroup(fixture("HDI_Passwords"), "Top")).doc;
    doc = applied(removeMember(doc, "Top", { user: "Administrator" })).doc;
    doc = applied(addMember(doc, "Top", { group: "Secret" })).doc;
    doc = applied(addMember(doc, "Top", { user: "Zoé" })).doc;
    expect(group(doc, "Top")).toEqual({ entries: [["users", ["Zoé"]], ["groups", ["Secret"]]] });
  });

  it("fills the empty group 4D_Write", () => {
    const edit = applied(addMember(fixture("WebClerk19"), "4D_Write", { group: "Sales" }));
    expect(group(edit.doc, "4D_Write")).toEqual({ entries: [["groups", ["Sales"]]] });
    expect(edit.change.message).toBe("added Sales to 4D_Write");
  });

  it("accepts integer-like and accented names", () => {
    let doc = applied(addUser(fixture("HDI_Passwords"), "2024")).doc;
    doc = applied(addMember(doc, "Staff", { user: "2024" })).doc;
    expect(modelOf(doc).groupByName.get("Staff")!.users).toEqual(["Designer", "Administrator", "2024"]);
  });

  it("refuses unknown groups and members, and a duplicate member", () => {
    const doc = fixture("HDI_Passwords");
    expect(refused(addMember(doc, "Ghosts", { user: "Louis" })).code).toBe("group.unknown");
    expect(refused(addMember(doc, "Staff", { user: "Ghost" })).message).toBe("There is no user named Ghost.");
    expect(refused(addMember(doc, "Staff", { group: "Ghosts" })).code).toBe("group.unknown");
    expect(refused(addMember(doc, "Staff", { user: "designer" })).code).toBe("user.unknown");
    expect(refused(addMember(doc, "Staff", { user: "Designer" }))).toEqual({
      code: "member.duplicate",
      message: "Designer is already a member of Staff.",
      params: { group: "Staff", member: "Designer", kind: "user" },
    });
    expect(refused(addMember(doc, "Secret", { group: "Engineers" })).code).toBe("member.duplicate");
  });

  it("refuses a group containing itself", () => {
    expect(refused(addMember(fixture("HDI_Passwords"), "Staff", { group: "Staff" }))).toEqual({
      code: "member.self",
      message: "A group cannot contain itself, so Staff cannot be a member of Staff.",
      params: { group: "Staff", member: "Staff", kind: "group" },
    });
  });

  it("refuses a direct cycle, naming its path", () => {
    expect(refused(addMember(fixture("HDI_Passwords"), "Engineers", { group: "Secret" }))).toEqual({
      code: "member.cycle",
      message: "Secret already contains Engineers, so Engineers cannot contain Secret (Secret → Engineers → Secret).",
      params: { group: "Engineers", member: "Secret", kind: "group", path: "Secret → Engineers → Secret" },
    });
  });

  it("refuses an indirect cycle, naming the whole path", () => {
    expect(refused(addMember(chain(), "Staff", { group: "Managers" })).message).toBe(
      "Managers already contains Staff, so Staff cannot contain Managers (Managers → Sales → Staff → Managers).",
    );
  });

  it("allows a diamond, which is not a cycle", () => {
    const edit = applied(addMember(chain(), "Managers", { group: "Staff" }));
    expect(modelOf(edit.doc).groupByName.get("Managers")!.groups).toEqual(["Sales", "Staff"]);
  });
});

describe("nestingPath", () => {
  it("finds the chain down from one group to another, or nothing", () => {
    const doc = chain();
    expect(nestingPath(doc, "Managers", "Staff")).toEqual(["Managers", "Sales", "Staff"]);
    expect(nestingPath(doc, "Staff", "Managers")).toBeUndefined();
  });

  it("does not loop on a cycle already in the file", () => {
    const text = JSON.stringify({
      users: { designer: {}, administrator: {} },
      groups: { A: { groups: ["B"] }, B: { groups: ["A", "C"] }, C: {}, D: {} },
    });
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const doc = parsed.value.doc;
    expect(nestingPath(doc, "A", "D")).toBeUndefined();
    expect(nestingPath(doc, "A", "C")).toEqual(["A", "B", "C"]);
    expect(refused(addMember(doc, "C", { group: "A" })).message).toBe("A already contains C, so C cannot contain A (A → B → C → A).");
    expect(applied(addMember(doc, "D", { group: "A" })).change.code).toBe("member.added");
  });

  it("stays fast on a deep chain of 16,000 groups", () => {
    const groups: Record<string, unknown> = {};
    for (let i = 0; i < 16000; i++) groups[`g${i}`] = i + 1 < 16000 ? { groups: [`g${i + 1}`] } : {};
    const parsed = parseDirectory(JSON.stringify({ users: { designer: {}, administrator: {} }, groups }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const started = performance.now();
    const error = refused(addMember(parsed.value.doc, "g15999", { group: "g0" }));
    expect(error.code).toBe("member.cycle");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("removeMember", () => {
  it("removes a user, and the whole list when it becomes empty", () => {
    const doc = fixture("WebClerk19");
    const edit = applied(removeMember(doc, "AdjustByItem", { user: "EDI" }));
    expect(group(edit.doc, "AdjustByItem")).toEqual({ entries: [["users", ["Admin"]]] });
    expect(edit.change).toEqual({
      code: "member.removed",
      message: "removed EDI from AdjustByItem",
      params: { group: "AdjustByItem", member: "EDI", kind: "user" },
    });
    expect(group(applied(removeMember(edit.doc, "AdjustByItem", { user: "Admin" })).doc, "AdjustByItem")).toEqual({ entries: [] });
  });

  it("removes a member group and keeps the users list", () => {
    const edit = applied(removeMember(fixture("HDI_Passwords"), "Secret", { group: "Engineers" }));
    expect(group(edit.doc, "Secret")).toEqual({ entries: [["users", ["Olivier", "Peter"]]] });
  });

  it("removes a dangling name, a member that is not a user", () => {
    const parsed = parseDirectory(JSON.stringify({ users: { designer: {}, administrator: {} }, groups: { G: { users: ["Gone", "Designer"] } } }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const edit = applied(removeMember(parsed.value.doc, "G", { user: "Gone" }));
    expect(modelOf(edit.doc).groupByName.get("G")!.users).toEqual(["Designer"]);
  });

  it("refuses a member that is not in the list", () => {
    const doc = fixture("HDI_Passwords");
    expect(refused(removeMember(doc, "Staff", { user: "Louis" })).message).toBe("Louis is not a member of Staff, so it cannot be removed from it.");
    expect(refused(removeMember(doc, "Staff", { group: "Designer" })).code).toBe("member.absent");
    expect(refused(removeMember(doc, "Ghosts", { user: "Louis" })).code).toBe("group.unknown");
  });
});

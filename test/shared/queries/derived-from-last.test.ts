import { addGroup, addMember, addUser, deleteUsers, removeMember, renameGroup, renameUser, setPasswordValue } from "../../../shared/edits";
import type { DirectoryDocument } from "../../../shared/document";
import type { EditResult } from "../../../shared/edits/edit";
import { modelOf } from "../../../shared/model";
import { directoryIndex } from "../../../shared/queries/graph";
import { lookalikeIndex, lookalikeOf } from "../../../shared/audit";
import { documentOf, BUILTINS } from "../../helpers/documents";

// modelOf and directoryIndex derive a draft's model and index from the last ones built when the
// edit left parts alone. Each step's result must be what a fresh build of that draft gives.

const base = documentOf({
  users: { ...BUILTINS, ann: {}, bob: {}, cy: {} },
  groups: {
    Staff: { users: ["ann"], groups: ["Sales"] },
    Sales: { users: ["bob", "ann"] },
    Top: { groups: ["Staff"] },
    Staff2: { users: ["cy"] },
  },
});

type Step = (d: DirectoryDocument) => EditResult;
const STEPS: readonly [string, Step][] = [
  ["tick", (d) => addMember(d, "Top", { user: "cy" })],
  ["untick", (d) => removeMember(d, "Sales", { user: "ann" })],
  ["tick again", (d) => addMember(d, "Sales", { user: "ann" })],
  ["tick a second group", (d) => addMember(d, "Staff", { user: "bob" })],
  ["password", (d) => setPasswordValue(d, "bob", "‹hash legacy abc›")],
  ["user added", (d) => addUser(d, "dee")],
  ["tick the new user", (d) => addMember(d, "Staff2", { user: "dee" })],
  ["user renamed", (d) => renameUser(d, "ann", "anne")],
  ["group renamed", (d) => renameGroup(d, "Staff", "Team")],
  ["group added", (d) => addGroup(d, "Night")],
  ["nesting", (d) => addMember(d, "Night", { group: "Team" })],
  ["users deleted", (d) => deleteUsers(d, ["bob"])],
];

/** What a fresh build says (a new copy of the modules: no last model or index to start from). */
async function fresh(doc: DirectoryDocument) {
  vi.resetModules();
  const model = (await import("../../../shared/model")).modelOf(doc);
  const index = (await import("../../../shared/queries/graph")).directoryIndex(doc);
  return { model, index };
}

const view = (doc: DirectoryDocument) => {
  const index = directoryIndex(doc);
  return {
    model: modelOf(doc),
    names: index.names,
    parents: index.parents,
    children: index.children,
    directGroups: [...index.directGroups.entries()].sort(),
    closures: index.names.map((_, n) => index.closure(n).reached),
  };
};

describe("derived data built from the last draft's", () => {
  it("is what a fresh build gives, after each kind of edit", async () => {
    let doc = base;
    view(doc);
    for (const [what, step] of STEPS) {
      const result = step(doc);
      if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
      doc = result.value.doc;
      const got = view(doc);
      const { model, index } = await fresh(doc);
      expect(got.model, what).toEqual(model);
      expect(got.names, what).toEqual(index.names);
      expect(got.parents, what).toEqual(index.parents);
      expect(got.children, what).toEqual(index.children);
      expect(got.directGroups, what).toEqual([...index.directGroups.entries()].sort());
      expect(got.closures, what).toEqual(index.names.map((_, n) => index.closure(n).reached));
    }
  });

  it("shares what an edit did not touch", () => {
    const before = modelOf(base);
    const ticked = addMember(base, "Top", { user: "cy" });
    if (!ticked.ok) throw new Error("setup");
    const after = modelOf(ticked.value.doc);
    expect(after.users).toBe(before.users);
    expect(after.userByName).toBe(before.userByName);
    expect(after.groups[0]).toBe(before.groups[0]);
    expect(after.groups[2]).not.toBe(before.groups[2]);
    expect(directoryIndex(ticked.value.doc).parents).toBe(directoryIndex(base).parents);
  });

  it("finds look-alike names in the new names only", () => {
    const renamed = renameGroup(base, "Top", "Sa1es");
    if (!renamed.ok) throw new Error("setup");
    expect(lookalikeOf(base, "group", "top")).toBe("Top");
    expect(lookalikeOf(renamed.value.doc, "group", "top")).toBeUndefined();
    expect(lookalikeOf(renamed.value.doc, "user", "ANN")).toBe("ann");
    // A tick keeps every name: the grouping is the last one's.
    const ticked = addMember(base, "Top", { user: "cy" });
    if (!ticked.ok) throw new Error("setup");
    const before = lookalikeIndex(base).groups;
    expect(lookalikeIndex(ticked.value.doc).groups).toBe(before);
    expect(lookalikeOf(ticked.value.doc, "group", "sales")).toBe("Sales");
  });
});

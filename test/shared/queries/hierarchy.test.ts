import { groupHierarchy, pathHierarchy } from "../../../shared/queries";
import { BUILTINS, documentFromText, documentOf } from "../../helpers/documents";
import { SAMPLE_DATA } from "../../helpers/two-copies";

const sample = documentFromText(SAMPLE_DATA);

describe("groupHierarchy", () => {
  it("draws Management above Finances above Accounting, with member counts and licences", () => {
    const h = groupHierarchy(sample, "Finances");
    expect(h.nodes).toEqual([
      { kind: "group", id: "g:Finances", name: "Finances", level: 0, users: 1, groups: 1, licences: [], selected: true },
      { kind: "group", id: "g:Management", name: "Management", level: -1, users: 1, groups: 1, licences: [], selected: false },
      { kind: "group", id: "g:Accounting", name: "Accounting", level: 1, users: 2, groups: 0, licences: ["write"], selected: false },
    ]);
    expect(h.edges).toEqual([
      { from: "g:Management", to: "g:Finances" },
      { from: "g:Finances", to: "g:Accounting" },
    ]);
  });

  it("draws only a neighbourhood of a huge file: a few levels, a few groups each, the rest as +N more", () => {
    const groups: Record<string, { groups?: string[] }> = {};
    for (let i = 0; i < 16000; i++) groups[`G${i}`] = {};
    // Hub contains 500 groups and is contained in 500; a chain of 20 levels runs above it.
    groups.Hub = { groups: Array.from({ length: 500 }, (_, i) => `G${i}`) };
    for (let i = 500; i < 1000; i++) groups[`G${i}`] = { groups: ["Hub"] };
    for (let i = 1000; i < 1020; i++) groups[`G${i}`] = { groups: [i === 1000 ? "G500" : `G${i - 1}`] };
    const h = groupHierarchy(documentOf({ users: BUILTINS, groups }), "Hub", { levels: 3, perGroup: 6 });
    expect(h.nodes.length).toBeLessThan(40);
    expect(h.nodes.filter((n) => n.kind === "more").map((n) => [n.id, n.kind === "more" && n.count])).toEqual(
      expect.arrayContaining([
        ["more:up:Hub", 494],
        ["more:down:Hub", 494],
      ]),
    );
    // Above G500 the chain goes on past the third level (G1000, G1001): counted, not drawn.
    expect(h.nodes.some((n) => n.id === "g:G1001")).toBe(true);
    expect(h.nodes.some((n) => n.id === "g:G1002")).toBe(false);
    expect(h.nodes.find((n) => n.id === "more:up:G1001")).toMatchObject({ kind: "more", count: 1, level: -4 });
  });

  it("ends on a cycle and answers nothing for an unknown group", () => {
    const doc = documentOf({ users: BUILTINS, groups: { A: { groups: ["B"] }, B: { groups: ["A"] } } });
    expect(groupHierarchy(doc, "A").nodes.map((n) => n.id)).toEqual(["g:A", "g:B"]);
    expect(groupHierarchy(doc, "Nope")).toEqual({ nodes: [], edges: [] });
  });
});

describe("pathHierarchy", () => {
  it("draws the chain that grants a right, holder on top", () => {
    const h = pathHierarchy(sample, ["Management", "Finances", "Accounting"]);
    expect(h.nodes.map((n) => n.kind === "group" && [n.name, n.selected])).toEqual([
      ["Management", false],
      ["Finances", false],
      ["Accounting", true],
    ]);
    expect(h.edges).toEqual([
      { from: "g:Management", to: "g:Finances" },
      { from: "g:Finances", to: "g:Accounting" },
    ]);
  });
});

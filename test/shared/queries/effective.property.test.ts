import fc from "fast-check";
import { effectiveGroups } from "../../../shared/queries/effective";
import { effectiveMembers } from "../../../shared/queries/members";
import { BUILTINS, documentOf } from "../../helpers/documents";

interface Graph {
  readonly users: readonly string[];
  readonly groups: readonly { readonly name: string; readonly users: readonly string[]; readonly groups: readonly string[] }[];
}

// Small random graphs: up to 8 groups listing any groups (themselves included, so cycles occur),
// and up to 5 users, some listed by no group; a few names listed do not exist.
const graphs: fc.Arbitrary<Graph> = fc
  .record({ groupCount: fc.integer({ min: 1, max: 8 }), userCount: fc.integer({ min: 1, max: 5 }) })
  .chain(({ groupCount, userCount }) => {
    const groupNames = Array.from({ length: groupCount }, (_, i) => `G${i}`);
    const userNames = Array.from({ length: userCount }, (_, i) => `u${i}`);
    const group = (name: string) =>
      fc.record({
        name: fc.constant(name),
        users: fc.subarray([...userNames, "ghost"]),
        groups: fc.subarray([...groupNames, "Missing"]).chain((list) => fc.shuffledSubarray(list, { minLength: list.length })),
      });
    return fc.record({ users: fc.constant(userNames), groups: fc.tuple(...groupNames.map(group)) });
  });

function documentOfGraph(graph: Graph) {
  const users: Record<string, object> = { ...BUILTINS };
  for (const u of graph.users) users[u] = {};
  const groups: Record<string, object> = {};
  for (const g of graph.groups) groups[g.name] = { users: g.users, groups: g.groups };
  return documentOf({ users, groups });
}

/** The reference: grow the set of groups until nothing changes, then measure distances naively. */
function naiveDistances(graph: Graph, user: string): Map<string, number> {
  const distance = new Map<string, number>();
  for (const g of graph.groups) if (g.users.includes(user)) distance.set(g.name, 0);
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of graph.groups) {
      for (const member of g.groups) {
        const d = distance.get(member);
        if (d !== undefined && (distance.get(g.name) ?? Infinity) > d + 1) {
          distance.set(g.name, d + 1);
          changed = true;
        }
      }
    }
  }
  return distance;
}

describe("effectiveGroups against a naive reference", () => {
  it("finds exactly the groups reachable upward, in file order, each by a valid shortest path", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const doc = documentOfGraph(graph);
        const lists = new Map(graph.groups.map((g) => [g.name, g]));
        for (const user of graph.users) {
          const expected = naiveDistances(graph, user);
          const actual = effectiveGroups(doc, user);
          expect(actual.map((m) => m.group)).toEqual(graph.groups.map((g) => g.name).filter((n) => expected.has(n)));
          for (const m of actual) {
            expect(m.direct).toBe(expected.get(m.group) === 0);
            expect(m.path).toHaveLength((expected.get(m.group) as number) + 1);
            expect(m.path[m.path.length - 1]).toBe(m.group);
            expect(lists.get(m.path[0] as string)?.users).toContain(user);
            for (let i = 1; i < m.path.length; i++) expect(lists.get(m.path[i] as string)?.groups).toContain(m.path[i - 1]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("effectiveMembers agrees with effectiveGroups, path for path", () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const doc = documentOfGraph(graph);
        for (const g of graph.groups) {
          const expected = graph.users
            .map((user) => ({ user, m: effectiveGroups(doc, user).find((m) => m.group === g.name) }))
            .filter((x) => x.m !== undefined)
            .map(({ user, m }) => ({ user, path: [...(m?.path ?? [])].reverse() }));
          expect(effectiveMembers(doc, g.name)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

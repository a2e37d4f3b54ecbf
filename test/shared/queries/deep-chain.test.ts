// A valid file whose groups nest in one long chain: answers list each group once and build a
// path only when it is read (the timing and memory figures are in RELIABILITY.md).
import { checkDirectory } from "../../../shared/check";
import { effectiveGroups, routeLength, shownRoute } from "../../../shared/queries/effective";
import { effectiveMembers } from "../../../shared/queries/members";
import { accessHolders } from "../../../shared/queries/holders";
import { userRights } from "../../../shared/queries/rights";
import { BUILTINS, documentOf } from "../../helpers/documents";

/** `n` groups, g0 ⊃ g1 ⊃ … ⊃ g(n-1), the user `bottom` in the last; g0 holds Design access. */
function chain(n: number) {
  const groups: Record<string, object> = {};
  for (let i = 0; i < n; i++) groups[`g${i}`] = i === n - 1 ? { users: ["bottom"] } : { groups: [`g${i + 1}`] };
  return documentOf({ users: { ...BUILTINS, bottom: {} }, groups, settings: { designAccessGroup: "g0" } });
}

it("the user at the bottom of a 16,000-deep chain: one membership per group, paths shown in a few names", () => {
  const doc = chain(16_000);
  const groups = effectiveGroups(doc, "bottom");
  expect(groups).toHaveLength(16_000);
  const top = groups[0]!;
  expect(top.group).toBe("g0");
  expect(routeLength(top)).toBe(16_000);
  expect(shownRoute(top)).toEqual(["g15999", "…", "g3", "g2", "g1", "g0"]);
  expect(groups.map((m) => shownRoute(m).length).reduce((a, b) => a + b)).toBeLessThan(16_000 * 7);
  const path = top.path;
  expect(path).toHaveLength(16_000);
  expect([path[0], path[1], path.at(-1)]).toEqual(["g15999", "g15998", "g0"]);
  expect(checkDirectory(doc).filter((p) => p.severity === "error")).toEqual([]);
});

it("members, holders and rights share the lazy route, and agree with the full path", () => {
  const doc = chain(50);
  const member = effectiveMembers(doc, "g0")[0]!;
  expect(member.user).toBe("bottom");
  expect(routeLength(member)).toBe(50);
  expect(member.path).toEqual(Array.from({ length: 50 }, (_, i) => `g${i}`));
  expect(shownRoute(member)).toEqual(["g0", "g1", "g2", "g3", "…", "g49"]);
  const via = accessHolders(doc, "designAccessGroup").find((h) => h.user === "bottom")!.via;
  expect(via.kind === "group" && via.path).toEqual(Array.from({ length: 50 }, (_, i) => `g${49 - i}`));
  const design = userRights(doc, "bottom")!.access.find((g) => g.key === "designAccessGroup")!;
  expect(design.via.kind === "group" && shownRoute(design.via)).toEqual(["g49", "…", "g3", "g2", "g1", "g0"]);
  expect(shownRoute(effectiveGroups(doc, "bottom")[47]!)).toEqual(["g49", "g48", "g47"]);
});

import type { DirectoryDocument } from "../document";
import { closurePath, directoryIndex, type DirectoryIndex } from "./graph";

/**
 * One group a user (or a session) belongs to, and how.
 *
 * `path` runs upward: `[direct group, …, group]`. A direct membership has `path = [group]`.
 * When several routes lead to the group, the shortest is kept (ties: the direct group first in
 * file order, then the parent first in file order).
 *
 * `path` is rebuilt from the breadth-first tree's parent links each time it is read (a getter):
 * listing a user's groups costs one step per group, however deep they nest, and only the paths
 * shown are built. `routeLength` and `shownRoute` answer without building it.
 */
export interface Membership {
  readonly group: string;
  readonly path: readonly string[];
  readonly direct: boolean;
}

/** A group reached upward from another one, with the path `[start group, …, group]`. */
export interface GroupPath {
  readonly group: string;
  readonly path: readonly string[];
}

const NONE: readonly number[] = [];

/** How an answer's path is found again: from `start` up to `node` in `start`'s closure. */
interface Route {
  readonly index: DirectoryIndex;
  readonly start: number;
  readonly node: number;
  /** Groups on the path, both ends included. */
  readonly length: number;
  /** True when the path runs downward (members), false upward (memberships). */
  readonly down: boolean;
}

const routes = new WeakMap<object, Route>();

/** Attaches a lazily rebuilt `path` to an answer (a membership, a member, a right's via). */
export function withRoute<T extends object>(answer: T, route: Route): T & { readonly path: readonly string[] } {
  const routed = Object.defineProperty(answer, "path", {
    enumerable: true,
    get: () => {
      const up = route.start === route.node ? [route.index.names[route.node] as string] : closurePath(route.index, route.start, route.node);
      return route.down ? [...up].reverse() : up;
    },
  }) as T & { readonly path: readonly string[] };
  routes.set(routed, route);
  return routed;
}

/** How many groups an answer's path holds, without building it. */
export function routeLength(answer: { readonly path: readonly string[] }): number {
  return routes.get(answer)?.length ?? answer.path.length;
}

/** The route of an answer, to pass on to another answer (a right's via shares its membership's). */
export function routeOf(answer: object): Route | undefined {
  return routes.get(answer);
}

/**
 * An answer's path as shown: whole when it holds at most `max` groups; otherwise its first group,
 * `…`, and its last `max - 2` groups (built in as many steps, however long the path).
 */
export function shownRoute(answer: { readonly path: readonly string[] }, max = 6): readonly string[] {
  const route = routes.get(answer);
  if (!route || route.length <= max) {
    const path = answer.path;
    return path.length <= max ? path : [path[0] as string, "…", ...path.slice(path.length - (max - 2))];
  }
  // Walk the parent links from the far end for the last groups; the first is the start itself.
  const { index, start, node } = route;
  const from = index.closure(start).from;
  const near: number[] = [];
  for (let at = node; near.length < max - 2; at = from.get(at) as number) near.push(at);
  const names = (ids: readonly number[]) => ids.map((n) => index.names[n] as string);
  // Upward: [start, …, near reversed]; downward (members): [node's end first] mirrored.
  return route.down ? [...names(near), "…", index.names[start] as string] : [index.names[start] as string, "…", ...names(near.reverse())];
}

/**
 * The memberships that follow from a set of direct groups (node ids): those groups and their
 * upward closures, in file order of groups.
 *
 * `direct` is the order that breaks ties between equally short paths (a user's direct groups
 * in file order, or the groups given to a simulated session in the order given).
 */
export function membershipsOf(index: DirectoryIndex, direct: readonly number[]): readonly Membership[] {
  const best = new Map<number, { start: number; length: number }>();
  for (const node of direct) best.set(node, { start: node, length: 0 });
  for (const start of direct) {
    const closure = index.closure(start);
    for (const node of closure.reached) {
      const length = closure.depth.get(node) as number;
      const known = best.get(node);
      if (!known || length < known.length) best.set(node, { start, length });
    }
  }
  return [...best.keys()]
    .sort((a, b) => a - b)
    .map((node) => {
      const { start, length } = best.get(node) as { start: number; length: number };
      const group = index.names[node] as string;
      if (length === 0) return { group, path: [group], direct: true };
      return withRoute({ group, direct: false }, { index, start, node, length: length + 1, down: false });
    });
}

/**
 * The direct group from which a user with these direct groups reaches `target` by the path
 * `membershipsOf` would report (the shortest; ties: the first direct group), given each group's
 * distance down from `target` (`distancesDown`); undefined when none does.
 */
export function startTo(direct: readonly number[], target: number, distance: ReadonlyMap<number, number>): { start: number; length: number } | undefined {
  if (direct.includes(target)) return { start: target, length: 0 };
  let best: { start: number; length: number } | undefined;
  for (const start of direct) {
    const length = distance.get(start);
    if (length !== undefined && (!best || length < best.length)) best = { start, length };
  }
  return best;
}

/** The node ids of the groups that list `userName` directly, in file order. */
export function directNodesOf(index: DirectoryIndex, userName: string): readonly number[] {
  return index.directGroups.get(userName) ?? NONE;
}

/**
 * Every group a user belongs to: the groups listing it, and every group containing those,
 * recursively (docs/directory-json.md §5.6), in file order of groups.
 *
 * `userName` is the name 4D shows (the alias for the Designer and the Administrator). A name no
 * group lists has no groups. Cycles in the file are followed once, never looped.
 */
export function effectiveGroups(doc: DirectoryDocument, userName: string): readonly Membership[] {
  const index = directoryIndex(doc);
  return membershipsOf(index, directNodesOf(index, userName));
}

/**
 * The groups containing `group`, directly or through others, with the path `[group, …, ancestor]`,
 * in file order; empty for an unknown group. The group itself is left out, even inside a cycle.
 */
export function ancestors(doc: DirectoryDocument, group: string): readonly GroupPath[] {
  const index = directoryIndex(doc);
  const start = index.nodeOf.get(group);
  if (start === undefined) return [];
  const closure = index.closure(start);
  return [...closure.reached]
    .sort((a, b) => a - b)
    .map((node) => withRoute({ group: index.names[node] as string }, { index, start, node, length: (closure.depth.get(node) as number) + 1, down: false }));
}

/** The groups whose `groups` list holds `group` (its direct parents), in file order. */
export function containedIn(doc: DirectoryDocument, group: string): readonly string[] {
  const index = directoryIndex(doc);
  const node = index.nodeOf.get(group);
  if (node === undefined) return [];
  return (index.parents[node] ?? NONE).map((p) => index.names[p] as string);
}

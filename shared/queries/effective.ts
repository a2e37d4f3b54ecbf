import type { DirectoryDocument } from "../document";
import { closurePath, directoryIndex, type DirectoryIndex } from "./graph";

/**
 * One group a user (or a session) belongs to, and how.
 *
 * `path` runs upward: `[direct group, …, group]`. A direct membership has `path = [group]`.
 * When several routes lead to the group, the shortest is kept (ties: the direct group first in
 * file order, then the parent first in file order).
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
      return length === 0 ? { group, path: [group], direct: true } : { group, path: closurePath(index, start, node), direct: false };
    });
}

/**
 * The upward path by which a user with these direct groups belongs to `target`, or undefined.
 *
 * Picks exactly the path `membershipsOf` would report for `target`, so every query agrees.
 */
export function pathTo(index: DirectoryIndex, direct: readonly number[], target: number): readonly string[] | undefined {
  if (direct.includes(target)) return [index.names[target] as string];
  let bestStart = -1;
  let bestLength = Infinity;
  for (const start of direct) {
    const length = index.closure(start).depth.get(target);
    if (length !== undefined && length < bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  return bestStart < 0 ? undefined : closurePath(index, bestStart, target);
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
  return [...index.closure(start).reached]
    .sort((a, b) => a - b)
    .map((node) => ({ group: index.names[node] as string, path: closurePath(index, start, node) }));
}

/** The groups whose `groups` list holds `group` (its direct parents), in file order. */
export function containedIn(doc: DirectoryDocument, group: string): readonly string[] {
  const index = directoryIndex(doc);
  const node = index.nodeOf.get(group);
  if (node === undefined) return [];
  return (index.parents[node] ?? NONE).map((p) => index.names[p] as string);
}

import type { DirectoryDocument } from "../document";
import type { JsonObject } from "../json";
import { modelOf, type DirectoryModel } from "../model";
import { recentCache } from "../recent-cache";

/**
 * The upward closure of one group: every group that contains it, directly or through others.
 *
 * Found by breadth-first search, so each ancestor is reached by a shortest path; ties go to the
 * parent that comes first in file order. The start group itself is not part of its closure, even
 * when a cycle leads back to it.
 */
export interface Closure {
  /** The ancestors' node ids in the order the search reached them. */
  readonly reached: readonly number[];
  /** Ancestor → the node it was reached from (the start group or another ancestor). */
  readonly from: ReadonlyMap<number, number>;
  /** Ancestor → number of steps from the start group (1 for a direct parent). */
  readonly depth: ReadonlyMap<number, number>;
}

/**
 * The membership graph of a document, built once per document and shared by every query.
 *
 * Groups are nodes numbered in file order (a name stored twice keeps its first entry, like
 * `modelOf`). Edges go both ways: `parents[n]` are the groups whose `groups` list holds `n`,
 * `children[n]` the groups `n` lists. References to missing groups are not edges (the checks
 * report them). User names are the names 4D shows (aliases for the Designer and Administrator).
 */
export interface DirectoryIndex {
  readonly model: DirectoryModel;
  /** Node id → group name. */
  readonly names: readonly string[];
  /** Group name → node id. */
  readonly nodeOf: ReadonlyMap<string, number>;
  /** Node id → ids of the groups containing it, in file order, without repeats. */
  readonly parents: readonly (readonly number[])[];
  /** Node id → ids of the existing groups it lists, in list order, without repeats. */
  readonly children: readonly (readonly number[])[];
  /** User name → ids of the groups listing it directly, in file order, without repeats. */
  readonly directGroups: ReadonlyMap<string, readonly number[]>;
  /** The upward closure of a node, computed on first use and then kept. */
  closure(node: number): Closure;
}

const NO_NODES: readonly number[] = [];

function upwardClosure(parents: readonly (readonly number[])[], start: number): Closure {
  const reached: number[] = [];
  const from = new Map<number, number>();
  const depth = new Map<number, number>();
  // The queue is the `reached` list itself: breadth-first, and no node is queued twice, so
  // cycles end the search instead of looping.
  for (const p of parents[start] ?? NO_NODES) {
    if (p === start || from.has(p)) continue;
    from.set(p, start);
    depth.set(p, 1);
    reached.push(p);
  }
  for (let i = 0; i < reached.length; i++) {
    const node = reached[i] as number;
    const next = (depth.get(node) as number) + 1;
    for (const p of parents[node] ?? NO_NODES) {
      if (p === start || from.has(p)) continue;
      from.set(p, node);
      depth.set(p, next);
      reached.push(p);
    }
  }
  return { reached, from, depth };
}

/** The index over a graph: the closures computed on demand, shared by every index of the same graph. */
function indexOf(
  model: DirectoryModel,
  graph: Pick<DirectoryIndex, "names" | "nodeOf" | "parents" | "children">,
  directGroups: ReadonlyMap<string, readonly number[]>,
  closures: (Closure | undefined)[],
): DirectoryIndex {
  const { names, nodeOf, parents, children } = graph;
  return {
    model,
    names,
    nodeOf,
    parents,
    children,
    directGroups,
    closure(node) {
      let found = closures[node];
      if (!found) closures[node] = found = upwardClosure(parents, node);
      return found;
    },
  };
}

/** The index built last, and the closures it shares with any index of the same graph. */
let lastBuilt: { index: DirectoryIndex; closures: (Closure | undefined)[] } | undefined;

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The nodes whose direct users differ from the last index's when only users changed (same groups,
 * same names, same nesting, in the same places); undefined when the graph itself changed.
 */
function usersOnlyChanges(model: DirectoryModel, last: DirectoryIndex): number[] | undefined {
  const before = last.model.groups;
  const after = model.groups;
  if (before.length !== after.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const a = after[i]!;
    const b = before[i]!;
    if (a === b) continue;
    if (a.name !== b.name || !sameList(a.groups, b.groups)) return undefined;
    if (sameList(a.users, b.users)) continue;
    const node = last.nodeOf.get(a.name);
    // A second entry of a name is not a node; its users count for no one (see below).
    if (node !== undefined && last.model.groupByName.get(a.name) === b) changed.push(node);
  }
  return changed;
}

function buildIndex(doc: DirectoryDocument): DirectoryIndex {
  const model = modelOf(doc);
  const last = lastBuilt;
  if (last && last.index.model.groups === model.groups) {
    // No group changed (a user edit): the same graph and memberships.
    const index = indexOf(model, last.index, last.index.directGroups, last.closures);
    lastBuilt = { index, closures: last.closures };
    return index;
  }
  const changed = last ? usersOnlyChanges(model, last.index) : undefined;
  if (last && changed) {
    // Only some groups' users changed (a membership ticked): the graph stays; each user listed
    // by those groups, before or after, gets its list of direct groups again.
    const directGroups = new Map(last.index.directGroups);
    for (const node of changed) {
      const name = last.index.names[node]!;
      const now = model.groupByName.get(name)!.users;
      const was = last.index.model.groupByName.get(name)!.users;
      for (const user of new Set([...was, ...now])) {
        const list = (directGroups.get(user) ?? NO_NODES).filter((n) => n !== node);
        if (now.includes(user)) {
          const at = list.findIndex((n) => n > node);
          list.splice(at < 0 ? list.length : at, 0, node);
        }
        if (list.length > 0) directGroups.set(user, list);
        else directGroups.delete(user);
      }
    }
    const index = indexOf(model, last.index, directGroups, last.closures);
    lastBuilt = { index, closures: last.closures };
    return index;
  }
  const names: string[] = [];
  const nodeOf = new Map<string, number>();
  const stored = model.groups.filter((g) => model.groupByName.get(g.name) === g);
  for (const g of stored) {
    nodeOf.set(g.name, names.length);
    names.push(g.name);
  }
  const parents: number[][] = names.map(() => []);
  const children: number[][] = names.map(() => []);
  const directGroups = new Map<string, number[]>();
  stored.forEach((g, node) => {
    for (const childName of g.groups) {
      const child = nodeOf.get(childName);
      if (child === undefined || (children[node] as number[]).includes(child)) continue;
      (children[node] as number[]).push(child);
      (parents[child] as number[]).push(node);
    }
    for (const user of g.users) {
      let list = directGroups.get(user);
      if (!list) directGroups.set(user, (list = []));
      if (list[list.length - 1] !== node) list.push(node);
    }
  });
  const closures: (Closure | undefined)[] = new Array(names.length);
  const index = indexOf(model, { names, nodeOf, parents, children }, directGroups, closures);
  lastBuilt = { index, closures };
  return index;
}

const cache = recentCache<JsonObject, DirectoryIndex>();

/**
 * The membership index of a document, built once per document (memoised on its root, for the
 * last few documents: see recent-cache.ts).
 *
 * Building it is linear in the size of the file; each group's upward closure is computed at most
 * once, on demand, so answering for one user costs the size of its direct groups' closures. The
 * index of a draft whose groups only changed members (a tick, an untick) is derived from the last
 * one built: same graph and closures, the direct groups of those members only looked at again.
 */
export function directoryIndex(doc: DirectoryDocument): DirectoryIndex {
  return cache.get(doc.root, () => buildIndex(doc));
}

/** The path of group names from `start` up to `ancestor` (both included), read from a closure. */
export function closurePath(index: DirectoryIndex, start: number, ancestor: number): readonly string[] {
  const closure = index.closure(start);
  const nodes: number[] = [ancestor];
  let node = ancestor;
  while (node !== start) {
    node = closure.from.get(node) as number;
    nodes.push(node);
  }
  return nodes.reverse().map((n) => index.names[n] as string);
}

/**
 * Node ids reachable downward from `start` (its member groups, recursively), `start` included,
 * each with its number of steps below `start`, in breadth-first order.
 */
export function distancesDown(index: DirectoryIndex, start: number): ReadonlyMap<number, number> {
  const distance = new Map<number, number>([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as number;
    const next = (distance.get(node) as number) + 1;
    for (const child of index.children[node] ?? NO_NODES) {
      if (distance.has(child)) continue;
      distance.set(child, next);
      queue.push(child);
    }
  }
  return distance;
}

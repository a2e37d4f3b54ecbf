/**
 * The picture of a group's place in the nesting (docs/directory-json.md §5 rule 6): the groups
 * that contain it above, the groups it contains below — as 4D's documentation draws General
 * Management ⊂ Finances ⊂ Accounting. Only a neighbourhood is taken (a few levels, a few groups
 * per group, the rest counted in "+N more" nodes), so a file of 16,000 groups draws a handful.
 */
import type { DirectoryDocument } from "../document";
import { directoryIndex, type DirectoryIndex } from "./graph";

/** A group in the picture, or a "+N more" stand-in for the groups left out at that place. */
export type HierarchyNode =
  | {
      readonly kind: "group";
      readonly id: string;
      readonly name: string;
      /** Above the selection (< 0), the selection (0), below it (> 0). */
      readonly level: number;
      readonly users: number;
      readonly groups: number;
      /** Licence keys (`remoteGranters`) the group holds. */
      readonly licences: readonly string[];
      readonly selected: boolean;
    }
  | { readonly kind: "more"; readonly id: string; readonly level: number; readonly count: number };

/** An edge from a group to a group it contains (or to a "+N more" node). */
export interface HierarchyEdge {
  readonly from: string;
  readonly to: string;
}

/** The nodes and edges to draw. */
export interface Hierarchy {
  readonly nodes: readonly HierarchyNode[];
  readonly edges: readonly HierarchyEdge[];
}

/** How much of the neighbourhood to draw. */
export interface HierarchyLimits {
  /** Levels above and below the selection. */
  readonly levels: number;
  /** Containing (or contained) groups drawn per group; the others make one "+N more" node. */
  readonly perGroup: number;
}

const DEFAULT_LIMITS: HierarchyLimits = { levels: 3, perGroup: 6 };

function groupNode(index: DirectoryIndex, node: number, level: number, licences: ReadonlyMap<string, string[]>, selected: boolean): HierarchyNode {
  const name = index.names[node] as string;
  const info = index.model.groupByName.get(name);
  return {
    kind: "group",
    id: `g:${name}`,
    name,
    level,
    users: info?.users.length ?? 0,
    groups: index.children[node]?.length ?? 0,
    licences: licences.get(name) ?? [],
    selected,
  };
}

function licencesByGroup(index: DirectoryIndex): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  for (const l of index.model.licences) {
    const list = byGroup.get(l.holder) ?? [];
    list.push(l.key);
    byGroup.set(l.holder, list);
  }
  return byGroup;
}

/**
 * The neighbourhood of `group`: up to `levels` levels of containing groups above it and of
 * contained groups below, each group showing at most `perGroup` neighbours in that direction (in
 * file order) and a "+N more" node for the rest. A group reached twice is drawn once; cycles end.
 * Empty when there is no such group.
 */
export function groupHierarchy(doc: DirectoryDocument, group: string, limits: HierarchyLimits = DEFAULT_LIMITS): Hierarchy {
  const index = directoryIndex(doc);
  const start = index.nodeOf.get(group);
  if (start === undefined) return { nodes: [], edges: [] };
  const licences = licencesByGroup(index);
  const nodes: HierarchyNode[] = [groupNode(index, start, 0, licences, true)];
  const edges: HierarchyEdge[] = [];
  const drawn = new Set<number>([start]);
  for (const direction of [-1, 1] as const) {
    const next = direction < 0 ? index.parents : index.children;
    let frontier = [start];
    for (let level = 1; level <= limits.levels && frontier.length > 0; level++) {
      const reached: number[] = [];
      for (const node of frontier) {
        const name = index.names[node] as string;
        const neighbours = next[node] ?? [];
        const shown = neighbours.slice(0, limits.perGroup);
        for (const other of shown) {
          const otherName = index.names[other] as string;
          edges.push(direction < 0 ? { from: `g:${otherName}`, to: `g:${name}` } : { from: `g:${name}`, to: `g:${otherName}` });
          if (drawn.has(other)) continue;
          drawn.add(other);
          nodes.push(groupNode(index, other, direction * level, licences, false));
          reached.push(other);
        }
        const hidden = neighbours.length - shown.length;
        if (hidden > 0) {
          const id = `more:${direction < 0 ? "up" : "down"}:${name}`;
          nodes.push({ kind: "more", id, level: direction * level, count: hidden });
          edges.push(direction < 0 ? { from: id, to: `g:${name}` } : { from: `g:${name}`, to: id });
        }
      }
      frontier = reached;
    }
    // Groups on the outermost level that lead further: one "+N more" each, N their neighbours.
    for (const node of frontier) {
      const count = (next[node] ?? []).length;
      if (count === 0) continue;
      const name = index.names[node] as string;
      const id = `more:${direction < 0 ? "up" : "down"}:${name}`;
      nodes.push({ kind: "more", id, level: direction * (limits.levels + 1), count });
      edges.push(direction < 0 ? { from: id, to: `g:${name}` } : { from: `g:${name}`, to: id });
    }
  }
  return { nodes, edges };
}

/**
 * A chain of nested groups drawn the same way: `path` from the group that grants a right
 * (first, on top) down to the group the user is in (last), e.g. Management → Finances → Accounting.
 */
export function pathHierarchy(doc: DirectoryDocument, path: readonly string[]): Hierarchy {
  const index = directoryIndex(doc);
  const licences = licencesByGroup(index);
  const nodes: HierarchyNode[] = [];
  const edges: HierarchyEdge[] = [];
  const seen = new Set<string>();
  path.forEach((name, i) => {
    const node = index.nodeOf.get(name);
    if (node === undefined || seen.has(name)) return;
    seen.add(name);
    nodes.push(groupNode(index, node, i, licences, i === path.length - 1));
    if (i > 0) edges.push({ from: `g:${path[i - 1] as string}`, to: `g:${name}` });
  });
  return { nodes, edges };
}

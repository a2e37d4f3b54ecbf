import type { DirectoryDocument } from "../document";
import { getKey, getObject, isJsonArray } from "../json";
import { groupsObject } from "../model";
import { directoryIndex, type DirectoryIndex } from "../queries/graph";
import { groupTarget, problem, type Problem } from "./problems";

/**
 * The strongly connected components of the group graph that hold a cycle (two groups or more,
 * or one group listing itself), each as its node ids. Iterative Tarjan: no recursion depth
 * limit on 16,000 groups.
 */
export function cyclicComponents(index: DirectoryIndex): readonly (readonly number[])[] {
  const n = index.names.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const frames: [node: number, next: number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, next] = frame;
      const children = index.children[node] ?? [];
      if (next < children.length) {
        frame[1] = next + 1;
        const child = children[next] as number;
        if (order[child] === -1) {
          order[child] = low[child] = counter++;
          stack.push(child);
          onStack[child] = true;
          frames.push([child, 0]);
        } else if (onStack[child]) low[node] = Math.min(low[node] as number, order[child] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] !== order[node]) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop() as number;
        onStack[member] = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || children.includes(node)) components.push(component.sort((a, b) => a - b));
    }
  }
  return components;
}

/** The shortest cycle through `start` inside its component, as node ids `[start, …, start]`. */
function cycleThrough(index: DirectoryIndex, start: number, component: ReadonlySet<number>): readonly number[] {
  const from = new Map<number, number>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as number;
    for (const child of index.children[node] ?? []) {
      if (child === start) {
        const path = [node];
        let at = node;
        while (at !== start) {
          at = from.get(at) as number;
          path.push(at);
        }
        return [...path.reverse(), start];
      }
      if (!component.has(child) || from.has(child)) continue;
      from.set(child, node);
      queue.push(child);
    }
  }
  return [start, start];
}

/**
 * Groups that contain themselves through their member groups (docs/directory-json.md §5.6: not expected, never
 * looped on): one error per cycle, with its path `A → B → A`, pointing at the first membership
 * of the cycle in its first group (in file order).
 */
export function checkCycles(doc: DirectoryDocument): readonly Problem[] {
  const index = directoryIndex(doc);
  return cyclicComponents(index).map((component) => {
    const start = component[0] as number;
    const nodes = cycleThrough(index, start, new Set(component));
    const names = nodes.map((n) => index.names[n] as string);
    const group = names[0] as string;
    const second = names[1] as string;
    const stored = getObject(groupsObject(doc), group);
    const list = stored && getKey(stored, "groups");
    const listed = isJsonArray(list) ? list.indexOf(second) : -1;
    const cycle = names.join(" → ");
    return problem(
      "error",
      "cycle",
      `Group "${group}" contains itself through ${cycle}: remove one of these memberships.`,
      { group, cycle, size: component.length },
      ["groups", group, "groups", Math.max(listed, 0)],
      groupTarget(group),
    );
  });
}

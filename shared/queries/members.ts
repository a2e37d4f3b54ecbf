import type { DirectoryDocument } from "../document";
import { directNodesOf, startTo, withRoute } from "./effective";
import { directoryIndex, distancesDown, type DirectoryIndex } from "./graph";

/** The members a group lists itself, as stored (repeats and missing names included). */
export interface DirectMembers {
  readonly users: readonly string[];
  readonly groups: readonly string[];
}

/**
 * A user who belongs to a group, and through which groups.
 *
 * `path` runs downward, from the group asked about to the group that lists the user:
 * `[group, …, group holding the user directly]`; `[group]` when the group lists the user itself.
 * It is exactly the reverse of the `path` that `effectiveGroups` gives that user for that group.
 */
export interface MemberPath {
  readonly user: string;
  readonly path: readonly string[];
}

/** The users and groups `group` lists itself, as stored; empty lists for an unknown group. */
export function directMembers(doc: DirectoryDocument, group: string): DirectMembers {
  const info = directoryIndex(doc).model.groupByName.get(group);
  return info ? { users: info.users, groups: info.groups } : { users: [], groups: [] };
}

/**
 * Every existing user who belongs to the group at node `target`, with the upward path of each
 * (`[direct group, …, target]`, rebuilt when read), in file order of users, or downward
 * (`[target, …, direct group]`) when `down`.
 *
 * One breadth-first pass down from `target` gives every member group's distance, so each user's
 * route is chosen in the steps of its own direct groups: no path is built unless it is read.
 */
export function effectiveMembersOf(index: DirectoryIndex, target: number, down = false): readonly MemberPath[] {
  const found: { index: number; member: MemberPath }[] = [];
  const seen = new Set<string>();
  const distance = distancesDown(index, target);
  for (const node of distance.keys()) {
    const info = index.model.groupByName.get(index.names[node] as string);
    for (const name of info?.users ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      const user = index.model.userByName.get(name);
      const route = user && startTo(directNodesOf(index, name), target, distance);
      if (user && route) {
        const member = withRoute({ user: name }, { index, start: route.start, node: target, length: route.length + 1, down });
        found.push({ index: user.index, member });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ member }) => member);
}

/**
 * Every user who belongs to `group`, directly or through member groups (docs/directory-json.md §5.6), in file
 * order of users, each with the downward path `[group, …, group holding the user directly]`.
 *
 * Names listed in a group that are not users of the file are left out (the checks report them);
 * an unknown group has no members. Cycles are followed once, never looped.
 */
export function effectiveMembers(doc: DirectoryDocument, group: string): readonly MemberPath[] {
  const index = directoryIndex(doc);
  const target = index.nodeOf.get(group);
  if (target === undefined) return [];
  return effectiveMembersOf(index, target, true);
}

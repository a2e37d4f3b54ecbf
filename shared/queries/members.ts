import type { DirectoryDocument } from "../document";
import { directNodesOf, pathTo } from "./effective";
import { descendants, directoryIndex, type DirectoryIndex } from "./graph";

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
 * (`[direct group, …, target]`), in file order of users.
 */
export function effectiveMembersOf(
  index: DirectoryIndex,
  target: number,
): readonly { readonly user: string; readonly path: readonly string[] }[] {
  const found: { index: number; user: string; path: readonly string[] }[] = [];
  const seen = new Set<string>();
  for (const node of descendants(index, target)) {
    const info = index.model.groupByName.get(index.names[node] as string);
    for (const name of info?.users ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      const user = index.model.userByName.get(name);
      const path = user && pathTo(index, directNodesOf(index, name), target);
      if (user && path) found.push({ index: user.index, user: name, path });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ user, path }) => ({ user, path }));
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
  return effectiveMembersOf(index, target).map(({ user, path }) => ({ user, path: [...path].reverse() }));
}

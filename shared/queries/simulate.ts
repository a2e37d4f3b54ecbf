import type { DirectoryDocument } from "../document";
import { membershipsOf, type Membership } from "./effective";
import { directoryIndex } from "./graph";
import { grantsOf, type Grant } from "./rights";

/** What a session with a given set of groups would get, and the names that are not groups. */
export interface SimulatedSession {
  /** The groups given (direct) and every group containing them (upward closure), in file order. */
  readonly groups: readonly Membership[];
  readonly licences: readonly Grant[];
  readonly access: readonly Grant[];
  /** Names given that are not groups of the file, in the order given (4D ignores them too). */
  readonly ignored: readonly string[];
}

/**
 * What a session whose group set is exactly `groups` would be allowed (SET GROUP ACCESS, docs/directory-json.md §6).
 *
 * Each known group counts as a direct membership, and the groups containing it are added
 * upward. Rights that name a user (default user, generic web user) or that are built in for the
 * Designer and the Administrator do not apply: a session is judged by its groups alone.
 * Unknown names are ignored, as 4D does, and listed in `ignored`.
 */
export function simulateGroups(doc: DirectoryDocument, groups: readonly string[]): SimulatedSession {
  const index = directoryIndex(doc);
  const direct: number[] = [];
  const ignored: string[] = [];
  for (const name of groups) {
    const node = index.nodeOf.get(name);
    if (node === undefined) {
      if (!ignored.includes(name)) ignored.push(name);
    } else if (!direct.includes(node)) direct.push(node);
  }
  const memberships = membershipsOf(index, direct);
  return { groups: memberships, ...grantsOf(index, memberships, undefined), ignored };
}

import type { DirectoryDocument } from "../document";
import { EVERYBODY } from "../keys";
import type { UserInfo } from "../model";
import { rightEntries, type RightEntry } from "./catalogue";
import { directNodesOf, membershipsOf, routeOf, withRoute, type Membership } from "./effective";
import { directoryIndex, type DirectoryIndex } from "./graph";

/**
 * Why someone has a right: everybody has it (`*`), a group they belong to has it (`path` as in
 * `Membership`: `[direct group, …, the group holding the right]`), it is built in (the Designer and
 * the Administrator always have Design access), or the setting names this user (default user,
 * generic web user).
 */
export type Via =
  | { readonly kind: "everybody" }
  | { readonly kind: "group"; readonly path: readonly string[] }
  | { readonly kind: "builtin" }
  | { readonly kind: "user" };

/** A right someone has: its key (see `RightEntry`), its English label, and why. */
export interface Grant {
  readonly key: string;
  readonly label: string;
  readonly via: Via;
}

/** What a user is allowed: its groups, the licences and the access rights they bring. */
export interface UserRights {
  readonly groups: readonly Membership[];
  readonly licences: readonly Grant[];
  readonly access: readonly Grant[];
}

/**
 * Why a holder of groups (with these memberships) and, when given, this user has a right;
 * undefined when they do not have it. `""` (nobody) and missing names give nothing.
 */
export function viaOf(entry: RightEntry, groups: ReadonlyMap<string, { readonly path: readonly string[] }>, user: UserInfo | undefined): Via | undefined {
  if (entry.builtin && user && user.kind !== "user") return { kind: "builtin" };
  if (entry.target === "user") return user && entry.value === user.name ? { kind: "user" } : undefined;
  if (entry.value === EVERYBODY) return { kind: "everybody" };
  const held = entry.value === undefined ? undefined : groups.get(entry.value);
  if (!held) return undefined;
  // The path stays as lazy as the membership's: built when the answer is shown.
  const route = routeOf(held);
  return route ? withRoute({ kind: "group" as const }, route) : { kind: "group", path: held.path };
}

/**
 * The licences and access rights that follow from a set of memberships (and a user, when the
 * question is about one), each list in the order of `rightEntries`.
 */
export function grantsOf(
  index: DirectoryIndex,
  memberships: readonly Membership[],
  user: UserInfo | undefined,
): { readonly licences: readonly Grant[]; readonly access: readonly Grant[] } {
  const groups = new Map(memberships.map((m) => [m.group, m] as const));
  const licences: Grant[] = [];
  const access: Grant[] = [];
  for (const entry of rightEntries(index.model)) {
    const via = viaOf(entry, groups, user);
    if (via) (entry.section === "licence" ? licences : access).push({ key: entry.key, label: entry.label, via });
  }
  return { licences, access };
}

/**
 * Everything a user is allowed, and why: its effective groups, its licences (`remoteGranters`)
 * and its access rights (`settings` and SQL schema rights).
 *
 * `userName` is the name 4D shows (the alias for the Designer and the Administrator); undefined
 * when the file has no such user. Licence labels for unknown keys read `other licence: <key>`.
 */
export function userRights(doc: DirectoryDocument, userName: string): UserRights | undefined {
  const index = directoryIndex(doc);
  const user = index.model.userByName.get(userName);
  if (!user) return undefined;
  const groups = membershipsOf(index, directNodesOf(index, userName));
  return { groups, ...grantsOf(index, groups, user) };
}

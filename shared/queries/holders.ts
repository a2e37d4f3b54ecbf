import type { DirectoryDocument } from "../document";
import { EVERYBODY, settingInfo } from "../keys";
import { rightEntries, type RightEntry } from "./catalogue";
import { directoryIndex, type DirectoryIndex } from "./graph";
import { effectiveMembersOf, type MemberPath } from "./members";
import { viaOf, type Via } from "./rights";

/** A user holding a right, and why (the same `via` as in `userRights`). */
export interface Holder {
  readonly user: string;
  readonly via: Via;
}

const NO_GROUPS: ReadonlyMap<string, MemberPath> = new Map();

function holdersOf(index: DirectoryIndex, entry: RightEntry | undefined): readonly Holder[] {
  if (!entry) return [];
  const { users, userByName } = index.model;
  // A name used twice (an error the checks report) answers for its first user, as everywhere.
  const distinct = users.filter((u) => userByName.get(u.name) === u);
  const byGroup = new Map<string, MemberPath>();
  if (entry.target === "group" && entry.value !== undefined && entry.value !== EVERYBODY) {
    const node = index.nodeOf.get(entry.value);
    if (node !== undefined) for (const m of effectiveMembersOf(index, node)) byGroup.set(m.user, m);
  }
  const holders: Holder[] = [];
  for (const u of distinct) {
    const member = byGroup.get(u.name);
    const groups = member && entry.value !== undefined ? new Map([[entry.value, member]]) : NO_GROUPS;
    const via = viaOf(entry, groups, u);
    if (via) holders.push({ user: u.name, via });
  }
  return holders;
}

/**
 * The users holding a licence (`remoteGranters` key, e.g. `web`), in file order, and why:
 * everybody (`*`), or a group they belong to. Empty when nobody (`""`) or the key is absent.
 */
export function licenceHolders(doc: DirectoryDocument, key: string): readonly Holder[] {
  const index = directoryIndex(doc);
  return holdersOf(index, rightEntries(index.model).find((e) => e.section === "licence" && e.key === key));
}

/**
 * The users holding an access right, in file order, and why.
 *
 * `key` is a `settings` key (either capitalisation: `designAccessGroup`, `DesignAccessGroup`) or an
 * SQL right as `sqlSchemaGranters.<schema>.<right>`. The Designer and the Administrator always hold
 * Design access (`builtin`); a user setting is held by the user it names.
 */
export function accessHolders(doc: DirectoryDocument, key: string): readonly Holder[] {
  const index = directoryIndex(doc);
  const canonical = settingInfo(key)?.key ?? key;
  return holdersOf(index, rightEntries(index.model).find((e) => e.section === "access" && e.key === canonical));
}

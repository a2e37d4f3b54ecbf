import type { DirectoryDocument } from "../document";
import { modelOf } from "../model";
import { lookalikeKey } from "../name-shape";

/** Names grouped by their look-alike key (see name-shape.ts), users and groups apart. */
export interface LookalikeIndex {
  readonly users: ReadonlyMap<string, readonly string[]>;
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

// Names rarely change: their keys are kept, as fold.ts keeps folded names.
const keys = new Map<string, string>();
function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) keys.set(name, (key = lookalikeKey(name)));
  return key;
}

function group(names: readonly string[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const name of names) {
    const key = keyOf(name);
    const list = by.get(key);
    if (!list) by.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  }
  return by;
}

// Per list of users or groups, which drafts share while an edit leaves them alone (see modelOf),
// and from the last list grouped when the new one has the same names in the same places (a tick
// makes new group infos, not new names): renaming a group does not group 16,000 user names again.
type Named = readonly { readonly name: string }[];
const byList = new WeakMap<Named, Map<string, string[]>>();
const last = new Map<"users" | "groups", { items: Named; by: Map<string, string[]> }>();

/**
 * How `items` differ from the last list grouped: "same" names in the same places, "renamed" when
 * exactly one place holds another name, or undefined (a regroup).
 */
function changeFrom(items: Named, before: Named): "same" | { from: string; to: string } | undefined {
  if (items.length !== before.length) return undefined;
  let renamed: { from: string; to: string } | undefined;
  for (let i = 0; i < items.length; i++) {
    const to = items[i]!.name;
    const from = before[i]!.name;
    if (to === from) continue;
    if (renamed) return undefined;
    renamed = { from, to };
  }
  return renamed ?? "same";
}

/**
 * The last grouping with one name renamed, when neither the old name nor the new one looks like
 * any other (the usual rename): the old name's key goes and the new one's comes, instead of
 * grouping every name again. Lists of one name are never shown (lookalikeSets), so where the new
 * key sits among them does not matter. Undefined in every other case.
 */
function withRenamed(items: Named, by: Map<string, string[]>, from: string, to: string): Map<string, string[]> | undefined {
  const fromKey = keyOf(from);
  const toKey = keyOf(to);
  const alone = by.get(fromKey);
  if (alone?.length !== 1 || alone[0] !== from || by.has(toKey) || items.some((i) => i.name === from)) return undefined;
  const next = new Map(by);
  next.delete(fromKey);
  next.set(toKey, [to]);
  return next;
}

function groupedOf(of: "users" | "groups", items: Named): ReadonlyMap<string, readonly string[]> {
  let by = byList.get(items);
  if (!by) {
    const before = last.get(of);
    const change = before && changeFrom(items, before.items);
    if (change === "same") by = before!.by;
    else if (change) by = withRenamed(items, before!.by, change.from, change.to);
    by ??= group(items.map((i) => i.name));
    byList.set(items, by);
  }
  last.set(of, { items, by });
  return by;
}

/** The look-alike index of a document: one linear pass over the users or groups an edit changed. */
export function lookalikeIndex(doc: DirectoryDocument): LookalikeIndex {
  const model = modelOf(doc);
  return { users: groupedOf("users", model.users), groups: groupedOf("groups", model.groups) };
}

/**
 * An existing user or group name that a person could not tell from `name` (same look-alike
 * key, different spelling), other than `except` (the name being renamed); undefined if none.
 */
export function lookalikeOf(doc: DirectoryDocument, of: "user" | "group", name: string, except?: string): string | undefined {
  const index = lookalikeIndex(doc);
  const names = (of === "user" ? index.users : index.groups).get(lookalikeKey(name)) ?? [];
  return names.find((n) => n !== name && n !== except);
}

/** The sets of two or more names that look alike, in file order. */
export function lookalikeSets(doc: DirectoryDocument, of: "user" | "group"): readonly (readonly string[])[] {
  const index = lookalikeIndex(doc);
  return [...(of === "user" ? index.users : index.groups).values()].filter((names) => names.length > 1);
}

/**
 * Small immutable updates of a directory.json root, shared by the edits.
 *
 * They keep the order of everything and never touch unknown keys: a top-level object that is
 * missing is created at its canonical position (TOP_ORDER), and a part with nothing to change is
 * returned as the same object, so untouched parts stay shared between documents.
 */
import { getObject, isJsonArray, isJsonObject, removeKey, setKey, type Json, type JsonObject } from "../json";
import { GROUP_ORDER, TOP_ORDER } from "../keys";

/** The top-level keys the edits touch. */
export type TopKey = (typeof TOP_ORDER)[number];

/** The object under a top-level key (empty when absent or not an object). */
export function topObject(root: JsonObject, key: TopKey): JsonObject {
  return getObject(root, key) ?? { entries: [] };
}

/** Sets a top-level object, created at its TOP_ORDER position when missing. */
export function withTop(root: JsonObject, key: TopKey, value: JsonObject): JsonObject {
  return setKey(root, key, value, TOP_ORDER);
}

/** Replaces the values of an object's entries through `fn`; the same object when nothing changed. */
export function mapValues(object: JsonObject, fn: (value: Json, key: string) => Json): JsonObject {
  let changed = false;
  const entries = object.entries.map((entry) => {
    const value = fn(entry[1], entry[0]);
    if (value === entry[1]) return entry;
    changed = true;
    return [entry[0], value] as const;
  });
  return changed ? { entries } : object;
}

/** Applies `fn` to the object under a top-level key when it exists; the same root when nothing changed. */
export function updateTop(root: JsonObject, key: TopKey, fn: (object: JsonObject) => JsonObject): JsonObject {
  const object = getObject(root, key);
  if (!object) return root;
  const next = fn(object);
  return next === object ? root : withTop(root, key, next);
}

/**
 * Rewrites the `users` or `groups` list of every group through `fn` (given the group's name).
 *
 * `fn` returns the same array for no change; an empty result removes the key, as 4D writes an
 * empty group as `{}` (see the `4D_Write` group of the WebClerk19 fixture). With `only`, the other
 * groups are left as they are without reading their lists.
 */
export function mapGroupLists(
  root: JsonObject,
  list: (typeof GROUP_ORDER)[number],
  fn: (members: readonly Json[], group: string) => readonly Json[],
  only?: ReadonlySet<string>,
): JsonObject {
  return updateTop(root, "groups", (groups) =>
    mapValues(groups, (entry, group) => {
      if (!isJsonObject(entry) || (only && !only.has(group))) return entry;
      const members = entryList(entry, list);
      if (!members) return entry;
      const next = fn(members, group);
      if (next === members) return entry;
      return next.length === 0 ? removeKey(entry, list) : setKey(entry, list, next, GROUP_ORDER);
    }),
  );
}

/** The `users`/`groups` list of a group entry, or undefined when absent or not an array. */
export function entryList(entry: JsonObject, list: string): readonly Json[] | undefined {
  for (const [k, v] of entry.entries) if (k === list) return isJsonArray(v) ? v : undefined;
  return undefined;
}

/** Replaces every `from` in a member list with `to` (dropping a second copy of `to`); same array when absent. */
export function replaceMember(members: readonly Json[], from: string, to: string): readonly Json[] {
  if (!members.includes(from)) return members;
  const out: Json[] = [];
  for (const m of members) {
    const value = m === from ? to : m;
    if (value === to && out.includes(to)) continue;
    out.push(value);
  }
  return out;
}

/** Removes every `name` from a member list; the same array when absent. */
export function dropMember(members: readonly Json[], name: string): readonly Json[] {
  return members.includes(name) ? members.filter((m) => m !== name) : members;
}

import type { DirectoryDocument } from "../document";
import type { JsonObject } from "../json";
import { modelOf } from "../model";
import { lookalikeKey } from "../name-shape";

/** Names grouped by their look-alike key (see name-shape.ts), users and groups apart. */
export interface LookalikeIndex {
  readonly users: ReadonlyMap<string, readonly string[]>;
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

function group(names: readonly string[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const name of names) {
    const key = lookalikeKey(name);
    const list = by.get(key);
    if (!list) by.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  }
  return by;
}

const cache = new WeakMap<JsonObject, LookalikeIndex>();

/** The look-alike index of a document: one linear pass, computed once per document. */
export function lookalikeIndex(doc: DirectoryDocument): LookalikeIndex {
  let index = cache.get(doc.root);
  if (!index) {
    const model = modelOf(doc);
    index = { users: group(model.users.map((u) => u.name)), groups: group(model.groups.map((g) => g.name)) };
    cache.set(doc.root, index);
  }
  return index;
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

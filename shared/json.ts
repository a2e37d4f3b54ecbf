/**
 * Ordered JSON: the shape in which directory.json is held in memory.
 *
 * Plain JS objects reorder integer-like keys (a user named `2024` would jump to the front) and
 * cannot hold the position of unknown keys reliably, so objects are kept as entry lists.
 * Everything here is immutable plain data: it crosses IPC and HTTP as is.
 */
export type Json = string | number | boolean | null | JsonArray | JsonObject;

/** A JSON array. */
export type JsonArray = readonly Json[];

/** One `"key": value` pair of an object, in file order. */
export type JsonEntry = readonly [key: string, value: Json];

/** A JSON object as its entries, in file order. */
export interface JsonObject {
  readonly entries: readonly JsonEntry[];
}

/** Builds an object from entries. */
export function jsonObject(entries: readonly JsonEntry[] = []): JsonObject {
  return { entries };
}

/** True for an ordered object (not an array, not null). */
export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for an array. */
export function isJsonArray(value: Json | undefined): value is JsonArray {
  return Array.isArray(value);
}

/** The value under `key`, or undefined when absent. */
export function getKey(object: JsonObject, key: string): Json | undefined {
  for (const [k, v] of object.entries) if (k === key) return v;
  return undefined;
}

/** The object under `key`, or undefined when absent or not an object. */
export function getObject(object: JsonObject, key: string): JsonObject | undefined {
  const value = getKey(object, key);
  return isJsonObject(value) ? value : undefined;
}

/** The string under `key`, or undefined when absent or not a string. */
export function getString(object: JsonObject, key: string): string | undefined {
  const value = getKey(object, key);
  return typeof value === "string" ? value : undefined;
}

/** True when the object has `key`. */
export function hasKey(object: JsonObject, key: string): boolean {
  return object.entries.some(([k]) => k === key);
}

/**
 * Sets `key` to `value`: in place when it exists, otherwise inserted.
 *
 * `order` is the canonical key order 4D writes (e.g. `startupMethod, password, alias`): a new key
 * goes before the first existing key that comes after it in that order, so a file keeps 4D's
 * layout; without it (or for a key not in it) the new key goes at the end.
 */
export function setKey(object: JsonObject, key: string, value: Json, order?: readonly string[]): JsonObject {
  const at = object.entries.findIndex(([k]) => k === key);
  if (at >= 0) {
    const entries = object.entries.slice();
    entries[at] = [key, value];
    return { entries };
  }
  const rank = order ? order.indexOf(key) : -1;
  if (rank >= 0 && order) {
    const before = object.entries.findIndex(([k]) => order.indexOf(k) > rank);
    if (before >= 0) {
      const entries = object.entries.slice();
      entries.splice(before, 0, [key, value]);
      return { entries };
    }
  }
  return { entries: [...object.entries, [key, value]] };
}

/** Removes `key` (every occurrence); returns the same object when absent. */
export function removeKey(object: JsonObject, key: string): JsonObject {
  if (!hasKey(object, key)) return object;
  return { entries: object.entries.filter(([k]) => k !== key) };
}

/** Renames `from` to `to`, keeping the entry's position and value. */
export function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  return { entries: object.entries.map((e) => (e[0] === from ? ([to, e[1]] as const) : e)) };
}

/** Converts ordered JSON to a plain JS value (loses integer-key order; for tests and display only). */
export function toPlain(value: Json): unknown {
  if (isJsonArray(value)) return value.map(toPlain);
  if (isJsonObject(value)) return Object.fromEntries(value.entries.map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** Converts a plain JS value to ordered JSON (keys in JS enumeration order). */
export function fromPlain(value: unknown): Json {
  if (Array.isArray(value)) return value.map(fromPlain);
  if (value !== null && typeof value === "object") {
    return { entries: Object.entries(value).map(([k, v]) => [k, fromPlain(v)] as const) };
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) return value;
  throw new TypeError(`not JSON: ${typeof value}`);
}

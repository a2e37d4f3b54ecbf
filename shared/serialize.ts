/**
 * Writing directory.json: the exact text 4D writes, in the order the document holds.
 *
 * 4D writes `JSON.stringify(value, null, "\t")` (docs/directory-json.md §2). Plain objects move
 * integer-like keys (a user named `2024`) to the front, so the parts that hold such a key (or
 * `__proto__`, or a key twice), and the parts whose spelling is kept as read, are rebuilt here from
 * the ordered entries; every other part is converted to plain objects and written by
 * JSON.stringify itself, which escapes exactly the way 4D does (raw UTF-8, `/` kept, `\uXXXX`
 * only for control characters and lone surrogates).
 */
import type { DirectoryDocument, RawText } from "./document";
import { isJsonArray, isJsonObject, type Json, type JsonArray, type JsonObject } from "./json";

/** The spellings read from the file (Layout.raw) as a tree along their paths. */
interface Spelling {
  children?: Map<string | number, Spelling>;
  text?: string;
  key?: string;
}

function spellings(raw: readonly RawText[] | undefined): Spelling | undefined {
  if (!raw || raw.length === 0) return undefined;
  const root: Spelling = {};
  for (const { path, text, key } of raw) {
    let node = root;
    for (const segment of path) {
      node.children ??= new Map();
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = {}));
      node = next;
    }
    if (text !== undefined) node.text = text;
    if (key !== undefined) node.key = key;
  }
  return root;
}

/**
 * `text` when it is one JSON token (no space around it) for the value JSON.stringify writes as
 * `canonical`; otherwise undefined. A spelling that does not hold that very value (the place was
 * edited, or a draft came with a made-up one) is never written.
 */
function sameValue(text: string | undefined, canonical: string): string | undefined {
  if (text === undefined || text.trim() !== text) return undefined;
  try {
    return JSON.stringify(JSON.parse(text)) === canonical ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Characters JSON.stringify escapes inside a string: `"`, `\\`, the controls U+0000–U+001F and
 * surrogates (it escapes lone ones; paired ones only trip the test and go through JSON.stringify,
 * which keeps them). U+2028, U+2029 and U+007F are written raw, as JSON.stringify does.
 */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A string as JSON.stringify writes it, for the parts written entry by entry: most names and
 * hashes need no escaping and are just quoted, the others go through JSON.stringify.
 */
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : '"' + text + '"';
}

/** A scalar as JSON.stringify writes it (NaN and ±Infinity become null, -0 becomes 0). */
function scalar(value: string | number | boolean | null): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  return String(value);
}

/**
 * The text of `value` at `depth` (pieces joined with `+`, which V8 keeps as ropes, rather than
 * pushed into an array joined at the end).
 */
function write(value: Json, indent: string, depth: number, spelling?: Spelling): string {
  // A part without spellings to keep is written by JSON.stringify itself (native, several times
  // faster than the loop below) when it converts to plain objects without moving a key.
  if (spelling === undefined && typeof value === "object" && value !== null) {
    const converted = plain(value);
    if (converted !== UNFIT) {
      const text = JSON.stringify(converted, null, indent);
      // Nested at `depth`: every line after the first gets the indentation of that depth. Line
      // breaks only occur between tokens (JSON.stringify escapes them inside strings).
      // In a replacement text `$` is special (`$&`…): `$$` writes one.
      return depth === 0 || indent === "" ? text : text.replaceAll("\n", ("\n" + indent.repeat(depth)).replaceAll("$", "$$$$"));
    }
  }
  if (isJsonArray(value)) {
    if (value.length === 0) return "[]";
    const children = spelling?.children;
    const [inner, outer] = breaks(indent, depth);
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      out += (i === 0 ? inner : "," + inner) + write(value[i]!, indent, depth + 1, children?.get(i));
    }
    return out + outer + "]";
  }
  if (isJsonObject(value)) {
    const entries = value.entries;
    if (entries.length === 0) return "{}";
    // Without indentation JSON.stringify writes `"key":value`, with it `"key": value`.
    const colon = indent === "" ? ":" : ": ";
    const children = spelling?.children;
    const [inner, outer] = breaks(indent, depth);
    let out = "{";
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!;
      const child = children?.get(key);
      const canonical = quote(key);
      const spelt = child ? (sameValue(child.key, canonical) ?? canonical) : canonical;
      out += (i === 0 ? inner : "," + inner) + spelt + colon + write(item, indent, depth + 1, child);
    }
    return out + outer + "}";
  }
  // Strings, numbers (NaN/Infinity become null, as in JSON.stringify), booleans and null: as read
  // when the file spelt this very value otherwise (`1.50`, `1e999`), else as JSON.stringify writes.
  const canonical = scalar(value);
  return (spelling && sameValue(spelling.text, canonical)) ?? canonical;
}

const UNFIT: unique symbol = Symbol("unfit");

/** Parts already found not to convert, so that writing their children does not try them again. */
const unfit = new WeakSet<object>();

/**
 * `value` as plain arrays and objects that JSON.stringify writes exactly as the ordered form would
 * be written, or UNFIT when an object somewhere inside has a key a plain object would move or lose:
 * digits only (integer-like keys go first), `__proto__`, or a key held twice. Arrays of scalars
 * are used as they are.
 */
function plain(value: JsonArray | JsonObject): unknown {
  if (unfit.has(value)) return UNFIT;
  if (isJsonArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i]!;
      if (typeof item !== "object" || item === null) {
        if (copy) copy.push(item);
        continue;
      }
      const converted = plain(item);
      if (converted === UNFIT) {
        unfit.add(value);
        return UNFIT;
      }
      copy ??= value.slice(0, i);
      copy.push(converted);
    }
    return copy ?? value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of value.entries) {
    const converted = typeof item === "object" && item !== null ? plain(item) : item;
    if (converted === UNFIT || DIGITS.test(key) || key === "__proto__" || Object.hasOwn(out, key)) {
      unfit.add(value);
      return UNFIT;
    }
    out[key] = converted;
  }
  return out;
}

const DIGITS = /^\d+$/;

/** The line break and indentation before an item of a list at `depth`, and before its closing bracket. */
function breaks(indent: string, depth: number): [inner: string, outer: string] {
  if (indent === "") return ["", ""];
  return ["\n" + indent.repeat(depth + 1), "\n" + indent.repeat(depth)];
}

/**
 * Ordered JSON as text, exactly as `JSON.stringify(plain, null, indent)` would write it.
 *
 * The one difference is order: object entries are written in the order they are held, so
 * integer-like keys stay in place. Like JSON.stringify, only the first 10 characters of `indent`
 * count, and an empty indent gives the compact form.
 */
export function serializeJson(value: Json, indent = "\t", raw?: readonly RawText[]): string {
  return write(value, indent.slice(0, 10), 0, spellings(raw));
}

/**
 * A document as the bytes-to-be of its directory.json: tab layout, the line endings and BOM it
 * was read with, no final newline.
 *
 * Line breaks only occur between tokens (JSON.stringify escapes them inside strings), so turning
 * `\n` into `\r\n` never touches a value. Scalars and keys the file spelt otherwise than
 * JSON.stringify would (`1.50`, `-0`, `1e999`, `"\u00e9"`; Layout.raw) are written as read while
 * they still hold the value read at that place: untouched text stays as it was.
 */
export function serializeDirectory(doc: DirectoryDocument): string {
  const text = serializeJson(doc.root, "\t", doc.layout.raw);
  const lines = doc.layout.eol === "\r\n" ? text.replace(/\n/g, "\r\n") : text;
  return doc.layout.bom ? "\uFEFF" + lines : lines;
}

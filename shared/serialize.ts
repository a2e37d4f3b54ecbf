/**
 * Writing directory.json: the exact text 4D writes, in the order the document holds.
 *
 * 4D writes `JSON.stringify(value, null, "\t")` (docs/directory-json.md §2). Plain objects cannot be used because
 * they move integer-like keys (a user named `2024`) to the front, so the layout is rebuilt here
 * from the ordered entries, and JSON.stringify is used only for strings and numbers: it escapes
 * exactly the way 4D does (raw UTF-8, `/` kept, `\uXXXX` only for control characters and lone
 * surrogates).
 */
import type { DirectoryDocument, RawText } from "./document";
import { isJsonArray, isJsonObject, type Json } from "./json";

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

function write(value: Json, indent: string, depth: number, out: string[], spelling?: Spelling): void {
  if (isJsonArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    const children = spelling?.children;
    if (children) writeList(value, indent, depth, "[", "]", out, (item, i) => write(item, indent, depth + 1, out, children.get(i)));
    else writeList(value, indent, depth, "[", "]", out, (item) => write(item, indent, depth + 1, out));
    return;
  }
  if (isJsonObject(value)) {
    if (value.entries.length === 0) {
      out.push("{}");
      return;
    }
    // Without indentation JSON.stringify writes `"key":value`, with it `"key": value`.
    const colon = indent === "" ? ":" : ": ";
    const children = spelling?.children;
    if (children) {
      writeList(value.entries, indent, depth, "{", "}", out, ([key, item]) => {
        const child = children.get(key);
        const canonical = JSON.stringify(key);
        out.push((child && sameValue(child.key, canonical)) ?? canonical, colon);
        write(item, indent, depth + 1, out, child);
      });
    } else {
      writeList(value.entries, indent, depth, "{", "}", out, ([key, item]) => {
        out.push(JSON.stringify(key), colon);
        write(item, indent, depth + 1, out);
      });
    }
    return;
  }
  // Strings, numbers (NaN/Infinity become null, as in JSON.stringify), booleans and null: as read
  // when the file spelt this very value otherwise (`1.50`, `1e999`), else as JSON.stringify writes.
  const canonical = JSON.stringify(value);
  out.push((spelling && sameValue(spelling.text, canonical)) ?? canonical);
}

function writeList<T>(
  items: readonly T[],
  indent: string,
  depth: number,
  open: string,
  close: string,
  out: string[],
  writeItem: (item: T, i: number) => void,
): void {
  const inner = indent === "" ? "" : "\n" + indent.repeat(depth + 1);
  const outer = indent === "" ? "" : "\n" + indent.repeat(depth);
  out.push(open);
  items.forEach((item, i) => {
    out.push(i === 0 ? inner : "," + inner);
    writeItem(item, i);
  });
  out.push(outer, close);
}

/**
 * Ordered JSON as text, exactly as `JSON.stringify(plain, null, indent)` would write it.
 *
 * The one difference is order: object entries are written in the order they are held, so
 * integer-like keys stay in place. Like JSON.stringify, only the first 10 characters of `indent`
 * count, and an empty indent gives the compact form.
 */
export function serializeJson(value: Json, indent = "\t", raw?: readonly RawText[]): string {
  const out: string[] = [];
  write(value, indent.slice(0, 10), 0, out, spellings(raw));
  return out.join("");
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

/**
 * Writing directory.json: the exact text 4D writes, in the order the document holds.
 *
 * 4D writes `JSON.stringify(value, null, "\t")` (docs/directory-json.md §2). Plain objects cannot be used because
 * they move integer-like keys (a user named `2024`) to the front, so the layout is rebuilt here
 * from the ordered entries, and JSON.stringify is used only for strings and numbers: it escapes
 * exactly the way 4D does (raw UTF-8, `/` kept, `\uXXXX` only for control characters and lone
 * surrogates).
 */
import type { DirectoryDocument } from "./document";
import { isJsonArray, isJsonObject, type Json } from "./json";

function write(value: Json, indent: string, depth: number, out: string[]): void {
  if (isJsonArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    writeList(value, indent, depth, "[", "]", out, (item) => write(item, indent, depth + 1, out));
    return;
  }
  if (isJsonObject(value)) {
    if (value.entries.length === 0) {
      out.push("{}");
      return;
    }
    // Without indentation JSON.stringify writes `"key":value`, with it `"key": value`.
    const colon = indent === "" ? ":" : ": ";
    writeList(value.entries, indent, depth, "{", "}", out, ([key, item]) => {
      out.push(JSON.stringify(key), colon);
      write(item, indent, depth + 1, out);
    });
    return;
  }
  // Strings, numbers (NaN/Infinity become null, as in JSON.stringify), booleans and null.
  out.push(JSON.stringify(value));
}

function writeList<T>(
  items: readonly T[],
  indent: string,
  depth: number,
  open: string,
  close: string,
  out: string[],
  writeItem: (item: T) => void,
): void {
  const inner = indent === "" ? "" : "\n" + indent.repeat(depth + 1);
  const outer = indent === "" ? "" : "\n" + indent.repeat(depth);
  out.push(open);
  items.forEach((item, i) => {
    out.push(i === 0 ? inner : "," + inner);
    writeItem(item);
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
export function serializeJson(value: Json, indent = "\t"): string {
  const out: string[] = [];
  write(value, indent.slice(0, 10), 0, out);
  return out.join("");
}

/**
 * A document as the bytes-to-be of its directory.json: tab layout, the line endings and BOM it
 * was read with, no final newline.
 *
 * Line breaks only occur between tokens (JSON.stringify escapes them inside strings), so turning
 * `\n` into `\r\n` never touches a value.
 */
export function serializeDirectory(doc: DirectoryDocument): string {
  const text = serializeJson(doc.root);
  const lines = doc.layout.eol === "\r\n" ? text.replace(/\n/g, "\r\n") : text;
  return doc.layout.bom ? "\uFEFF" + lines : lines;
}

import { diffArrays } from "diff";
import type { DirectoryDocument } from "../../shared/document";
import { isJsonArray, isJsonObject, type Json, type JsonObject } from "../../shared/json";
import { serializeJson } from "../../shared/serialize";

/** One line of a unified diff: a hunk header, a context line, or a line removed or added. */
export interface DiffLine {
  readonly kind: "hunk" | "context" | "del" | "add";
  readonly text: string;
}

/** Lines of context around each change, as `diff -u`. */
const CONTEXT = 3;
/** A diff that takes longer than this is not worth the wait; the change log says what changed. */
const DIFF_TIMEOUT_MS = 4000;

// The text of a document, as `serializeDirectory` writes it (tab layout; line endings and BOM
// left out, as the diff compares lines), seen as a list of pieces: a line, or a whole entry that
// both documents hold unchanged (the same object, thanks to the edits sharing what they do not
// touch). Only the entries an edit changed are written out, so the diff of one tick in a file of
// 16,000 groups costs the entries around it, not two serializations of 2.5 MB and a line diff of
// 260,000 lines.
// A whole entry stands for all its lines but the last (the closing bracket, with or without a
// comma), which is a line of its own: appending an entry changes that line only, as in a text diff.
type Piece = { readonly line: string } | { readonly key: string; readonly value: Json; readonly depth: number };

const newlines = new WeakMap<object, number>();

/** How many line breaks `serializeJson(value)` holds (kept per object: unchanged entries are shared). */
function breaks(value: Json): number {
  if (!isJsonObject(value) && !isJsonArray(value)) return 0;
  const known = newlines.get(value);
  if (known !== undefined) return known;
  let n: number;
  if (isJsonArray(value)) {
    n = value.length === 0 ? 0 : value.length + 1;
    for (const item of value) n += breaks(item);
  } else {
    n = value.entries.length === 0 ? 0 : value.entries.length + 1;
    for (const entry of value.entries) n += breaks(entry[1]);
  }
  newlines.set(value, n);
  return n;
}

/** The same JSON, entry for entry (cheap for shared objects: identity first). */
function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (isJsonArray(a)) return isJsonArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]!));
  if (isJsonObject(a)) {
    return (
      isJsonObject(b) &&
      a.entries.length === b.entries.length &&
      a.entries.every(([k, v], i) => k === b.entries[i]![0] && sameJson(v, b.entries[i]![1]))
    );
  }
  return false;
}

const pieceLines = (p: Piece): number => ("line" in p ? 1 : breaks(p.value));

/** The lines of an entry written at `depth` (tabs), as serializeJson writes it inside its object. */
function entryLines(key: string, value: Json, depth: number, comma: boolean): string[] {
  const indent = "\t".repeat(depth);
  // Line breaks only occur between tokens, so indenting after each one indents the whole value.
  const text = `${indent}${JSON.stringify(key)}: ${serializeJson(value).replace(/\n/g, `\n${indent}`)}${comma ? "," : ""}`;
  return text.split("\n");
}

const linesOf = (p: Piece): string[] => ("line" in p ? [p.line] : entryLines(p.key, p.value, p.depth, false).slice(0, -1));

/**
 * The pieces of `object`'s entries at `depth`, given the same object in the other document:
 * entries it holds unchanged stay whole, objects changed inside are opened, the rest is written.
 * An entry equal to the other's without being the same object (a file read again from disk)
 * stands, on the `after` side, as the other's object, so that both sides hold the same piece.
 */
function entryPieces(object: JsonObject, other: JsonObject, depth: number, out: Piece[], after: boolean): void {
  // Most entries are the other's at the same place; the others are looked up by key.
  let theirs: Map<string, Json> | undefined;
  const theirOf = (key: string): Json | undefined => {
    if (!theirs) {
      theirs = new Map();
      for (const [k, v] of other.entries) if (!theirs.has(k)) theirs.set(k, v);
    }
    return theirs.get(key);
  };
  const last = object.entries.length - 1;
  object.entries.forEach((entry, i) => {
    const [key, value] = entry;
    const comma = i < last;
    const same = other.entries[i] === entry;
    if (same && !isJsonObject(value) && !isJsonArray(value)) {
      out.push({ line: entryLines(key, value, depth, comma)[0]! });
      return;
    }
    const their = same ? value : theirOf(key);
    if (their !== undefined && breaks(value) > 0 && sameJson(value, their)) {
      const close = isJsonArray(value) ? "]" : "}";
      out.push({ key, value: after ? their : value, depth }, { line: `${"\t".repeat(depth)}${close}${comma ? "," : ""}` });
    } else if (their !== undefined && isJsonObject(value) && isJsonObject(their) && value.entries.length > 0 && their.entries.length > 0) {
      const indent = "\t".repeat(depth);
      out.push({ line: `${indent}${JSON.stringify(key)}: {` });
      entryPieces(value, their, depth + 1, out, after);
      out.push({ line: `${indent}}${comma ? "," : ""}` });
    } else for (const line of entryLines(key, value, depth, comma)) out.push({ line });
  });
}

function piecesOf(root: JsonObject, other: JsonObject, after: boolean): Piece[] {
  if (root.entries.length === 0) return [{ line: "{}" }];
  const out: Piece[] = [{ line: "{" }];
  entryPieces(root, other, 1, out, after);
  out.push({ line: "}" });
  return out;
}

const samePiece = (a: Piece, b: Piece): boolean =>
  "line" in a ? "line" in b && a.line === b.line : !("line" in b) && a.key === b.key && a.depth === b.depth && a.value === b.value;

/** A run of unchanged pieces: its line count, and its first or last lines on demand. */
class Same {
  readonly count: number;
  constructor(private readonly pieces: readonly Piece[]) {
    this.count = pieces.reduce((n, p) => n + pieceLines(p), 0);
  }
  head(n: number): string[] {
    const out: string[] = [];
    for (const p of this.pieces) {
      if (out.length >= n) break;
      out.push(...linesOf(p));
    }
    return out.slice(0, n);
  }
  tail(n: number): string[] {
    const out: string[] = [];
    for (let i = this.pieces.length - 1; i >= 0 && out.length < n; i--) out.unshift(...linesOf(this.pieces[i]!));
    return out.slice(Math.max(0, out.length - n));
  }
  all(): string[] {
    return this.pieces.flatMap(linesOf);
  }
}

/**
 * The unified line diff of two documents as directory.json text (3 lines of context), the same
 * text `diff -u` shows between the two files (line endings and BOM aside), computed over the
 * entries that differ only; null when that would take too long (two unrelated files).
 */
export function diffDocuments(before: DirectoryDocument, after: DirectoryDocument): readonly DiffLine[] | null {
  // The same document (the review still open as a save lands): nothing to compare.
  if (before.root === after.root) return [];
  const a = piecesOf(before.root, after.root, false);
  const b = piecesOf(after.root, before.root, true);
  const parts = diffArrays(a, b, { comparator: samePiece, timeout: DIFF_TIMEOUT_MS });
  if (!parts) return null;

  const out: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  // The hunk being built: its lines, where it starts, and how many old and new lines it covers.
  let hunk: { lines: DiffLine[]; oldStart: number; newStart: number; oldCount: number; newCount: number } | null = null;
  const open = (context: string[]) => {
    hunk = { lines: [], oldStart: oldLine - context.length, newStart: newLine - context.length, oldCount: 0, newCount: 0 };
    addContext(context);
  };
  const addContext = (lines: string[]) => {
    for (const text of lines) hunk!.lines.push({ kind: "context", text: ` ${text}` });
    hunk!.oldCount += lines.length;
    hunk!.newCount += lines.length;
  };
  const close = () => {
    const h = hunk!;
    // As diff -u (and jsdiff): a side with no line names the line before the hunk.
    const oldStart = h.oldCount === 0 ? h.oldStart - 1 : h.oldStart;
    const newStart = h.newCount === 0 ? h.newStart - 1 : h.newStart;
    out.push({ kind: "hunk", text: `@@ -${oldStart},${h.oldCount} +${newStart},${h.newCount} @@` }, ...h.lines);
    hunk = null;
  };

  parts.forEach((part, i) => {
    if (!part.added && !part.removed) {
      const same = new Same(part.value);
      const isLast = i === parts.length - 1;
      if (hunk) {
        if (same.count <= 2 * CONTEXT && !isLast) addContext(same.all());
        else {
          addContext(same.head(CONTEXT));
          close();
        }
      }
      oldLine += same.count;
      newLine += same.count;
      return;
    }
    if (!hunk) {
      const previous = parts[i - 1];
      open(previous && !previous.added && !previous.removed ? new Same(previous.value).tail(CONTEXT) : []);
    }
    const lines = part.value.flatMap(linesOf);
    const kind = part.added ? "add" : "del";
    for (const text of lines) hunk!.lines.push({ kind, text: `${kind === "add" ? "+" : "-"}${text}` });
    if (part.added) {
      hunk!.newCount += lines.length;
      newLine += lines.length;
    } else {
      hunk!.oldCount += lines.length;
      oldLine += lines.length;
    }
  });
  if (hunk) close();
  return out;
}

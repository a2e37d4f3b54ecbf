/**
 * Reading directory.json: strict JSON into an ordered document, with positions for every problem.
 *
 * Plain JSON.parse would reorder integer-like keys and silently keep the last of two duplicated
 * keys (docs/directory-json.md §2); jsonc-parser's tree keeps both the order and every duplicate, with offsets.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { DirectoryDocument, Layout, RawText } from "./document";
import { isJsonObject, type Json, type JsonEntry } from "./json";
import { formatPath, formatPosition, lineIndex, type JsonPath, type SourcePosition } from "./positions";
import { fail, ok, type Failure, type Result } from "./result";
import { validateShape } from "./schema";

/** What kind of problem stops a file from being read. */
export type ParseIssueCode = "syntax" | "duplicate-key" | "shape" | "empty" | "too-deep";

/**
 * How deeply objects and arrays may nest (docs/directory-json.md §2): a directory.json needs 4
 * levels; past this many the file is refused with the place of the first bracket too deep, so no
 * reader, check or writer ever recurses further (a 100,000-deep array would overflow the stack).
 */
export const MAX_DEPTH = 256;

/** One reason a file cannot be read, with its 1-based position and the JSON path it concerns. */
export interface ParseIssue {
  readonly code: ParseIssueCode;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly path: JsonPath;
}

/** A refusal to read a file (code `invalid-file`): the first issue as the message, all of them listed. */
export interface ParseFailure extends Failure {
  readonly issues: readonly ParseIssue[];
}

/** A file read successfully: the document, and where each of its values sits in the text. */
export interface ParsedDirectory {
  readonly doc: DirectoryDocument;
  /** Line and column of the value at `path`; for a missing key, of its nearest existing parent. */
  locate(path: JsonPath): SourcePosition | undefined;
}

const BOM = "\uFEFF";
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Which line ending a text uses: CRLF when most of its line breaks are `\r\n`. */
function eolOf(text: string): Layout["eol"] {
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * Strict JSON straight into the ordered document, in one pass with no syntax tree: the way every
 * well-formed file is read. Answers undefined at the first thing that is not plain, valid JSON
 * without duplicate keys; the caller then reads the text again with jsonc-parser, whose tree
 * words and places each problem. Keys keep their order (JSON.parse would move integer-like ones).
 */
function readFast(text: string, seen: { tooDeep: number; irregular: boolean }): Json | undefined {
  let i = 0;
  let depth = 0;
  const n = text.length;
  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const string = (): string | undefined => {
    const start = ++i; // after the opening quote
    let escaped = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i++;
      } else if (c < 32) return undefined;
    }
    if (i >= n) return undefined;
    const raw = text.slice(start, i++);
    if (!escaped) return raw;
    try {
      const value = JSON.parse(`"${raw}"`) as string;
      // Escapes JSON.stringify would not write (`\u00e9`, `\/`): the original spelling is kept.
      if (JSON.stringify(value) !== `"${raw}"`) seen.irregular = true;
      return value;
    } catch {
      return undefined;
    }
  };
  const value = (): Json | undefined => {
    space();
    const c = text.charCodeAt(i);
    if (c === 34) return string();
    if (c === 123) {
      if (++depth > MAX_DEPTH) return (seen.tooDeep = i), undefined;
      i++;
      const entries: JsonEntry[] = [];
      const keys = new Set<string>();
      space();
      if (text.charCodeAt(i) === 125) {
        i++;
        depth--;
        return { entries };
      }
      for (;;) {
        space();
        if (text.charCodeAt(i) !== 34) return undefined;
        const key = string();
        if (key === undefined || keys.has(key)) return undefined;
        keys.add(key);
        space();
        if (text.charCodeAt(i++) !== 58) return undefined;
        const v = value();
        if (v === undefined) return undefined;
        entries.push([key, v]);
        space();
        const next = text.charCodeAt(i++);
        if (next === 125) return depth--, { entries };
        if (next !== 44) return undefined;
      }
    }
    if (c === 91) {
      if (++depth > MAX_DEPTH) return (seen.tooDeep = i), undefined;
      i++;
      const items: Json[] = [];
      space();
      if (text.charCodeAt(i) === 93) {
        i++;
        depth--;
        return items;
      }
      for (;;) {
        const v = value();
        if (v === undefined) return undefined;
        items.push(v);
        space();
        const next = text.charCodeAt(i++);
        if (next === 93) return depth--, items;
        if (next !== 44) return undefined;
      }
    }
    if (text.startsWith("true", i)) return (i += 4), true;
    if (text.startsWith("false", i)) return (i += 5), false;
    if (text.startsWith("null", i)) return (i += 4), null;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return undefined;
    i += m[0].length;
    const number = Number(m[0]);
    // `1.50`, `-0`, `1e999`, `12345678901234567890`: JSON.stringify would write them otherwise.
    if (String(number) !== m[0]) seen.irregular = true;
    return number;
  };
  const root = value();
  space();
  return i === n ? root : undefined;
}

/** The bracket that encloses `offset` (`{`, `[` or none), skipping strings. */
function enclosing(text: string, offset: number): string | undefined {
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") stack.push(c);
    else if (c === "}" || c === "]") stack.pop();
  }
  return stack.at(-1);
}

/** A syntax error as a plain-English sentence, and the offset it is best shown at. */
function describe(error: ParseError, text: string): { message: string; offset: number } {
  const at = error.offset;
  const before = text.slice(0, at).trimEnd();
  const closer = text[at] === "}" || text[at] === "]";
  const within = enclosing(text, at) === "[" ? "bracket" : "brace";
  switch (printParseErrorCode(error.error)) {
    case "PropertyNameExpected":
    case "ValueExpected":
      if (closer && before.endsWith(",")) {
        return { message: "trailing comma: remove the comma before the closing " + (text[at] === "}" ? "brace" : "bracket"), offset: before.length - 1 };
      }
      if (printParseErrorCode(error.error) === "ValueExpected") return { message: "expected a value", offset: at };
      return { message: "expected a key in double quotes", offset: at };
    case "CommaExpected":
      return { message: `expected a comma or a closing ${within}`, offset: at };
    case "CloseBraceExpected":
    case "CloseBracketExpected": {
      const which = printParseErrorCode(error.error) === "CloseBraceExpected" ? "brace" : "bracket";
      if (at >= text.length) return { message: `the file ends too early: expected a closing ${which}`, offset: at };
      return { message: `expected a comma or a closing ${which}`, offset: at };
    }
    case "ColonExpected":
      return { message: "expected a colon after the key", offset: at };
    case "EndOfFileExpected":
      return { message: "unexpected text after the end of the document", offset: at };
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return { message: "comments are not allowed in directory.json", offset: at };
    case "UnexpectedEndOfString":
      return { message: "unterminated string: a closing double quote is missing", offset: at };
    case "InvalidCharacter":
      return { message: "a string holds a control character (tab or line break) that must be escaped", offset: at };
    case "InvalidEscapeCharacter":
      return { message: "invalid escape sequence in a string", offset: at };
    case "InvalidUnicode":
      return { message: "invalid \\u escape in a string (four hexadecimal digits are needed)", offset: at };
    case "InvalidNumberFormat":
    case "UnexpectedEndOfNumber":
      return { message: "invalid number", offset: at };
    default:
      if (before === "") return { message: 'this is not JSON: a directory.json starts with "{"', offset: at };
      if (text[at] === "'") return { message: "single quotes are not allowed: use double quotes", offset: at };
      // The characters themselves are never quoted: they may be part of a password hash.
      return { message: "unexpected text: expected a string in double quotes, a number, true, false, null, an object or an array", offset: at };
  }
}

/** What `build` reports besides the value: duplicated keys, and spellings JSON.stringify would change. */
interface BuildSink {
  duplicate(path: JsonPath, first: Node, again: Node): void;
  readonly body: string;
  readonly raw: RawText[];
}

/** How JSON.stringify writes a scalar of the tree (a number too large for a double is `null`). */
function canonical(value: string | number | boolean): string {
  return JSON.stringify(value);
}

/**
 * Builds ordered JSON from a tree without errors, noting each duplicated key and each scalar or
 * key spelled otherwise than JSON.stringify would (`1.50`, `-0`, `"\u00e9"`), so a save writes
 * them back as read (serialize.ts). A number beyond a double (`1e999`) is held as null, which is
 * what JSON.stringify writes for it; its text comes back the same way. Nesting is bounded by
 * MAX_DEPTH before this runs.
 */
function build(node: Node, path: JsonPath, sink: BuildSink): Json {
  switch (node.type) {
    case "object": {
      const seen = new Map<string, Node>();
      const entries: JsonEntry[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children as [Node, Node];
        const key = keyNode.value as string;
        const first = seen.get(key);
        if (first) sink.duplicate(path, first, keyNode);
        else seen.set(key, keyNode);
        const keyText = sink.body.slice(keyNode.offset, keyNode.offset + keyNode.length);
        if (keyText !== canonical(key)) sink.raw.push({ path: [...path, key], key: keyText });
        entries.push([key, build(valueNode, [...path, key], sink)]);
      }
      return { entries };
    }
    case "array":
      return (node.children ?? []).map((child, i) => build(child, [...path, i], sink));
    case "null":
      return null;
    default: {
      const value = node.value as string | number | boolean;
      const text = sink.body.slice(node.offset, node.offset + node.length);
      if (text !== canonical(value)) sink.raw.push({ path, text });
      return typeof value === "number" && !Number.isFinite(value) ? null : value;
    }
  }
}

/**
 * The offset of the first `{` or `[` that opens a level past MAX_DEPTH, or -1. Counts brackets
 * outside strings the way jsonc-parser's scanner tokenizes (a string also ends at a line break),
 * so its recursive parser is never handed a text deeper than the limit, even a broken one.
 */
function tooDeepAt(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10 || d === 13) break;
      }
    } else if (c === 123 || c === 91) {
      if (open.length >= MAX_DEPTH) return i;
      open.push(c);
    } else if ((c === 125 && open.at(-1) === 123) || (c === 93 && open.at(-1) === 91)) open.pop();
  }
  return -1;
}

/** A `locate` over a tree: each object's keys are indexed on first use (16,000 users stay fast). */
function locator(root: Node, position: (offset: number) => SourcePosition): (path: JsonPath) => SourcePosition {
  const keys = new WeakMap<Node, Map<string, Node>>();
  const child = (node: Node, segment: string | number): Node | undefined => {
    if (node.type === "array") return typeof segment === "number" ? node.children?.[segment] : undefined;
    if (node.type !== "object" || typeof segment !== "string") return undefined;
    let index = keys.get(node);
    if (!index) {
      index = new Map();
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v && !index.has(k.value as string)) index.set(k.value as string, v);
      }
      keys.set(node, index);
    }
    return index.get(segment);
  };
  return (path) => {
    let node = root;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next;
    }
    return position(node.offset);
  };
}

function refuse(issues: readonly ParseIssue[]): { readonly ok: false; readonly error: ParseFailure } {
  const first = issues[0] as ParseIssue;
  const message = first.code === "empty" ? first.message : `${formatPosition(first)}: ${first.message}`;
  const params = { line: first.line, column: first.column, issue: first.message, count: issues.length };
  return { ok: false, error: { ...fail("invalid-file", message, params).error, issues } };
}

/**
 * Reads the text of a directory.json into a document, or refuses it with positioned issues.
 *
 * Strips and remembers a leading BOM and the line-ending style. Refuses: an empty file, any
 * syntax error (strict JSON: no comments, no trailing comma; the first error is reported, since
 * the ones after it are mostly echoes), duplicate keys (which value 4D keeps is unknown), and a
 * wrong shape (schema.ts). Nothing is ever repaired silently.
 */
export function parseDirectory(text: string): Result<ParsedDirectory, ParseFailure> {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(BOM.length) : text;
  if (/^[ \t\r\n]*$/.test(body)) return refuse([{ code: "empty", message: "the file is empty", line: 1, column: 1, path: [] }]);
  // Line numbers are only needed to report a problem: the index is built on the first question.
  let index: ReturnType<typeof lineIndex> | undefined;
  const position: ReturnType<typeof lineIndex> = (offset) => (index ??= lineIndex(body))(offset);

  const seen = { tooDeep: -1, irregular: false };
  const fast = readFast(body, seen);
  if (fast !== undefined && !seen.irregular && isJsonObject(fast) && validateShape(fast).length === 0) {
    return ok({ doc: { layout: { bom, eol: eolOf(body) }, root: fast }, locate: lazyLocator(body) });
  }

  const deep = seen.tooDeep >= 0 ? seen.tooDeep : fast === undefined ? tooDeepAt(body) : -1;
  const tooDeep = (offset: number) =>
    refuse([{ code: "too-deep", message: `objects and arrays nest more than ${MAX_DEPTH} levels deep here (a directory.json needs 4): remove the extra nesting`, ...position(offset), path: [] }]);
  if (deep >= 0) return tooDeep(deep);

  const errors: ParseError[] = [];
  let tree: Node | undefined;
  try {
    tree = parseTree(body, errors, STRICT);
  } catch (error) {
    // The depth scan bounds the recursion; should a broken text still overflow, say where it starts.
    if (error instanceof RangeError) return tooDeep(Math.max(0, body.search(/[[{]/)));
    throw error;
  }
  if (errors.length > 0 || !tree) {
    const { message, offset } = describe(errors[0] ?? { error: 4, offset: 0, length: 0 }, body);
    return refuse([{ code: "syntax", message, ...position(offset), path: [] }]);
  }

  const duplicates: ParseIssue[] = [];
  const raw: RawText[] = [];
  const root = build(tree, [], {
    body,
    raw,
    duplicate(path, first, again) {
      const where = path.length === 0 ? "at the top level" : `in ${formatPath(path)}`;
      const message = `duplicate key ${JSON.stringify(again.value)} ${where} (first at ${formatPosition(position(first.offset))})`;
      duplicates.push({ code: "duplicate-key", message, ...position(again.offset), path: [...path, again.value as string] });
    },
  });
  if (duplicates.length > 0) return refuse(duplicates);

  const locate = locator(tree, position);
  const shape = validateShape(root);
  if (shape.length > 0) {
    const issues = shape.map((s): ParseIssue => ({ code: "shape", message: s.message, ...locate(s.path), path: s.path }));
    return refuse(issues.slice().sort((a, b) => a.line - b.line || a.column - b.column));
  }
  // validateShape has just checked that the top level is an object.
  if (!isJsonObject(root)) throw new Error("validateShape accepted a top level that is not an object");
  const layout: Layout = raw.length > 0 ? { bom, eol: eolOf(body), raw } : { bom, eol: eolOf(body) };
  return ok({ doc: { layout, root }, locate: lazyLocator(body) });
}

/**
 * The parsed form of a text this app has just written from `doc` (serializeDirectory(doc) ===
 * text): the document itself, with positions found lazily. Saves a parse after every write.
 */
export function parsedWritten(doc: DirectoryDocument, text: string): ParsedDirectory {
  return { doc, locate: lazyLocator(text.startsWith(BOM) ? text.slice(BOM.length) : text) };
}

/**
 * Positions for a file that parsed: the syntax tree is rebuilt on the first question rather than
 * kept, since it weighs about ten times the document and most opens never ask (see npm run bench).
 */
function lazyLocator(body: string): ParsedDirectory["locate"] {
  let locate: ParsedDirectory["locate"] | undefined;
  return (path) => {
    if (!locate) {
      const tree = parseTree(body, [], STRICT);
      if (!tree) return undefined;
      locate = locator(tree, lineIndex(body));
    }
    return locate(path);
  };
}

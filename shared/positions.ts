/**
 * Where things are in a directory.json text, and how a JSON path reads in a message.
 */

/** A 1-based line and column (columns count UTF-16 code units; a tab counts as one). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A JSON path: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

/**
 * A function from a text offset to its line and column.
 *
 * `\r\n`, `\n` and a lone `\r` each end a line (all three are JSON whitespace). The line starts
 * are found once; each lookup is a binary search.
 */
export function lineIndex(text: string): (offset: number) => SourcePosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/** `line 12, col 5`: a position as messages show it. */
export function formatPosition(position: SourcePosition): string {
  return `line ${position.line}, col ${position.column}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// Top-level keys whose own keys are names people chose (users, groups, SQL schemas): those names
// are always quoted, so `users."Bob".password` reads as "the user Bob", whatever the name.
const NAMED = new Set(["users", "groups", "sqlSchemaGranters"]);

/**
 * A path as people read it: `users."Bob".password`, `groups."Sales".users[2]`, `settings."a b"`.
 *
 * User, group and schema names are quoted; other keys only when they are not simple identifiers;
 * indexes in brackets. The empty path is `the top level`.
 */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return "the top level";
  let out = "";
  path.forEach((segment, i) => {
    if (typeof segment === "number") {
      out += `[${segment}]`;
      return;
    }
    const quoted = !IDENTIFIER.test(segment) || (i === 1 && NAMED.has(path[0] as string));
    const text = quoted ? JSON.stringify(segment) : segment;
    out += i === 0 ? text : "." + text;
  });
  return out;
}

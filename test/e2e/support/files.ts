import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDirectory } from "../../../shared/parse";
import { modelOf, type DirectoryModel } from "../../../shared/model";

/** The sample's directory.json in force (the data copy) inside a project folder. */
export function inForcePath(projectRoot: string): string {
  return join(projectRoot, "Data", "Settings", "directory.json");
}

/** The sample's user copy (shadowed by the data copy). */
export function userCopyPath(projectRoot: string): string {
  return join(projectRoot, "Settings", "directory.json");
}

/** A file's text, exactly as on disk (a BOM stays in). */
export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

/** The typed model of a directory.json text (throws when it does not parse). */
export function modelOfText(text: string): DirectoryModel {
  const parsed = parseDirectory(text);
  if (!parsed.ok) throw new Error(`directory.json does not parse: ${parsed.error.message}`);
  return modelOf(parsed.value.doc);
}

/**
 * What is wrong with a text's layout compared with what 4D writes (docs/directory-json.md §2): tab indentation,
 * `": "`, no final newline, and the BOM and line endings of the original kept. Empty when fine.
 */
export function layoutProblems(text: string, original: { bom: boolean; eol: "\n" | "\r\n" }): string[] {
  const problems: string[] = [];
  if (text.startsWith("\uFEFF") !== original.bom) problems.push(original.bom ? "the BOM was dropped" : "a BOM was added");
  const body = text.replace(/^\uFEFF/, "");
  if (/\r?\n$/.test(body)) problems.push("the file ends with a newline");
  const lines = original.eol === "\r\n" ? body.split("\r\n") : body.split("\n");
  if (original.eol === "\n" && body.includes("\r")) problems.push("CR characters appeared");
  if (original.eol === "\r\n" && lines.some((l) => l.includes("\n"))) problems.push("a bare LF appeared in a CRLF file");
  lines.forEach((line, i) => {
    if (/^\t* /.test(line)) problems.push(`line ${i + 1} is indented with spaces`);
    if (/"\s*:\s*/.test(line) && !/^\t*"(?:[^"\\]|\\.)*": /.test(line) && !/^\t*"(?:[^"\\]|\\.)*",?$/.test(line)) {
      problems.push(`line ${i + 1} does not read "key": value`);
    }
  });
  return problems;
}

/**
 * The lines of one entry of a top-level section (`users`, `groups`…), as 4D laid them out, without
 * the trailing comma of its last line (which depends on what follows). Undefined when absent.
 */
export function entryLines(text: string, section: string, key: string): string[] | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const start = lines.indexOf(`\t${JSON.stringify(section)}: {`);
  if (start < 0) return undefined;
  const head = `\t\t${JSON.stringify(key)}: `;
  for (let i = start + 1; i < lines.length && lines[i] !== "\t}" && lines[i] !== "\t},"; i++) {
    const line = lines[i]!;
    if (!line.startsWith(head)) continue;
    if (/[{[]$/.test(line)) {
      const end = lines.findIndex((l, j) => j > i && /^\t\t[}\]],?$/.test(l));
      return [...lines.slice(i, end), lines[end]!.replace(/,$/, "")];
    }
    return [line.replace(/,$/, "")];
  }
  return undefined;
}

/** The 1-based numbers of the lines that differ between two texts of the same line count. */
export function changedLines(before: string, after: string): number[] {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length !== b.length) throw new Error(`the line count changed: ${a.length} → ${b.length}`);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

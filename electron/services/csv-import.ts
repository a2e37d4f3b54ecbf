/**
 * Reading a users CSV for an import: the file's encoding and separator, its header, and its rows
 * with their line numbers; then hashing the plain passwords it holds.
 *
 * Parsing is csv-parse's (quotes, embedded separators and line breaks, BOM). UTF-8 with or
 * without a BOM; `,` or `;` as the separator (Excel in French locales writes `;`), told apart by
 * the header line. Plain passwords never leave this process: the rows handed on carry hashes.
 */
import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import type { ImportRow } from "../../shared/edits/import";
import { importLayout } from "../../shared/edits/import";
import type { HashForm } from "../../shared/password-shape";
import { fail, ok, type Failure, type Result } from "../../shared/result";
import { ioFailure } from "./io-errors";
import { hashPassword } from "./passwords";

/** A row as read: like `ImportRow`, but with the plain password (never shown, never logged). */
export type CsvRow = Omit<ImportRow, "password"> & { readonly plainPassword?: string };

/** A read CSV: its layout and rows. */
export interface CsvImport {
  readonly layout: "users" | "rows";
  readonly rows: readonly CsvRow[];
  /** How many rows hold a password (the app and the CLI remind that the file should be deleted). */
  readonly passwords: number;
}

function separatorOf(text: string): "," | ";" {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

const splitList = (value: string): readonly string[] =>
  value
    .split(";")
    .map((g) => g.trim())
    .filter((g) => g !== "");

function csvFailure(file: string, line: number, message: string): Failure {
  return fail("import.csv-invalid", `${file}:${line}: ${message}`, { file, line }).error;
}

/** Parses CSV text (already read) into rows of the import layouts, or the first reason it cannot. */
export function parseImportCsv(file: string, text: string): Result<CsvImport> {
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    return { ok: false, error: csvFailure(file, 1, "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\".") };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter: separatorOf(text), info: true, relax_column_count: false, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    // csv-parse's message can quote a field (a password): say what is wrong without it.
    const code = (error as { code?: string }).code ?? "";
    const why =
      code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH"
        ? "this line does not have as many fields as the header; check its separators and quotes."
        : code.startsWith("CSV_QUOTE") || code === "CSV_INVALID_CLOSING_QUOTE"
          ? "a quoted field is not closed properly; double any quote inside a quoted field (\"\")."
          : "this line cannot be read as CSV; check its separators and quotes.";
    return { ok: false, error: csvFailure(file, line, why) };
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, error: csvFailure(file, 1, "the file is empty; it needs a header line (user,password,groups,startupMethod).") };
  const header = head.record.map((h) => h.trim());
  const layout = importLayout(header);
  if (!layout.ok) return { ok: false, error: csvFailure(file, 1, layout.error.message) };
  const at = (name: string) => header.indexOf(name);
  const rows: CsvRow[] = [];
  let passwords = 0;
  for (const { record, info } of body) {
    const cell = (name: string): string | undefined => (at(name) >= 0 ? record[at(name)] : undefined);
    const line = info.lines;
    const user = cell("user") ?? "";
    if (layout.value === "rows") {
      const how = cell("how") ?? "";
      const group = cell("group") ?? "";
      const path = splitPath(cell("path") ?? "");
      rows.push({ line, user, kind: cell("kind"), ...(how === "direct" && group !== "" ? { groups: [group] } : {}), ...(how === "inherited" ? { path } : {}) });
      continue;
    }
    const password = cell("password");
    const groups = cell("groups");
    const method = cell("startupMethod");
    if (password !== undefined && password !== "") passwords++;
    rows.push({
      line,
      user,
      ...(password !== undefined && password !== "" ? { plainPassword: password } : {}),
      ...(groups !== undefined ? { groups: splitList(groups) } : {}),
      ...(method !== undefined && method.trim() !== "" ? { startupMethod: method.trim() } : {}),
    });
  }
  return ok({ layout: layout.value, rows, passwords });
}

const splitPath = (value: string): readonly string[] =>
  value
    .split("⊂")
    .map((g) => g.trim())
    .filter((g) => g !== "");

/** Reads and parses a CSV file for an import. */
export async function readImportCsv(file: string): Promise<Result<CsvImport>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return ioFailure(error, file, "read");
  }
  return parseImportCsv(file, text);
}

/**
 * Hashes the rows' plain passwords (bcrypt, or 4D's legacy form) and hands back import rows. Each
 * row is hashed on its own (its own bcrypt salt); `onProgress` is told after each.
 */
export async function hashImportRows(rows: readonly CsvRow[], form: HashForm, onProgress?: (done: number, total: number) => void): Promise<ImportRow[]> {
  const total = rows.filter((r) => r.plainPassword !== undefined).length;
  let done = 0;
  const out: ImportRow[] = [];
  for (const { plainPassword, ...row } of rows) {
    if (plainPassword === undefined) {
      out.push(row);
      continue;
    }
    out.push({ ...row, password: await hashPassword(plainPassword, form) });
    onProgress?.(++done, total);
  }
  return out;
}

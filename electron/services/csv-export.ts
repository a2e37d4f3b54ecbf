/**
 * Writing an export table as CSV (RFC 4180 quoting by csv-stringify), line by line, so that a
 * 16,000 × 16,000 directory never sits in memory as one string.
 */
import { stringify } from "csv-stringify/sync";
import { open } from "node:fs/promises";
import type { DirectoryDocument } from "../../shared/document";
import { exportTable, type ExportLayout } from "../../shared/queries/export";
import { ok, type Result } from "../../shared/result";
import { ioFailure } from "./io-errors";

/** One CSV line, without its line break; fields with edge spaces are quoted so they survive. */
export function csvLine(fields: readonly string[]): string {
  return stringify([fields], { quoted_match: /^\s|\s$/ }).replace(/\r?\n$/, "");
}

/** Writes the export of `doc` to `path` (UTF-8, `\n` line ends); answers the number of lines. */
export async function writeExport(path: string, doc: DirectoryDocument, layout: ExportLayout): Promise<Result<number>> {
  let lines = 0;
  try {
    const file = await open(path, "w");
    try {
      let chunk = "";
      for (const row of exportTable(doc, layout)) {
        chunk += `${csvLine(row)}\n`;
        lines++;
        if (chunk.length > 1 << 16) {
          await file.write(chunk);
          chunk = "";
        }
      }
      await file.write(chunk);
    } finally {
      await file.close();
    }
  } catch (error) {
    return ioFailure(error, path, "write");
  }
  return ok(lines);
}

import { applyImport, planImport, type ImportPlan } from "../../../shared/edits/import";
import type { HashForm } from "../../../shared/password-shape";
import { hashImportRows, readImportCsv, type CsvRow } from "../../services/csv-import";
import { CliExit, EXIT } from "../exit";
import type { Io } from "../io";
import { editAndSave, load } from "../session";

/** Options of `import`. */
export interface ImportCliOptions {
  readonly dryRun: boolean;
  readonly createGroups: boolean;
  readonly form: HashForm;
}

// The plan needs to know only that a row sets a password: no hashing before the plan passes.
const PLANNED = "‹password›";
const forPlan = (rows: readonly CsvRow[]) => rows.map(({ plainPassword, ...row }) => (plainPassword === undefined ? row : { ...row, password: PLANNED }));

function printPlan(io: Io, plan: ImportPlan): void {
  for (const name of plan.added) io.out(`  add           ${name}`);
  for (const c of plan.changed) io.out(`  change        ${c.user} (${c.fields.join(", ")})`);
  for (const group of plan.createdGroups) io.out(`  create group  ${group}`);
  const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
  io.out(
    `${n(plan.added.length, "user")} to add, ${n(plan.changed.length, "user")} to change, ${n(plan.createdGroups.length, "group")} to create, ${n(plan.memberships, "membership")} to add.`,
  );
}

/**
 * `import <target> <file.csv> [--dry-run] [--create-groups] [--legacy]`: adds or updates users
 * from a CSV, all or nothing, in one save (and one backup).
 */
export async function importCsv(io: Io, target: string, file: string, options: ImportCliOptions): Promise<number> {
  const loaded = await load(target);
  const csv = await readImportCsv(file);
  if (!csv.ok) throw new CliExit(EXIT.unreadable, csv.error.message);
  const plan = planImport(loaded.parsed.doc, forPlan(csv.value.rows), { createGroups: options.createGroups });
  if (plan.refused.length > 0) {
    for (const r of plan.refused) io.err(`${file}:${r.line}: ${r.message}`);
    throw new CliExit(EXIT.refused, `${plan.refused.length} row${plan.refused.length === 1 ? "" : "s"} cannot be imported; nothing was written. Correct them and run the import again.`);
  }
  io.out(`Import of ${file} into ${loaded.location.inForce.path}${options.dryRun ? " (dry run)" : ""}:`);
  printPlan(io, plan);
  if (csv.value.passwords > 0) io.err(`note: ${file} holds plain-text passwords; delete it once the import is done.`);
  if (options.dryRun) {
    io.out("Dry run: nothing was written.");
    return EXIT.ok;
  }
  const rows = await hashImportRows(csv.value.rows, options.form);
  return editAndSave(io, target, (doc) => applyImport(doc, rows, { createGroups: options.createGroups }));
}

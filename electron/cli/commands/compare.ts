import { compareDirectories, describeDifference, takeDifferences, type SideLabels } from "../../../shared/compare";
import type { OpenFailure } from "../../../shared/ipc-contract";
import type { Result } from "../../../shared/result";
import { defaultBackupDir } from "../../services/backups";
import { copyDirectory, loadBothCopies, loadExisting, passwordHints, type NewerHint } from "../../services/copies";
import { saveDirectory, type LoadedDirectory } from "../../services/directory-file";
import { CliExit, EXIT } from "../exit";
import type { Io } from "../io";

function loaded<T>(result: Result<T, OpenFailure>): T {
  if (!result.ok) throw new CliExit(EXIT.unreadable, result.error.message);
  return result.value;
}

/** The two sides of a comparison: two targets, or a project's data copy (a) and user copy (b). */
async function sides(first: string, second: string | undefined): Promise<[LoadedDirectory, LoadedDirectory]> {
  if (second === undefined) {
    const both = loaded(await loadBothCopies(first));
    return [both.data, both.user];
  }
  return [loaded(await loadExisting(first)), loaded(await loadExisting(second))];
}

/** `the data copy` / `the user copy` when the sides are one of each, else `A` / `B`. */
function labelsOf(a: LoadedDirectory, b: LoadedDirectory): SideLabels {
  const ca = a.location.inForce.copy;
  const cb = b.location.inForce.copy;
  return ca !== "file" && cb !== "file" && ca !== cb ? { a: `the ${ca} copy`, b: `the ${cb} copy` } : { a: "A", b: "B" };
}

function hintText(hint: NewerHint | undefined, labels: SideLabels): string {
  if (!hint) return "";
  return hint.by === "backups" ? ` — ${labels[hint.newer]} is newer (its backups hold the other value)` : ` — ${labels[hint.newer]} was written last (file time)`;
}

/** `diff <a> <b> [--json]`, or `diff <project>`: the data copy against the user copy. Exit 0 same, 1 different. */
export async function diff(io: Io, first: string, second: string | undefined, json: boolean): Promise<number> {
  const [a, b] = await sides(first, second);
  const differences = compareDirectories(a.parsed.doc, b.parsed.doc);
  const hints = await passwordHints(a, b, differences, defaultBackupDir());
  const labels = labelsOf(a, b);
  if (json) {
    const side = (l: LoadedDirectory) => ({ path: l.location.inForce.path, copy: l.location.inForce.copy });
    const listed = differences.map((d) => ({ ...d, text: describeDifference(d, labels), ...(hints[d.id] ? { newer: hints[d.id] } : {}) }));
    io.out(JSON.stringify({ a: side(a), b: side(b), same: differences.length === 0, differences: listed }, null, 2));
    return differences.length === 0 ? EXIT.ok : EXIT.refused;
  }
  const name = (l: string) => (l === "A" || l === "B" ? l : l.replace(/^the /, "The "));
  io.out(`${name(labels.a)}: ${a.location.inForce.path}`);
  io.out(`${name(labels.b)}: ${b.location.inForce.path}`);
  for (const d of differences) io.out(`${describeDifference(d, labels)}${hintText(hints[d.id], labels)}  [${d.id}]`);
  if (differences.length === 0) {
    io.out(a.text === b.text ? "No differences: the files are identical." : "No differences for 4D (only the order or the layout differs).");
    return EXIT.ok;
  }
  io.out(`${differences.length} difference${differences.length === 1 ? "" : "s"}.`);
  return EXIT.refused;
}

/**
 * `take <from> <to> [--id <id>]…`: makes <to> match <from> on the differences named (all when
 * none), one change line each, saved atomically. `take <project>`: the user copy takes everything
 * from the data copy.
 */
export async function take(io: Io, first: string, second: string | undefined, ids: readonly string[] | undefined): Promise<number> {
  const [from, to] = second === undefined ? await sides(first, undefined) : await sides(first, second);
  const taken = takeDifferences(to.parsed.doc, from.parsed.doc, ids && ids.length > 0 ? ids : undefined);
  if (!taken.ok) throw new CliExit(EXIT.refused, taken.error.message);
  const { doc, edits, refused } = taken.value;
  if (refused.length > 0) {
    for (const r of refused) io.err(`cannot take ${r.id}: ${r.message}`);
    throw new CliExit(EXIT.refused, `${refused.length} difference${refused.length === 1 ? "" : "s"} could not be taken; nothing was written.`);
  }
  if (edits.length === 0) {
    io.out("No differences to take. Nothing to save.");
    return EXIT.ok;
  }
  for (const e of edits) io.out(e.change.message);
  const saved = await saveDirectory(to, doc, { backupDir: defaultBackupDir() });
  if (!saved.ok) throw new CliExit(EXIT.refused, saved.error.message);
  io.out(`Saved ${saved.value.location.inForce.path}`);
  return EXIT.ok;
}

/** `copy <from> <to> [--force]`: writes the directory.json of <from> as <to>, byte for byte. */
export async function copy(io: Io, from: string, to: string, force: boolean): Promise<number> {
  const copied = await copyDirectory(from, to, { force, backupDir: defaultBackupDir() });
  if (!copied.ok) throw new CliExit(copied.error.code === "copy.exists" || copied.error.code.startsWith("copy.") ? EXIT.refused : EXIT.unreadable, copied.error.message);
  io.out(`Copied ${copied.value.from} to ${copied.value.to}`);
  return EXIT.ok;
}

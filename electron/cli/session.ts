import type { DirectoryDocument } from "../../shared/document";
import { UNCHANGED, type Edit } from "../../shared/edits";
import type { Failure, Result } from "../../shared/result";
import { defaultBackupDir } from "../services/backups";
import { loadDirectory, saveDirectory, type LoadedDirectory } from "../services/directory-file";
import { CliExit, EXIT } from "./exit";
import type { Io } from "./io";

/** Loads the directory.json in force for a target, or ends with exit 2 and the file:line:col message. */
export async function load(target: string): Promise<LoadedDirectory> {
  const loaded = await loadDirectory(target);
  if (!loaded.ok) throw new CliExit(EXIT.unreadable, loaded.error.message);
  return loaded.value;
}

/** Ends with exit 1 on a refusal. */
export function orRefuse<T>(result: Result<T, Failure>): T {
  if (!result.ok) throw new CliExit(EXIT.refused, result.error.message);
  return result.value;
}

/** Something to tell before an edit is saved (printed as `note: …` on stderr). */
export type Notes = (loaded: LoadedDirectory) => Promise<readonly string[]>;

/** Applies one edit and saves atomically; prints the change and the file written. */
export async function editAndSave(io: Io, target: string, edit: (doc: DirectoryDocument) => Result<Edit>, notes?: Notes): Promise<number> {
  const loaded = await load(target);
  const result = edit(loaded.parsed.doc);
  if (!result.ok && result.error.code === UNCHANGED) {
    io.out(`${result.error.message} Nothing to save.`);
    return EXIT.ok;
  }
  const { doc, change } = orRefuse(result);
  for (const note of (await notes?.(loaded)) ?? []) io.err(`note: ${note}`);
  const saved = await saveDirectory(loaded, doc, { backupDir: defaultBackupDir() });
  if (!saved.ok) throw new CliExit(EXIT.refused, saved.error.message);
  io.out(change.message);
  io.out(`Saved ${saved.value.location.inForce.path}`);
  return EXIT.ok;
}

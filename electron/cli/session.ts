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

/** How an edit command saves: `force` overwrites a file changed meanwhile or read-only. */
export interface SaveFlags {
  readonly force?: boolean;
}

/**
 * A refused save as the command line says it: the way out names flags that exist (`--force`), or
 * says to run the command again.
 */
export function saveRefusal(failure: Failure): CliExit {
  const path = String(failure.params?.path ?? "directory.json");
  switch (failure.code) {
    case "changed-on-disk":
      return new CliExit(
        EXIT.refused,
        `"${path}" was changed by another program while this command ran, so this change was not saved. Run the command again, or add --force to overwrite the other change.`,
      );
    case "read-only-file":
      return new CliExit(EXIT.refused, `"${path}" is read-only, so it was not changed. Make it writable, or add --force to replace it anyway.`);
    default:
      return new CliExit(EXIT.refused, failure.message);
  }
}

/** Saves `doc` over the loaded file; ends with exit 1 and a sentence when the save is refused. */
export async function save(loaded: LoadedDirectory, doc: DirectoryDocument, flags: SaveFlags = {}): Promise<LoadedDirectory> {
  const saved = await saveDirectory(loaded, doc, { backupDir: defaultBackupDir(), force: flags.force === true });
  if (!saved.ok) throw saveRefusal(saved.error);
  return saved.value;
}

/** Applies one edit and saves atomically; prints the change and the file written. */
export async function editAndSave(
  io: Io,
  target: string,
  edit: (doc: DirectoryDocument) => Result<Edit>,
  notes?: Notes,
  flags: SaveFlags = {},
): Promise<number> {
  const loaded = await load(target);
  const result = edit(loaded.parsed.doc);
  if (!result.ok && result.error.code === UNCHANGED) {
    io.out(`${result.error.message} Nothing to save.`);
    return EXIT.ok;
  }
  const { doc, change } = orRefuse(result);
  for (const note of (await notes?.(loaded)) ?? []) io.err(`note: ${note}`);
  const saved = await save(loaded, doc, flags);
  io.out(change.message);
  io.out(`Saved ${saved.location.inForce.path}`);
  if (saved.droppedAttributes) {
    io.err(`note: the previous file had extended attributes this system could not copy to the new one, so they were dropped: ${saved.droppedAttributes.join(", ")}.`);
  }
  return EXIT.ok;
}

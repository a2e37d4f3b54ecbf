/**
 * Loading and saving a project's directory.json: the pair the CLI and the app's main process share.
 */
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { DirectoryDocument } from "../../shared/document";
import type { OpenFailure } from "../../shared/ipc-contract";
import { parseDirectory, parsedWritten, type ParsedDirectory } from "../../shared/parse";
import { ok, type Result } from "../../shared/result";
import { serializeDirectory } from "../../shared/serialize";
import { clearLeftovers, readDirectoryFile, saveAtomic, type LeftoverTemp } from "./file-store";
import { ioFailure } from "./io-errors";
import { locateDirectory, type DirectoryLocation } from "./locator";

export type { ParsedDirectory } from "../../shared/parse";

/** A directory.json as read: where it is, its text and revision (null: no file yet), and its document. */
export interface LoadedDirectory {
  readonly location: DirectoryLocation;
  readonly text: string;
  readonly revision: string | null;
  readonly parsed: ParsedDirectory;
  /** After a save: extended attributes of the replaced file that could not be kept. */
  readonly droppedAttributes?: readonly string[];
  /** Temp files of interrupted saves found next to the file when it was loaded (most are removed then). */
  readonly leftovers?: readonly LeftoverTemp[];
}

/** Options of `saveDirectory`. */
export interface SaveDirectoryOptions {
  /** Overwrite even if the file changed on disk since it was loaded. */
  readonly force?: boolean;
  /** Where the previous version is copied; omitted: the app's default backup folder; null: none. */
  readonly backupDir?: string | null;
}

/**
 * The text of a directory.json as 4D writes it for a fresh project: the two built-in users,
 * the default SQL schema rights and the access settings (no BOM, LF, no final newline).
 */
export const NEW_DIRECTORY_TEXT = JSON.stringify(
  {
    users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" } },
    sqlSchemaGranters: { DEFAULT_SCHEMA: { readOnlyAccessGroup: "*", readWriteAccessGroup: "*", allAccessGroup: "" } },
    settings: {
      localGenericWebUser: "Designer",
      designAccessGroup: "*",
      localMobileAccessGroupRW: "*",
      remoteMobileAccessGroupRW: "*",
      remoteGenericWebUser: "Designer",
      remoteDefaultUser: "",
    },
  },
  null,
  "\t",
);

export function parseOrFail(path: string, text: string): Result<ParsedDirectory, OpenFailure> {
  const parsed = parseDirectory(text);
  if (parsed.ok) return parsed;
  const issues = parsed.error.issues;
  const first = issues[0];
  const message = first ? `${path}:${first.line}:${first.column}: ${first.message}` : `${path}: ${parsed.error.message}`;
  return { ok: false, error: { code: "invalid-file", message, params: { path }, file: path, issues } };
}

/**
 * Locates, reads and parses the directory.json in force for `target` (see `locateDirectory`).
 *
 * When no file exists yet, answers a new document as 4D would write it, with revision null:
 * saving it creates the file. A file that does not parse fails with `invalid-file`, its message
 * `<path>:<line>:<col>: <problem>` and every problem in `issues`.
 */
export async function loadDirectory(target: string): Promise<Result<LoadedDirectory, OpenFailure>> {
  const located = await locateDirectory(target);
  if (!located.ok) return located;
  const location = located.value;
  const path = location.inForce.path;
  if (!location.inForce.exists) {
    // A folder where the file should be is not "no file yet": a save could never replace it.
    if (await stat(path).then((s) => s.isDirectory(), () => false)) {
      const message = `"${path}" is a folder, not a file. Move or rename that folder so directory.json can be read and written.`;
      return { ok: false, error: { code: "not-a-file", message, params: { path }, file: path } };
    }
    const parsed = parseOrFail(path, NEW_DIRECTORY_TEXT);
    if (!parsed.ok) return parsed;
    return ok({ location, text: NEW_DIRECTORY_TEXT, revision: null, parsed: parsed.value });
  }
  // Temp copies of interrupted saves hold every hash: gone at the next load, whatever their age.
  const leftovers = await clearLeftovers(path);
  const read = await readDirectoryFile(path);
  if (!read.ok) return { ok: false, error: { ...read.error, file: path } };
  const parsed = parseOrFail(path, read.value.text);
  if (!parsed.ok) return parsed;
  return ok({ location, text: read.value.text, revision: read.value.revision, parsed: parsed.value, leftovers });
}

/**
 * Writes `doc` over the loaded file atomically, refusing with `changed-on-disk` when the file is
 * no longer the one loaded (unless `force`). Creates the Settings folder when missing.
 *
 * An unchanged text writes nothing and answers `loaded` itself (without `force`, which asks for
 * the disk to hold this text whatever it holds now).
 */
export async function saveDirectory(
  loaded: LoadedDirectory,
  doc: DirectoryDocument,
  options: SaveDirectoryOptions = {},
): Promise<Result<LoadedDirectory>> {
  const text = serializeDirectory(doc);
  if (!options.force && loaded.revision !== null && text === loaded.text) return ok(loaded);
  const path = loaded.location.inForce.path;
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    return ioFailure(error, path, "write");
  }
  const saved = await saveAtomic(path, text, {
    expectedRevision: loaded.revision,
    force: options.force,
    backupDir: options.backupDir,
  });
  if (!saved.ok) return saved;
  // The text is doc's own serialization (round-trip tests pin that it parses back to doc): no re-parse.
  const location = { ...loaded.location, inForce: { ...loaded.location.inForce, exists: true } };
  const dropped = saved.value.droppedAttributes;
  return ok({ location, text, revision: saved.value.revision, parsed: parsedWritten(doc, text), ...(dropped ? { droppedAttributes: dropped } : {}) });
}

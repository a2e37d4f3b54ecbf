/**
 * Reading directory.json and replacing it atomically.
 *
 * A save never writes in place: it writes a temp file in the same folder, checks it, backs up the
 * previous version and renames over the target, so a crash or a full disk leaves either the old
 * bytes or the new ones — never half a file.
 */
import { createHash, randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { fail, ok, type Failure, type Result } from "../../shared/result";
import { defaultBackupDir, pruneBackups, writeBackup } from "./backups";
import { pidAlive, writeNewFileSynced } from "./durable";
import { acquireLock, removeStaleLock } from "./file-lock";
import { codeOf, realFs, type FileHandleLike, type FsLike } from "./fs-like";
import { ioFailure } from "./io-errors";
import { readXattrs, writeXattrs } from "./xattrs";

/** Options of `saveAtomic`. */
export interface SaveOptions {
  /** Revision the caller read; `null`: the file must not exist yet; omitted: no check. */
  readonly expectedRevision?: string | null;
  /** Overwrite even if the file changed on disk since it was read, or is read-only. */
  readonly force?: boolean;
  /** Where the previous version is copied; omitted: `defaultBackupDir()`; `null`: no backup. */
  readonly backupDir?: string | null;
  readonly fs?: FsLike;
  /** How long to wait for another program's save; default `LOCK_WAIT_MS`. */
  readonly lockWaitMs?: number;
}

/** What a successful save returns: the new revision and where the previous version went. */
export interface SaveOutcome {
  readonly revision: string;
  readonly backupPath?: string;
  /** Extended attributes of the replaced file that could not be copied to the new one (xattrs.ts). */
  readonly droppedAttributes?: readonly string[];
}

/**
 * A temp file whose owner is still running but which is older than this is a leftover too (its
 * pid was reused); younger ones with a live owner are a save in progress and are left alone.
 */
const STALE_TEMP_MS = 60 * 60 * 1000;
const RENAME_TRIES = 5;

/** The revision of some bytes: their SHA-256, in hex. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads a file as UTF-8 text (a BOM is kept in the text) with its revision. */
export async function readDirectoryFile(path: string, fs: FsLike = realFs): Promise<Result<{ text: string; revision: string }>> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return ioFailure(error, path, "read");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail("not-utf8", `"${path}" is not UTF-8 text. Open it in a text editor, save it as UTF-8, and try again.`, { path });
  }
  return ok({ text, revision: revisionOf(bytes) });
}

/** `.directory.json.<pid>.<hex>.tmp`: the temp files of a save of `target`; group 1 is the pid. */
function tempPattern(target: string): RegExp {
  const escaped = basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\.${escaped}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function readIfExists(fs: FsLike, path: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return null;
    throw error;
  }
}

async function renameWithRetry(fs: FsLike, from: string, to: string): Promise<void> {
  // Windows refuses a rename while an antivirus, indexer or 4D itself holds the target for a moment.
  for (let attempt = 1; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const code = codeOf(error);
      const transient = code === "EPERM" || code === "EBUSY" || code === "EACCES";
      if (!transient || attempt >= RENAME_TRIES) throw error;
      await sleep(25 * 2 ** (attempt - 1));
    }
  }
}

async function syncFolder(fs: FsLike, folder: string): Promise<void> {
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder (EISDIR/EPERM) and some file systems cannot fsync one: the
    // rename is then as durable as that platform makes it.
    const code = codeOf(error);
    if (!["EISDIR", "EPERM", "EACCES", "EINVAL", "ENOTSUP", "EBADF"].includes(code ?? "")) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A temp file left next to the file by a save that did not finish. */
export interface LeftoverTemp {
  readonly path: string;
  readonly pid: number;
  /** True when it was removed. */
  readonly removed: boolean;
  /** True when its owner still runs and it is younger than an hour: a save in progress, left alone. */
  readonly live: boolean;
}

/**
 * Removes the temp files that saves of `target` left behind (they hold a full copy of the file,
 * password hashes included): those whose owner process is gone, whatever their age, and those
 * older than an hour. Answers every temp file found.
 */
export async function removeLeftoverTemps(target: string, fs: FsLike = realFs, now = Date.now()): Promise<readonly LeftoverTemp[]> {
  const folder = dirname(target);
  const pattern = tempPattern(target);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const found: LeftoverTemp[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const path = join(folder, name);
    const stat = await fs.stat(path).catch(() => undefined);
    if (!stat) continue;
    const stale = !pidAlive(pid) || now - stat.mtimeMs > STALE_TEMP_MS;
    const removed = stale && (await fs.unlink(path).then(() => true, (error: unknown) => codeOf(error) === "ENOENT"));
    found.push({ path, pid, removed, live: !stale });
  }
  return found;
}

/**
 * What a load does before reading `path`: removes the temp files of saves that did not finish
 * (see `removeLeftoverTemps`; a symlink is followed to the file saves replace) and a lock whose
 * owner is gone. Answers the temp files found, for `check` to report. Never fails: a folder that
 * cannot be listed simply has none found.
 */
export async function clearLeftovers(path: string, fs: FsLike = realFs): Promise<readonly LeftoverTemp[]> {
  const target = await fs.realpath(path).catch(() => path);
  const found = await removeLeftoverTemps(target, fs).catch(() => [] as LeftoverTemp[]);
  await removeStaleLock(target).catch(() => false);
  return found;
}

type Refusal = { readonly ok: false; readonly error: Failure };

/**
 * The file a save of `path` replaces: the target of a symlink (refusing a dangling one), never a
 * folder. `exists` is false for a file not created yet.
 */
async function resolveTarget(fs: FsLike, path: string): Promise<Result<{ target: string }> | Refusal> {
  let target: string;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    if (codeOf(error) !== "ENOENT") return ioFailure(error, path, "write");
    const link = await fs.lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink()) {
      return fail(
        "dangling-link",
        `Could not save "${path}": it is a symbolic link to a file that does not exist. Restore the file it points to, or replace the link with a file; nothing was written.`,
        { path },
      );
    }
    return ok({ target: path });
  }
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) {
    return fail(
      "not-a-file",
      `Could not save "${path}": it is a folder, not a file. Move or rename that folder so the file can be written; nothing was written.`,
      { path },
    );
  }
  return ok({ target });
}

function changedOnDisk(path: string, expected: string | null, current: string | null): Refusal {
  const what = current === null ? "was deleted" : expected === null ? "was created" : "changed";
  return fail(
    "changed-on-disk",
    `"${path}" ${what} on disk since it was opened; it was not overwritten. Reload it to see the other changes, or save again with force to overwrite them.`,
    { path },
  );
}

/** Gives the temp file the replaced file's mode and, when possible, its owner and group. */
async function keepOwnership(fs: FsLike, temp: string, was: { mode: number; uid: number; gid: number }): Promise<void> {
  await fs.chmod(temp, was.mode);
  const now = await fs.stat(temp);
  if (now.uid === was.uid && now.gid === was.gid) return;
  try {
    // Only root may give a file away; a 4D Server running as a service account must still read it.
    await fs.chown(temp, was.uid, was.gid);
  } catch (error) {
    if (process.getuid?.() === 0) throw error;
  }
}

/**
 * Replaces `path` with `text` atomically: under the file's lock (see file-lock.ts), writes a temp
 * file created exclusively, fsyncs and reads it back, backs up the previous version, checks once
 * more that the file is still the one read, renames over it and fsyncs the folder.
 *
 * Compare-and-swap: refuses with `changed-on-disk` when the file's revision is not
 * `expectedRevision`, checked both before writing and just before the rename (unless `force`).
 * Refuses a read-only file (unless `force`), a folder and a dangling symlink; follows a symlink to
 * the file it points to; keeps the file's mode, its extended attributes where the platform's tools
 * can copy them (the others are named in `droppedAttributes`) and, when running as root, its owner
 * and group.
 * On any failure the temp file is removed and the original left untouched; the failure names the
 * file and what to do.
 */
export async function saveAtomic(path: string, text: string, options: SaveOptions = {}): Promise<Result<SaveOutcome>> {
  const fs = options.fs ?? realFs;
  const resolved = await resolveTarget(fs, path);
  if (!resolved.ok) return resolved;
  const { target } = resolved.value;
  const lock = await acquireLock(target, { waitMs: options.lockWaitMs, shownAs: path });
  if (!lock.ok) return lock;
  try {
    return await replaceLocked(fs, path, target, Buffer.from(text, "utf8"), options, () => lock.value.stillHeld());
  } finally {
    await lock.value.release();
  }
}

async function replaceLocked(
  fs: FsLike,
  path: string,
  target: string,
  bytes: Buffer,
  options: SaveOptions,
  stillLocked: () => Promise<boolean>,
): Promise<Result<SaveOutcome>> {
  const folder = dirname(target);
  await removeLeftoverTemps(target, fs);
  let previous: Uint8Array | null;
  try {
    previous = await readIfExists(fs, target);
  } catch (error) {
    return ioFailure(error, path, "read");
  }
  const read = previous === null ? null : revisionOf(previous);
  if (!options.force && options.expectedRevision !== undefined && read !== options.expectedRevision) {
    return changedOnDisk(path, options.expectedRevision, read);
  }
  const was = previous === null ? undefined : await fs.stat(target).then((s) => ({ mode: s.mode & 0o7777, uid: s.uid, gid: s.gid }), () => undefined);
  if (was && (was.mode & 0o222) === 0 && !options.force) {
    return fail(
      "read-only-file",
      `Could not save "${path}": the file is read-only, so it was not changed. Make it writable first, or save again with force to replace it anyway.`,
      { path },
    );
  }
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let backupPath: string | undefined;
  let dropped: readonly string[] = [];
  try {
    await writeNewFileSynced(fs, temp, bytes, was?.mode ?? 0o666);
    if (was) await keepOwnership(fs, temp, was);
    // Extended attributes (ACLs, labels, tags) go across too, where the platform's tools can.
    const attributes = was ? await readXattrs(target) : undefined;
    if (attributes && attributes.length > 0) dropped = await writeXattrs(temp, attributes);
    const written = await fs.readFile(temp);
    if (!Buffer.from(written).equals(bytes)) {
      await fs.unlink(temp).catch(() => undefined);
      return fail(
        "verify-failed",
        `Could not save "${path}": the file read back differs from what was written. The disk may be failing; save to another disk or check this one.`,
        { path },
      );
    }
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return ioFailure(error, path, "write");
  }
  if (previous !== null && options.backupDir !== null) {
    const backupDir = options.backupDir ?? defaultBackupDir();
    try {
      backupPath = await writeBackup(target, previous, backupDir, fs);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      return ioFailure(error, path, "backup", backupDir);
    }
    await pruneBackups(target, backupDir, undefined, fs).catch(() => undefined);
  }
  // The last look before the rename: a program that does not take the lock (4D Server writing
  // CHANGE PASSWORD, an editor) may have written the file while the temp was being prepared.
  if (!options.force) {
    let now: string | null;
    try {
      const current = await readIfExists(fs, target);
      now = current === null ? null : revisionOf(current);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      return ioFailure(error, path, "read");
    }
    if (now !== read || !(await stillLocked())) {
      await fs.unlink(temp).catch(() => undefined);
      return changedOnDisk(path, read, now);
    }
  }
  try {
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return ioFailure(error, path, "replace");
  }
  try {
    await syncFolder(fs, folder);
  } catch (error) {
    return ioFailure(error, path, "flush");
  }
  return ok({ revision: revisionOf(bytes), ...(backupPath === undefined ? {} : { backupPath }), ...(dropped.length > 0 ? { droppedAttributes: dropped } : {}) });
}

/**
 * Reading directory.json and replacing it atomically.
 *
 * A save never writes in place: it writes a temp file in the same folder, checks it, backs up the
 * previous version and renames over the target, so a crash or a full disk leaves either the old
 * bytes or the new ones — never half a file.
 */
import { createHash, randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { fail, ok, type Result } from "../../shared/result";
import { defaultBackupDir, pruneBackups, writeBackup } from "./backups";
import { codeOf, realFs, type FileHandleLike, type FsLike } from "./fs-like";
import { ioFailure } from "./io-errors";

/** Options of `saveAtomic`. */
export interface SaveOptions {
  /** Revision the caller read; `null`: the file must not exist yet; omitted: no check. */
  readonly expectedRevision?: string | null;
  /** Overwrite even if the file changed on disk since it was read. */
  readonly force?: boolean;
  /** Where the previous version is copied; omitted: `defaultBackupDir()`; `null`: no backup. */
  readonly backupDir?: string | null;
  readonly fs?: FsLike;
}

/** What a successful save returns: the new revision and where the previous version went. */
export interface SaveOutcome {
  readonly revision: string;
  readonly backupPath?: string;
}

/** Temp files older than this, left by a crashed save, are removed by the next save. */
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

function tempPattern(target: string): RegExp {
  const escaped = basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\.${escaped}\\.\\d+\\.[0-9a-f]+\\.tmp$`);
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

async function writeAll(handle: FileHandleLike, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    // A write that makes no progress would loop forever; the usual cause is a full disk.
    if (bytesWritten <= 0) throw Object.assign(new Error("write made no progress"), { code: "ENOSPC" });
    offset += bytesWritten;
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

async function removeStaleTemps(fs: FsLike, folder: string, target: string, now: number): Promise<void> {
  const ours = tempPattern(target);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => ours.test(n))) {
    const path = join(folder, name);
    const stat = await fs.stat(path).catch(() => undefined);
    if (stat && now - stat.mtimeMs > STALE_TEMP_MS) await fs.unlink(path).catch(() => undefined);
  }
}

/**
 * Replaces `path` with `text` atomically (temp file, fsync, read-back, backup, rename, folder fsync).
 *
 * Refuses with `changed-on-disk` when the file's revision is not `expectedRevision` (unless
 * `force`). On any failure the temp file is removed and the original is left untouched; the
 * failure names the file and what to do. The file's mode is kept.
 */
export async function saveAtomic(path: string, text: string, options: SaveOptions = {}): Promise<Result<SaveOutcome>> {
  const fs = options.fs ?? realFs;
  // Saving through a symlink replaces the file it points to, not the link.
  const target = await fs.realpath(path).catch(() => path);
  const folder = dirname(target);
  const bytes = Buffer.from(text, "utf8");
  let previous: Uint8Array | null;
  try {
    previous = await readIfExists(fs, target);
  } catch (error) {
    return ioFailure(error, path, "read");
  }
  if (!options.force && options.expectedRevision !== undefined) {
    const current = previous === null ? null : revisionOf(previous);
    if (current !== options.expectedRevision) {
      const what = current === null ? "was deleted" : options.expectedRevision === null ? "was created" : "changed";
      return fail(
        "changed-on-disk",
        `"${path}" ${what} on disk since it was opened. Reload it to see the other changes, or save again with force to overwrite them.`,
        { path },
      );
    }
  }
  const mode = previous === null ? undefined : await fs.stat(target).then((s) => s.mode & 0o7777, () => undefined);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: FileHandleLike | undefined;
  let backupPath: string | undefined;
  try {
    handle = await fs.open(temp, "wx", mode ?? 0o666);
    await writeAll(handle, bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await fs.chmod(temp, mode);
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
    await handle?.close().catch(() => undefined);
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
  await removeStaleTemps(fs, folder, target, Date.now());
  return ok(backupPath === undefined ? { revision: revisionOf(bytes) } : { revision: revisionOf(bytes), backupPath });
}

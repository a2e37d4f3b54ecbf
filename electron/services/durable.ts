/**
 * Writing a new file so that it is either complete on disk or absent: the helpers the file store
 * and the backups share.
 */
import { hostname } from "node:os";
import { codeOf, type FileHandleLike, type FsLike } from "./fs-like";

/** Writes every byte of `bytes` from offset 0, however little the system writes at a time. */
export async function writeAll(handle: FileHandleLike, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    // A write that makes no progress would loop forever; the usual cause is a full disk.
    if (bytesWritten <= 0) throw Object.assign(new Error("write made no progress"), { code: "ENOSPC" });
    offset += bytesWritten;
  }
}

/**
 * Creates `path` exclusively (`wx`: never follows or reuses an existing name), writes `bytes` and
 * fsyncs it. On failure the partial file is removed and the error rethrown.
 */
export async function writeNewFileSynced(fs: FsLike, path: string, bytes: Uint8Array, mode: number): Promise<void> {
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(path, "wx", mode);
    await writeAll(handle, bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (codeOf(error) !== "EEXIST") await fs.unlink(path).catch(() => undefined);
    throw error;
  }
}

/** True when `pid` names a running process of this machine. */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return codeOf(error) === "EPERM";
  }
}

/** This machine's name, as lock files record it. */
export const thisHost = (): string => hostname();

/**
 * The file system as the services see it: the calls they make (injectable, so tests can make
 * each one fail) and the code of a failed call. It imports no other service, so the file store,
 * the backups and the I/O messages all build on it without importing each other in a circle.
 */
import * as fsp from "node:fs/promises";
import { constants } from "node:os";

/** The part of an open file the store uses (a `node:fs/promises` FileHandle fits). */
export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The subset of `node:fs/promises` the store and the backups use; injectable so tests can make each call fail. */
export interface FsLike {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array, options: { mode: number; flag: string }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number; mtimeMs: number; uid: number; gid: number; size: number; isFile(): boolean; isDirectory(): boolean }>;
  chmod(path: string, mode: number): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<string | undefined>;
  realpath(path: string): Promise<string>;
  lstat(path: string): Promise<{ isSymbolicLink(): boolean; isDirectory(): boolean }>;
  chown(path: string, uid: number, gid: number): Promise<void>;
}

/** The real file system. */
export const realFs: FsLike = fsp;

/** errno number → name (`122` → `EDQUOT` on Linux), for errors libuv does not name itself. */
const ERRNO_NAMES = new Map<number, string>(Object.entries(constants.errno).map(([name, value]) => [value, name]));

/**
 * The `code` of a Node system error (`ENOSPC`, `EACCES`…), if any. An errno libuv does not name
 * (its code reads `Unknown system error -122`) is named from the errno number.
 */
export function codeOf(error: unknown): string | undefined {
  const found = error as { code?: unknown; errno?: unknown } | null;
  const code = found?.code;
  if (typeof code === "string" && !code.startsWith("Unknown system error")) return code;
  const errno = typeof found?.errno === "number" ? found.errno : typeof code === "string" ? Number(/-?\d+$/.exec(code)?.[0]) : NaN;
  if (Number.isFinite(errno)) return ERRNO_NAMES.get(Math.abs(errno)) ?? (typeof code === "string" ? code : undefined);
  return typeof code === "string" ? code : undefined;
}

/**
 * The file system as the services see it: the calls they make (injectable, so tests can make
 * each one fail) and the code of a failed call. It imports no other service, so the file store,
 * the backups and the I/O messages all build on it without importing each other in a circle.
 */
import * as fsp from "node:fs/promises";

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
  stat(path: string): Promise<{ mode: number; mtimeMs: number; isFile(): boolean }>;
  chmod(path: string, mode: number): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<string | undefined>;
  realpath(path: string): Promise<string>;
}

/** The real file system. */
export const realFs: FsLike = fsp;

/** The `code` of a Node system error (`ENOSPC`, `EACCES`…), if any. */
export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Failed file-system calls as Failures whose message names the file, the reason and the fix —
 * shared by the file store, the backups and the directory loader.
 */
import { fail, type Failure } from "../../shared/result";
import { BACKUPS_ENV } from "./backups";
import { codeOf } from "./fs-like";

/** What a failed disk call was doing, for the message. */
export type IoAction = "read" | "write" | "backup" | "replace" | "flush";

const REASONS: Readonly<Record<string, readonly [code: string, reason: string, fix: string]>> = {
  ENOENT: ["not-found", "the file or its folder does not exist", "Check the path"],
  EACCES: ["permission-denied", "permission denied", "Check the permissions of the file and its folder"],
  EPERM: ["permission-denied", "the operation is not permitted", "Check the permissions of the file and its folder"],
  EROFS: ["read-only", "the disk is read-only", "Copy the project to a writable disk"],
  ENOSPC: ["disk-full", "the disk is full", "Free some space"],
  EDQUOT: ["disk-full", "the disk quota is exceeded", "Free some space"],
  EBUSY: ["file-locked", "the file is locked by another program", "Close the program holding it (4D Server?)"],
  EISDIR: ["not-a-file", "it is a folder", "Give the path of a file"],
};

/**
 * Turns a failed file-system call into a Failure whose message names the file, the reason and the fix.
 *
 * Writes also say the file was left unchanged, which holds for every step before the rename.
 */
export function ioFailure(error: unknown, path: string, action: IoAction, backupDir?: string): { readonly ok: false; readonly error: Failure } {
  const errno = codeOf(error) ?? "EIO";
  const [code, reason, fix] = REASONS[errno] ?? ["io-error", `the system reported ${errno}`, "Try again, then check the disk"];
  const params = { path, errno };
  if (action === "read") return fail(code, `Could not read "${path}": ${reason}. ${fix}.`, params);
  if (action === "backup") {
    return fail(
      "backup-failed",
      `Could not save "${path}": the backup of the previous version could not be written to "${backupDir}" (${reason}). ${fix}, or set ${BACKUPS_ENV} to another folder; the file was not changed.`,
      { ...params, backupDir: backupDir ?? "" },
    );
  }
  if (action === "flush") {
    return fail(
      "not-durable",
      `"${path}" was replaced, but the system could not confirm the change reached the disk (${reason}). Check the disk, then save again.`,
      params,
    );
  }
  return fail(code, `Could not save "${path}": ${reason}. ${fix}, then save again; the file was not changed.`, params);
}

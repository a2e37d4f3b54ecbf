/**
 * Failed file-system calls as Failures whose message names the file, the reason and the fix —
 * shared by the file store, the lock, the backups and the directory loader.
 */
import type { FailureCode } from "../../shared/messages";
import { fail, type Failure } from "../../shared/result";
import { BACKUPS_ENV } from "./backups";
import { codeOf } from "./fs-like";

/** What a failed disk call was doing, for the message. */
export type IoAction = "read" | "write" | "lock" | "backup" | "replace" | "flush";

const REASONS: Readonly<Record<string, readonly [code: FailureCode, reason: string, fix: string]>> = {
  ENOENT: ["not-found", "the file or its folder does not exist", "Check the path"],
  ENOTDIR: ["not-found", "a part of the path is a file, not a folder", "Check the path"],
  EACCES: ["permission-denied", "permission denied", "Check the permissions of the file and its folder"],
  EPERM: ["permission-denied", "the operation is not permitted", "Check the permissions of the file and its folder"],
  EROFS: ["read-only", "the disk is read-only", "Copy the project to a writable disk"],
  ENOSPC: ["disk-full", "the disk is full", "Free some space"],
  EDQUOT: ["disk-full", "the disk quota is exceeded", "Free some space or ask for a larger quota"],
  EFBIG: ["disk-full", "the file is larger than the disk or the quota allows", "Free some space or ask for a larger quota"],
  EBUSY: ["file-locked", "the file is locked by another program", "Close the program holding it (4D Server?)"],
  ETXTBSY: ["file-locked", "the file is in use by another program", "Close the program holding it (4D Server?)"],
  EISDIR: ["not-a-file", "it is a folder", "Give the path of a file"],
  EMFILE: ["too-many-files", "this program has too many files open", "Close some windows or projects"],
  ENFILE: ["too-many-files", "the system has too many files open", "Close some programs"],
  ENAMETOOLONG: ["name-too-long", "the path is too long", "Move the project to a folder with a shorter path"],
  ELOOP: ["symlink-loop", "its symbolic links point to each other in a loop", "Fix the links so that they lead to a file"],
  EIO: ["io-error", "the disk reported a read or write error", "Check the disk, then try again"],
  EXDEV: ["io-error", "the file and its folder are on different disks", "Check the path"],
  EEXIST: ["io-error", "a file of that name appeared meanwhile", "Try again"],
  ENOMEM: ["io-error", "the system ran out of memory", "Close some programs"],
  EAGAIN: ["io-error", "the system was busy", "Try again"],
  EINTR: ["io-error", "the operation was interrupted", "Try again"],
  ESTALE: ["io-error", "the network share lost track of the file", "Reconnect the shared folder"],
  ENODEV: ["io-error", "the disk is no longer available", "Reconnect the disk"],
  ENXIO: ["io-error", "the disk is no longer available", "Reconnect the disk"],
  ETIMEDOUT: ["io-error", "the network share did not answer in time", "Check the network"],
  ENOTSUP: ["io-error", "the disk does not support this operation", "Copy the project to another disk"],
  EOPNOTSUPP: ["io-error", "the disk does not support this operation", "Copy the project to another disk"],
  EINVAL: ["io-error", "the system refused the operation as invalid", "Copy the project to another disk"],
  EBADF: ["io-error", "the system lost track of an open file", "Try again"],
  EMLINK: ["io-error", "the folder holds too many links", "Tidy the folder"],
  EOVERFLOW: ["io-error", "the file is too large for this system", "Check the file"],
  ENOLCK: ["io-error", "the system could not lock the file (a network share?)", "Try again, or copy the project to a local disk"],
  ENOBUFS: ["io-error", "the system ran out of buffer space", "Close some programs, then try again"],
  ECANCELED: ["io-error", "the operation was cancelled", "Try again"],
  ENOTCONN: ["io-error", "the network share is not connected", "Reconnect the shared folder"],
  ECONNRESET: ["io-error", "the network share dropped the connection", "Reconnect the shared folder"],
  ECONNABORTED: ["io-error", "the network share dropped the connection", "Reconnect the shared folder"],
  ENETDOWN: ["io-error", "the network is down", "Check the network"],
  ENETUNREACH: ["io-error", "the network share cannot be reached", "Check the network"],
  EHOSTUNREACH: ["io-error", "the network share cannot be reached", "Check the network"],
  EHOSTDOWN: ["io-error", "the network share's server is down", "Check the network"],
  EREMOTEIO: ["io-error", "the network share reported a write error", "Check the share, then try again"],
  ENOMEDIUM: ["io-error", "the disk was removed", "Reconnect the disk"],
  EUCLEAN: ["io-error", "the file system needs repair", "Check the disk"],
};

/** The sentence for an errno: [failure code, reason, fix]; an unknown errno still reads as a sentence. */
export function reasonOf(errno: string): readonly [code: FailureCode, reason: string, fix: string] {
  return REASONS[errno] ?? ["io-error", `the system reported an error (${errno})`, "Try again, then check the disk"];
}

/**
 * Turns a failed file-system call into a Failure whose message names the file, the reason and the fix.
 *
 * Writes also say the file was left unchanged, which holds for every step before the rename.
 */
export function ioFailure(error: unknown, path: string, action: IoAction, backupDir?: string): { readonly ok: false; readonly error: Failure } {
  const errno = codeOf(error) ?? "EIO";
  const [code, reason, fix] = reasonOf(errno);
  const params = { path, errno };
  if (action === "read") return fail(code, `Could not read "${path}": ${reason}. ${fix}.`, params);
  if (action === "lock") {
    return fail(code, `Could not save "${path}": its lock file could not be created (${reason}). ${fix}, then save again; the file was not changed.`, params);
  }
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

/**
 * One writer at a time: an exclusive lock file next to directory.json, honoured by the app and the
 * command line alike.
 *
 * The lock is `.<name>.lock` in the file's folder, created exclusively (`wx`) and holding its
 * owner's pid, host and a random nonce. A lock whose owner is gone (same host, pid no longer
 * running) is stale and is broken at once; a lock from another host is stale once it is older than
 * `FOREIGN_STALE_MS`. Breaking renames the lock to a unique name first, so of two programs breaking
 * the same stale lock only one succeeds, and a fresh lock taken meanwhile is put back, never lost.
 *
 * Own code rather than `proper-lockfile`: that library stores no owner (the refusal could not name
 * the pid holding the lock), judges staleness only by an mtime it refreshes on a timer (after each
 * crash every other writer would wait its whole stale delay, 2 s at least), and cannot tell a dead
 * owner from a busy one.
 */
import { randomBytes } from "node:crypto";
import * as fsp from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { fail, ok, type Result } from "../../shared/result";
import { pidAlive } from "./durable";
import { codeOf } from "./fs-like";
import { ioFailure } from "./io-errors";

/** Who holds a lock: written as JSON into the lock file. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly nonce: string;
  /** When the lock was taken (ISO 8601). */
  readonly at: string;
}

/** A lock held by this process. */
export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** True while the lock file is still ours (nobody broke it). */
  stillHeld(): Promise<boolean>;
  /** Removes the lock file if it is still ours. Never throws. */
  release(): Promise<void>;
}

/** Options of `acquireLock`. */
export interface LockOptions {
  /** How long to wait for another writer to finish; default `LOCK_WAIT_MS`. */
  readonly waitMs?: number;
  /** Is this process alive? Default: `process.kill(pid, 0)`. Injectable for tests. */
  readonly alive?: (pid: number) => boolean;
  /** The path messages name (the one the user gave, before symlinks); default the target. */
  readonly shownAs?: string;
}

/** How long a save waits for another program's save to finish before refusing. */
export const LOCK_WAIT_MS = 10_000;

/** A lock taken on another machine (shared folder) is judged stale after this long. */
export const FOREIGN_STALE_MS = 120_000;

/** The lock file guarding `target` (`Settings/.directory.json.lock`). */
export function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** True when the lock file name belongs to a lock or to a lock being broken. */
export function isLockName(target: string, name: string): boolean {
  const own = `.${basename(target)}.lock`;
  return name === own || (name.startsWith(`${own}.`) && name.endsWith(".stale"));
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    if (value && typeof value.pid === "number" && typeof value.host === "string" && typeof value.nonce === "string") {
      return { pid: value.pid, host: value.host, nonce: value.nonce, at: typeof value.at === "string" ? value.at : "" };
    }
  } catch {
    // A lock file cut short by a crash between its creation and its write: judged by its age.
  }
  return undefined;
}

async function readOwner(path: string): Promise<{ owner: LockOwner | undefined; mtimeMs: number } | undefined> {
  try {
    const [text, stat] = await Promise.all([fsp.readFile(path, "utf8"), fsp.stat(path)]);
    return { owner: parseOwner(text), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    throw error;
  }
}

/** A lock file without a readable owner is given this long to be written before it counts as stale. */
const UNWRITTEN_STALE_MS = 5_000;

function isStale(found: { owner: LockOwner | undefined; mtimeMs: number }, alive: (pid: number) => boolean): boolean {
  const age = Date.now() - found.mtimeMs;
  if (!found.owner) return age > UNWRITTEN_STALE_MS;
  if (found.owner.host !== hostname()) return age > FOREIGN_STALE_MS;
  return found.owner.pid !== process.pid && !alive(found.owner.pid);
}

/**
 * Removes a stale lock, unless it changed meanwhile: the lock is renamed aside (atomic: of two
 * breakers only one gets it), then checked to be the very lock judged stale; a fresh lock caught
 * by mistake is linked back into place.
 */
async function breakStale(path: string, judged: LockOwner | undefined): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.stale`;
  try {
    await fsp.rename(path, aside);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return;
    throw error;
  }
  const taken = parseOwner(await fsp.readFile(aside, "utf8").catch(() => ""));
  const same = judged === undefined ? taken === undefined : taken?.nonce === judged.nonce;
  if (!same) await fsp.link(aside, path).catch(() => undefined);
  await fsp.unlink(aside).catch(() => undefined);
}

/** Lock files left aside by a breaker that was killed mid-way (`.<name>.lock.<pid>.<hex>.stale`). */
async function removeAsideLocks(path: string, alive: (pid: number) => boolean): Promise<void> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.`;
  const names = await fsp.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".stale")) continue;
    const pid = Number(name.slice(prefix.length).split(".")[0]);
    if (pid !== process.pid && !alive(pid)) await fsp.unlink(join(folder, name)).catch(() => undefined);
  }
}

/**
 * Removes the lock guarding `target` when its owner is gone (a save killed mid-way), and the locks
 * left aside by a breaker killed mid-way; answers true when a stale lock was removed. A live
 * owner's lock is left alone.
 */
export async function removeStaleLock(target: string, alive: (pid: number) => boolean = pidAlive): Promise<boolean> {
  const path = lockPathOf(target);
  await removeAsideLocks(path, alive);
  const found = await readOwner(path);
  if (!found || !isStale(found, alive)) return false;
  await breakStale(path, found.owner);
  return true;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return "";
  return owner.host === hostname() ? ` (pid ${owner.pid})` : ` (pid ${owner.pid} on ${owner.host})`;
}

/**
 * Takes the lock guarding `target`, waiting up to `waitMs` for another writer; refuses with
 * `locked` ("another program is saving … (pid …)") when the wait runs out.
 */
export async function acquireLock(target: string, options: LockOptions = {}): Promise<Result<HeldLock>> {
  const path = lockPathOf(target);
  const shown = options.shownAs ?? target;
  const alive = options.alive ?? pidAlive;
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  const owner: LockOwner = { pid: process.pid, host: hostname(), nonce: randomBytes(8).toString("hex"), at: new Date().toISOString() };
  const body = JSON.stringify(owner);
  let lastSeen: LockOwner | undefined;
  await removeAsideLocks(path, alive);
  for (let attempt = 0; ; attempt++) {
    let created = false;
    try {
      const handle = await fsp.open(path, "wx", 0o644);
      created = true;
      try {
        await handle.writeFile(body);
      } finally {
        await handle.close();
      }
      return ok(heldLock(path, owner));
    } catch (error) {
      // Created but not written (a full disk): an empty lock would stall the next writer.
      if (created) await fsp.unlink(path).catch(() => undefined);
      if (codeOf(error) !== "EEXIST") return ioFailure(error, shown, "lock");
    }
    let found;
    try {
      found = await readOwner(path);
    } catch (error) {
      return ioFailure(error, shown, "lock");
    }
    if (!found) continue; // released meanwhile: try again at once
    lastSeen = found.owner ?? lastSeen;
    if (isStale(found, alive)) {
      try {
        await breakStale(path, found.owner);
      } catch (error) {
        return ioFailure(error, shown, "lock");
      }
      continue;
    }
    if (Date.now() >= deadline) {
      return fail(
        "locked",
        `Could not save "${shown}": another program is saving directory.json${describeOwner(lastSeen)}. Try again in a moment; the file was not changed.`,
        { path: shown, pid: lastSeen?.pid ?? 0 },
      );
    }
    // Jittered back-off, so waiting writers do not all retry at the same instant.
    await sleep(Math.min(5 + attempt * 5, 50) * (0.5 + Math.random()));
  }
}

function heldLock(path: string, owner: LockOwner): HeldLock {
  const stillHeld = async () => {
    const text = await fsp.readFile(path, "utf8").catch(() => "");
    return parseOwner(text)?.nonce === owner.nonce;
  };
  return {
    path,
    owner,
    stillHeld,
    async release() {
      if (await stillHeld()) await fsp.unlink(path).catch(() => undefined);
    },
  };
}

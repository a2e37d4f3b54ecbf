/**
 * Backups of directory.json taken before each save.
 *
 * They hold password hashes, so they live in the app's own data folder (mode 0o700), never next
 * to the file: a project folder is often shared, zipped or committed.
 */
import { createHash, randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { basename, dirname, join, posix, resolve, win32 } from "node:path";
import { pidAlive, writeNewFileSynced } from "./durable";
import { codeOf, realFs, type FsLike } from "./fs-like";

/** Backups kept per file; older ones are pruned after each save. */
export const BACKUPS_KEPT = 20;

/** Environment variable that replaces the backup folder (tests and portable installs use it). */
export const BACKUPS_ENV = "FOURD_DIRECTORY_BACKUPS";

/** What `defaultBackupDir` looks at; the running process by default. */
export interface BackupSystem {
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
}

/** One backup of a file, newest first in `listBackups`. */
export interface BackupEntry {
  readonly path: string;
  readonly name: string;
  readonly createdAt: Date;
}

function currentSystem(): BackupSystem {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/**
 * The per-OS folder backups go to: `$FOURD_DIRECTORY_BACKUPS` when set, else
 * macOS `~/Library/Application Support/<app>/backups`, Windows `%APPDATA%\<app>\backups`,
 * others `$XDG_DATA_HOME/<app>/backups` or `~/.local/share/<app>/backups`.
 */
export function defaultBackupDir(appName = "4D Directory Editor", system: BackupSystem = currentSystem()): string {
  const override = system.env[BACKUPS_ENV];
  if (override) return override;
  if (system.platform === "win32") {
    const appData = system.env.APPDATA || win32.join(system.home, "AppData", "Roaming");
    return win32.join(appData, appName, "backups");
  }
  if (system.platform === "darwin") return posix.join(system.home, "Library", "Application Support", appName, "backups");
  const dataHome = system.env.XDG_DATA_HOME || posix.join(system.home, ".local", "share");
  return posix.join(dataHome, appName, "backups");
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(0, 40) || "file";
}

/**
 * The folder holding the backups of one file: a readable label plus a digest of its full path,
 * so two projects with the same name never share (or prune) each other's backups.
 */
export function backupFolderFor(file: string, backupDir: string): string {
  const full = resolve(file);
  const label = slug(`${basename(dirname(dirname(full)))}_${basename(dirname(full))}`);
  const digest = createHash("sha256").update(full).digest("hex").slice(0, 12);
  return join(backupDir, `${label}-${digest}`);
}

const NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-(\d{3})\.json$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

function dateOf(stamp: string): Date {
  const [day, time] = stamp.split("T") as [string, string];
  const [h, m, s, ms] = time.replace("Z", "").split("-");
  return new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
}

/** The backups of `file`, newest first (names sort by time: `<UTC stamp>-<nnn>.json`). */
export async function listBackups(file: string, backupDir = defaultBackupDir(), fs: FsLike = realFs): Promise<readonly BackupEntry[]> {
  const folder = backupFolderFor(file, backupDir);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((name) => NAME.test(name))
    .sort()
    .reverse()
    .map((name) => ({ path: join(folder, name), name, createdAt: dateOf((NAME.exec(name) as RegExpExecArray)[1] as string) }));
}

/** `.<name>.<pid>.<hex>.tmp`: a backup being written; group 1 is the writer's pid. */
const TEMP = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

async function exists(fs: FsLike, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (codeOf(error) === "ENOENT") return false;
    throw error;
  }
}

/**
 * Writes `bytes` as a new backup of `file` (mode 0o600, in a 0o700 folder) and returns its path.
 *
 * The backup is written to a temp name, fsynced, then renamed: an interrupted or disk-full backup
 * never appears under a backup name, so it never counts among the kept ones. Never overwrites: a
 * second backup within the same millisecond takes the next sequence number (saves are serialised
 * by the file's lock, so no other writer picks the same name meanwhile).
 */
export async function writeBackup(
  file: string,
  bytes: Uint8Array,
  backupDir = defaultBackupDir(),
  fs: FsLike = realFs,
  now: Date = new Date(),
): Promise<string> {
  const folder = backupFolderFor(file, backupDir);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const stamp = stampOf(now);
  for (let seq = 0; seq < 1000; seq++) {
    const name = `${stamp}-${String(seq).padStart(3, "0")}.json`;
    const path = join(folder, name);
    if (await exists(fs, path)) continue;
    const temp = join(folder, `.${name}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    await writeNewFileSynced(fs, temp, bytes, 0o600);
    try {
      await fs.rename(temp, path);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    return path;
  }
  throw Object.assign(new Error(`no free backup name in ${folder}`), { code: "EEXIST" });
}

/** Removes backup temp files whose writer is gone (a save killed while backing up). */
async function removeBackupTemps(folder: string, fs: FsLike): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMP.exec(name);
    if (match && !pidAlive(Number(match[1]))) await fs.unlink(join(folder, name)).catch(() => undefined);
  }
}

/**
 * Removes all but the newest `keep` backups of `file`; returns the removed paths. Empty backups
 * (written before backups went through a temp name, or by hand) are removed and never count among
 * the kept ones, so they cannot push a good one out.
 */
export async function pruneBackups(
  file: string,
  backupDir = defaultBackupDir(),
  keep = BACKUPS_KEPT,
  fs: FsLike = realFs,
): Promise<readonly string[]> {
  await removeBackupTemps(backupFolderFor(file, backupDir), fs);
  const all = await listBackups(file, backupDir, fs);
  const sizes = await Promise.all(all.map((entry) => fs.stat(entry.path).then((s) => s.size, () => -1)));
  const empty = all.filter((_, i) => sizes[i] === 0);
  const stale = [...empty, ...all.filter((_, i) => sizes[i] !== 0).slice(keep)];
  const removed: string[] = [];
  for (const entry of stale) {
    try {
      await fs.unlink(entry.path);
      removed.push(entry.path);
    } catch (error) {
      if (codeOf(error) !== "ENOENT") throw error;
    }
  }
  return removed;
}

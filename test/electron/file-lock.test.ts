import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { acquireLock, lockPathOf } from "../../electron/services/file-lock";
import { revisionOf, saveAtomic } from "../../electron/services/file-store";
import { realFs } from "../../electron/services/fs-like";
import { deadPid } from "../helpers/processes";

const ORIGINAL = '{\n\t"users": {}\n}';
const posix = process.platform !== "win32";
let root: string;
let file: string;
let backups: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "4dde-lock-"));
  file = join(root, "Settings", "directory.json");
  backups = join(root, "backups");
  await mkdir(join(root, "Settings"));
  await writeFile(file, ORIGINAL);
});

afterEach(async () => {
  await chmod(file, 0o644).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, nonce: "feedfacefeedface", at: new Date().toISOString() });

describe("the save lock", () => {
  it("is one writer at a time: a second taker waits, then refuses naming the holder's pid", async () => {
    const first = await acquireLock(file);
    if (!first.ok) throw new Error(first.error.message);
    const second = await acquireLock(file, { waitMs: 150 });
    expect(second.ok ? "taken" : second.error.message).toMatch(
      new RegExp(`another program is saving directory\\.json \\(pid ${process.pid}\\)\\. Try again in a moment; the file was not changed\\.`),
    );
    await first.value.release();
    const third = await acquireLock(file, { waitMs: 150 });
    expect(third.ok).toBe(true);
    if (third.ok) await third.value.release();
    expect(await readdir(join(root, "Settings"))).toEqual(["directory.json"]);
  });

  it("a save refuses while another program holds the lock, and the file is untouched", async () => {
    await writeFile(lockPathOf(file), owner(process.ppid));
    const saved = await saveAtomic(file, "{}", { lockWaitMs: 100, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("locked");
    expect(saved.ok ? "" : saved.error.message).toContain(`(pid ${process.ppid})`);
    expect(await readFile(file, "utf8")).toBe(ORIGINAL);
  });

  it("breaks at once the lock of a process that is gone (crashed mid-save)", async () => {
    await writeFile(lockPathOf(file), owner(await deadPid()));
    const started = Date.now();
    const saved = await saveAtomic(file, "{}", { lockWaitMs: 5_000, backupDir: backups });
    expect(saved.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await readdir(join(root, "Settings"))).toEqual(["directory.json"]);
  });

  it("waits for a lock from another machine until it is old, and names that machine", async () => {
    await writeFile(lockPathOf(file), owner(1, "build-server"));
    const lock = await acquireLock(file, { waitMs: 50 });
    expect(lock.ok ? "taken" : lock.error.message).toContain("(pid 1 on build-server)");
  });

  it("of two programs breaking the same stale lock, only one gets the lock", async () => {
    await writeFile(lockPathOf(file), owner(await deadPid()));
    const [a, b] = await Promise.all([acquireLock(file, { waitMs: 100 }), acquireLock(file, { waitMs: 100 })]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
  });
});

describe("compare-and-swap", () => {
  it("refuses when the file changes between the check and the rename (a writer that ignores the lock)", async () => {
    // The backup's rename is the last step before the final look: another program writes the file then.
    const fs = {
      ...realFs,
      async rename(from: string, to: string) {
        if (to.startsWith(backups)) await writeFile(file, '{"users": {"other": {}}}');
        return realFs.rename(from, to);
      },
    };
    const saved = await saveAtomic(file, "{}", { expectedRevision: revisionOf(Buffer.from(ORIGINAL)), backupDir: backups, fs });
    expect(saved.ok ? "saved" : saved.error.code).toBe("changed-on-disk");
    expect(await readFile(file, "utf8")).toBe('{"users": {"other": {}}}');
    expect((await readdir(join(root, "Settings"))).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("the file keeps what it was", () => {
  it("refuses to replace a read-only file unless forced, and keeps it read-only", async () => {
    if (!posix) return;
    await chmod(file, 0o444);
    const refused = await saveAtomic(file, "{}", { backupDir: backups });
    expect(refused.ok ? "saved" : refused.error.message).toMatch(/is read-only, so it was not changed/);
    expect(await readFile(file, "utf8")).toBe(ORIGINAL);
    const forced = await saveAtomic(file, "{}", { backupDir: backups, force: true });
    expect(forced.ok).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o444);
  });

  it("refuses a dangling symlink instead of creating a fresh file", async () => {
    if (!posix) return;
    const link = join(root, "link.json");
    await symlink(join(root, "gone.json"), link);
    const saved = await saveAtomic(link, "{}", { expectedRevision: null, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("dangling-link");
    await expect(stat(join(root, "gone.json"))).rejects.toThrow();
  });

  it("refuses a folder named directory.json", async () => {
    const folder = join(root, "Settings2", "directory.json");
    await mkdir(folder, { recursive: true });
    const saved = await saveAtomic(folder, "{}", { backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.message).toMatch(/it is a folder, not a file/);
  });

  it("keeps the owner and group when root saves a file owned by someone else", async () => {
    if (!posix || process.getuid?.() !== 0) return;
    const { chown } = await import("node:fs/promises");
    await chown(file, 4242, 4343);
    const saved = await saveAtomic(file, "{}", { backupDir: backups });
    expect(saved.ok).toBe(true);
    const after = await stat(file);
    expect([after.uid, after.gid]).toEqual([4242, 4343]);
  });
});

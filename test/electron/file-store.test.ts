import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listBackups } from "../../electron/services/backups";
import { readDirectoryFile, revisionOf, saveAtomic } from "../../electron/services/file-store";
import { realFs, type FileHandleLike, type FsLike } from "../../electron/services/fs-like";
import { readXattrs, writeXattrs } from "../../electron/services/xattrs";
import { deadPid } from "../helpers/processes";

const ORIGINAL = '{\n\t"users": {\n\t\t"designer": {\n\t\t\t"alias": "Designer"\n\t\t}\n\t}\n}';
const UPDATED = '{\n\t"users": {\n\t\t"designer": {\n\t\t\t"alias": "Gérald"\n\t\t}\n\t}\n}';
const posix = process.platform !== "win32";

let root: string;
let settings: string;
let file: string;
let backups: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "4dde-store-"));
  settings = join(root, "project", "Settings");
  file = join(settings, "directory.json");
  backups = join(root, "app-data", "backups");
  await mkdir(settings, { recursive: true });
  await writeFile(file, ORIGINAL);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});


const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const revision = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The real file system with some calls replaced. */
function faulty(overrides: Partial<FsLike>): FsLike {
  return { ...realFs, ...overrides };
}

/** The real file system whose opened files behave as `wrap` says. */
function faultyHandles(wrap: (real: FileHandleLike) => Partial<FileHandleLike>): FsLike {
  return faulty({
    async open(path, flags, mode) {
      const real = await realFs.open(path, flags, mode);
      return { ...bind(real), ...wrap(real) };
    },
  });
}

function bind(real: FileHandleLike): FileHandleLike {
  return {
    write: (buffer, offset, length, position) => real.write(buffer, offset, length, position),
    sync: () => real.sync(),
    close: () => real.close(),
  };
}

async function expectUntouched(): Promise<void> {
  expect(await readFile(file, "utf8")).toBe(ORIGINAL);
  expect((await readdir(settings)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
}

describe("readDirectoryFile", () => {
  it("reads the text with a sha256 revision of the bytes, BOM kept", async () => {
    await writeFile(file, "\uFEFF" + ORIGINAL);
    const read = await readDirectoryFile(file);
    expect(read).toEqual({ ok: true, value: { text: "\uFEFF" + ORIGINAL, revision: revision("\uFEFF" + ORIGINAL) } });
  });

  it("names the file when it does not exist", async () => {
    const missing = join(settings, "nope.json");
    const read = await readDirectoryFile(missing);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe("not-found");
    expect(read.error.message).toContain(missing);
  });

  it("refuses bytes that are not UTF-8", async () => {
    await writeFile(file, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])); // {"é"} in Latin-1
    const read = await readDirectoryFile(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe("not-utf8");
    expect(read.error.message).toContain(`"${file}" is not UTF-8 text`);
  });

  it("says permission denied, naming the file", async () => {
    const read = await readDirectoryFile(file, faulty({ readFile: async () => Promise.reject(errno("EACCES")) }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe("permission-denied");
    expect(read.error.message).toContain(file);
  });
});

describe("saveAtomic", () => {
  it("replaces the file and answers the new revision, backing up the old bytes outside the project", async () => {
    const saved = await saveAtomic(file, UPDATED, { expectedRevision: revision(ORIGINAL), backupDir: backups });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.revision).toBe(revision(UPDATED));
    expect(await readFile(file, "utf8")).toBe(UPDATED);
    expect(saved.value.backupPath?.startsWith(backups)).toBe(true);
    expect(await readFile(saved.value.backupPath as string, "utf8")).toBe(ORIGINAL);
    expect(await readdir(settings)).toEqual(["directory.json"]);
    expect(await readdir(join(root, "project"))).toEqual(["Settings"]);
  });

  it("keeps backups private: folder 0o700, file 0o600", async () => {
    if (!posix) return;
    const saved = await saveAtomic(file, UPDATED, { backupDir: backups });
    if (!saved.ok) throw new Error(saved.error.message);
    const backupPath = saved.value.backupPath as string;
    expect((await stat(backupPath)).mode & 0o777).toBe(0o600);
    expect((await stat(join(backupPath, ".."))).mode & 0o777).toBe(0o700);
  });

  it("creates a file that does not exist yet when expectedRevision is null, with no backup", async () => {
    const fresh = join(settings, "directory-new.json");
    const saved = await saveAtomic(fresh, UPDATED, { expectedRevision: null, backupDir: backups });
    expect(saved).toEqual({ ok: true, value: { revision: revision(UPDATED) } });
    expect(await readFile(fresh, "utf8")).toBe(UPDATED);
  });

  it("refuses when the file changed on disk since it was read, and force overrides", async () => {
    const read = await readDirectoryFile(file);
    if (!read.ok) throw new Error(read.error.message);
    await writeFile(file, ORIGINAL + " ");
    const refused = await saveAtomic(file, UPDATED, { expectedRevision: read.value.revision, backupDir: backups });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe("changed-on-disk");
    expect(refused.error.message).toContain(file);
    expect(await readFile(file, "utf8")).toBe(ORIGINAL + " ");

    const forced = await saveAtomic(file, UPDATED, { expectedRevision: read.value.revision, force: true, backupDir: backups });
    expect(forced.ok).toBe(true);
    expect(await readFile(file, "utf8")).toBe(UPDATED);
  });

  it("refuses to create a file that appeared meanwhile (expectedRevision null)", async () => {
    const saved = await saveAtomic(file, UPDATED, { expectedRevision: null, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("changed-on-disk");
    await expectUntouched();
  });

  it("refuses to save over a file deleted meanwhile", async () => {
    await rm(file);
    const saved = await saveAtomic(file, UPDATED, { expectedRevision: revision(ORIGINAL), backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.message).toContain("was deleted on disk");
  });

  it("writes every byte even when the system writes a little at a time", async () => {
    let calls = 0;
    const fs = faultyHandles((real) => ({
      write: (buffer, offset, length, position) => {
        calls++;
        return real.write(buffer, offset, Math.min(length, 7), position);
      },
    }));
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok).toBe(true);
    expect(calls).toBeGreaterThan(5);
    expect(await readFile(file, "utf8")).toBe(UPDATED);
  });

  it("leaves the original intact when the disk fills up mid-file", async () => {
    let calls = 0;
    const fs = faultyHandles((real) => ({
      write: async (buffer, offset, length, position) => {
        if (++calls === 1) return real.write(buffer, offset, Math.floor(length / 2), position);
        throw errno("ENOSPC");
      },
    }));
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe("disk-full");
    expect(saved.error.message).toContain(file);
    expect(saved.error.message).toContain("Free some space");
    await expectUntouched();
    expect(await listBackups(file, backups)).toEqual([]);
  });

  it("leaves the original intact when fsync fails", async () => {
    const fs = faultyHandles(() => ({ sync: async () => Promise.reject(errno("EIO")) }));
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("io-error");
    await expectUntouched();
  });

  it("leaves the original intact when the rename is always refused, after 5 tries", async () => {
    let tries = 0;
    const fs = faulty({
      rename: async (from, to) => {
        if (to !== file) return realFs.rename(from, to);
        tries++;
        throw errno("EPERM");
      },
    });
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("permission-denied");
    expect(tries).toBe(5);
    await expectUntouched();
  });

  it("retries a rename refused twice with EBUSY (Windows) and succeeds", async () => {
    let tries = 0;
    const fs = faulty({
      rename: async (from, to) => {
        if (to === file && ++tries <= 2) throw errno("EBUSY");
        return realFs.rename(from, to);
      },
    });
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok).toBe(true);
    expect(tries).toBe(3);
    expect(await readFile(file, "utf8")).toBe(UPDATED);
    expect((await readdir(settings)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the original intact when the bytes read back differ from those written", async () => {
    const fs = faulty({
      readFile: async (path) => {
        const bytes = Buffer.from(await realFs.readFile(path));
        if (path.endsWith(".tmp")) bytes[bytes.length - 2] = 0x20;
        return bytes;
      },
    });
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("verify-failed");
    await expectUntouched();
  });

  it("explains a read-only disk and a locked file", async () => {
    const readOnly = await saveAtomic(file, UPDATED, { fs: faulty({ open: async () => Promise.reject(errno("EROFS")) }), backupDir: backups });
    expect(readOnly.ok ? "saved" : readOnly.error.message).toMatch(/read-only.*writable disk/);
    const locked = await saveAtomic(file, UPDATED, { fs: faulty({ rename: async (from, to) => (to === file ? Promise.reject(errno("EBUSY")) : realFs.rename(from, to)) }), backupDir: backups });
    expect(locked.ok ? "saved" : locked.error.code).toBe("file-locked");
    await expectUntouched();
  });

  it("refuses to save when the backup cannot be written, leaving the original intact", async () => {
    const fs = faulty({ open: async (path, flags, mode) => (path.startsWith(backups) ? Promise.reject(errno("ENOSPC")) : realFs.open(path, flags, mode)) });
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok ? "saved" : saved.error.code).toBe("backup-failed");
    expect(saved.ok ? "" : saved.error.message).toContain(backups);
    await expectUntouched();
  });

  it("ignores a folder fsync the platform refuses (EISDIR/EPERM)", async () => {
    const fs = faulty({
      open: async (path, flags, mode) => (flags === "r" ? Promise.reject(errno("EISDIR")) : realFs.open(path, flags, mode)),
    });
    const saved = await saveAtomic(file, UPDATED, { fs, backupDir: backups });
    expect(saved.ok).toBe(true);
    expect(await readFile(file, "utf8")).toBe(UPDATED);
  });

  it("keeps the file's mode", async () => {
    if (!posix) return;
    await chmod(file, 0o640);
    const saved = await saveAtomic(file, UPDATED, { backupDir: backups });
    expect(saved.ok).toBe(true);
    expect((await stat(file)).mode & 0o7777).toBe(0o640);
  });

  // Needs the platform's tool (Linux: getfattr/setfattr from the attr package; macOS: xattr).
  const xattrTool = spawnSync(process.platform === "darwin" ? "xattr" : "getfattr", ["--version"]).error === undefined;
  it.skipIf(!xattrTool || process.platform === "win32")("keeps the file's extended attributes", async () => {
    const set = await writeXattrs(file, [{ name: process.platform === "darwin" ? "org.example.note" : "user.note", hex: Buffer.from("kept").toString("hex") }]);
    if (set.length > 0) return; // this file system takes no user attributes
    const saved = await saveAtomic(file, UPDATED, { backupDir: backups });
    expect(saved.ok && saved.value.droppedAttributes).toBe(undefined);
    expect((await readXattrs(file))?.map((a) => [a.name, Buffer.from(a.hex, "hex").toString()])).toContainEqual([process.platform === "darwin" ? "org.example.note" : "user.note", "kept"]);
  });

  it("replaces the file a symlink points to, keeping the link", async () => {
    if (!posix) return;
    const link = join(root, "link.json");
    await symlink(file, link);
    const saved = await saveAtomic(link, UPDATED, { backupDir: backups });
    expect(saved.ok).toBe(true);
    expect(await readFile(file, "utf8")).toBe(UPDATED);
    expect(await readFile(link, "utf8")).toBe(UPDATED);
  });

  it("removes its temp files whose owner is gone whatever their age, and those over an hour old; nothing else", async () => {
    const dead = await deadPid();
    const gone = join(settings, `.directory.json.${dead}.0a1b2c.tmp`);
    const old = join(settings, `.directory.json.${process.ppid}.0a1b2e.tmp`);
    const inProgress = join(settings, `.directory.json.${process.ppid}.0a1b2d.tmp`);
    const foreign = join(settings, "notes.tmp");
    for (const path of [gone, old, inProgress, foreign]) await writeFile(path, "x");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    await utimes(foreign, twoHoursAgo, twoHoursAgo);
    const saved = await saveAtomic(file, UPDATED, { backupDir: backups });
    expect(saved.ok).toBe(true);
    expect((await readdir(settings)).sort()).toEqual([`.directory.json.${process.ppid}.0a1b2d.tmp`, "directory.json", "notes.tmp"]);
  });

  it("answers the same revision readDirectoryFile computes", async () => {
    const saved = await saveAtomic(file, UPDATED, { backupDir: null });
    const read = await readDirectoryFile(file);
    expect(saved.ok && read.ok && saved.value.revision === read.value.revision).toBe(true);
    expect(revisionOf(Buffer.from(UPDATED, "utf8"))).toBe(revision(UPDATED));
  });
});

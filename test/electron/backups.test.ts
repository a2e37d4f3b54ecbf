import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import {
  backupFolderFor,
  BACKUPS_KEPT,
  defaultBackupDir,
  listBackups,
  pruneBackups,
  writeBackup,
} from "../../electron/services/backups";
import { saveAtomic } from "../../electron/services/file-store";

describe("defaultBackupDir", () => {
  const home = "/home/ana";

  it("uses Application Support on macOS", () => {
    expect(defaultBackupDir(undefined, { platform: "darwin", env: {}, home: "/Users/ana" })).toBe(
      "/Users/ana/Library/Application Support/4D Directory Editor/backups",
    );
  });

  it("uses %APPDATA% on Windows", () => {
    expect(defaultBackupDir("App", { platform: "win32", env: { APPDATA: "C:\\Users\\ana\\AppData\\Roaming" }, home: "C:\\Users\\ana" })).toBe(
      "C:\\Users\\ana\\AppData\\Roaming\\App\\backups",
    );
  });

  it("uses $XDG_DATA_HOME, else ~/.local/share, elsewhere", () => {
    expect(defaultBackupDir("App", { platform: "linux", env: { XDG_DATA_HOME: "/data" }, home })).toBe("/data/App/backups");
    expect(defaultBackupDir("App", { platform: "linux", env: {}, home })).toBe("/home/ana/.local/share/App/backups");
  });

  it("gives way to FOURD_DIRECTORY_BACKUPS on every platform", () => {
    for (const platform of ["darwin", "win32", "linux"]) {
      expect(defaultBackupDir("App", { platform, env: { FOURD_DIRECTORY_BACKUPS: "/tmp/b" }, home })).toBe("/tmp/b");
    }
  });
});

describe("backups of a file", () => {
  let root: string;
  let backups: string;
  let file: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "4dde-backups-"));
    backups = join(root, "app", "backups");
    file = join(root, "Shop", "Settings", "directory.json");
    await mkdir(join(root, "Shop", "Settings"), { recursive: true });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("go to one folder per file, named after the project and told apart by the full path", () => {
    const other = join(root, "elsewhere", "Shop", "Settings", "directory.json");
    expect(relative(backups, backupFolderFor(file, backups))).toMatch(/^Shop_Settings-[0-9a-f]{12}$/);
    expect(backupFolderFor(other, backups)).not.toBe(backupFolderFor(file, backups));
  });

  it("are listed newest first, with their time", async () => {
    const bytes = (n: number) => Buffer.from(`version ${n}`);
    await writeBackup(file, bytes(1), backups, undefined, new Date("2024-05-01T10:00:00.000Z"));
    await writeBackup(file, bytes(2), backups, undefined, new Date("2024-05-01T10:00:00.000Z"));
    await writeBackup(file, bytes(3), backups, undefined, new Date("2024-05-02T08:30:15.250Z"));
    const list = await listBackups(file, backups);
    expect(list.map((b) => b.name)).toEqual([
      "2024-05-02T08-30-15-250Z-000.json",
      "2024-05-01T10-00-00-000Z-001.json",
      "2024-05-01T10-00-00-000Z-000.json",
    ]);
    expect(list[0]?.createdAt.toISOString()).toBe("2024-05-02T08:30:15.250Z");
    expect(await readFile(list[1]!.path, "utf8")).toBe("version 2");
  });

  it("are an empty list before the first save", async () => {
    expect(await listBackups(file, backups)).toEqual([]);
  });

  it("are pruned to the newest ones, ignoring files that are not backups", async () => {
    for (let n = 0; n < 5; n++) await writeBackup(file, Buffer.from(`v${n}`), backups, undefined, new Date(Date.UTC(2024, 0, 1, 0, 0, n)));
    await writeFile(join(backupFolderFor(file, backups), "README.txt"), "mine");
    const removed = await pruneBackups(file, backups, 2);
    expect(removed).toHaveLength(3);
    const left = await listBackups(file, backups);
    expect(await Promise.all(left.map((b) => readFile(b.path, "utf8")))).toEqual(["v4", "v3"]);
    expect(await readdir(backupFolderFor(file, backups))).toContain("README.txt");
  });

  it("never count an empty backup among the kept ones: it is removed, and pushes no good one out", async () => {
    for (let n = 0; n < 3; n++) await writeBackup(file, Buffer.from(`v${n}`), backups, undefined, new Date(Date.UTC(2024, 0, 1, 0, 0, n)));
    const folder = backupFolderFor(file, backups);
    await writeFile(join(folder, "2024-01-01T00-00-09-000Z-000.json"), "");
    await pruneBackups(file, backups, 2);
    const left = await listBackups(file, backups);
    expect(await Promise.all(left.map((b) => readFile(b.path, "utf8")))).toEqual(["v2", "v1"]);
  });

  it(`keep the last ${BACKUPS_KEPT} versions across many saves, outside the project`, async () => {
    await writeFile(file, "version 0");
    for (let n = 1; n <= BACKUPS_KEPT + 5; n++) {
      const saved = await saveAtomic(file, `version ${n}`, { backupDir: backups });
      expect(saved.ok).toBe(true);
    }
    const list = await listBackups(file, backups);
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(await readFile(list[0]!.path, "utf8")).toBe(`version ${BACKUPS_KEPT + 4}`);
    expect(await readFile(list.at(-1)!.path, "utf8")).toBe("version 5");
    expect(await readdir(join(root, "Shop", "Settings"))).toEqual(["directory.json"]);
  });
});

import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { listBackups } from "../../electron/services/backups";
import { loadDirectory, NEW_DIRECTORY_TEXT, saveDirectory, type LoadedDirectory } from "../../electron/services/directory-file";
import type { DirectoryDocument } from "../../shared/document";
import { getObject, jsonObject, setKey } from "../../shared/json";
import { modelOf } from "../../shared/model";
import { realFixture, realFixtures } from "../helpers/fixtures";
import { deadPid } from "../helpers/processes";

let tmp: string;
let root: string;
let backups: string;
let userPath: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), "4dde-dirfile-"));
  root = join(tmp, "Shop");
  backups = join(tmp, "app-data", "backups");
  userPath = join(root, "Settings", "directory.json");
  await mkdir(join(root, "Project"), { recursive: true });
  await writeFile(join(root, "Project", "Shop.4DProject"), "{}");
  vi.stubEnv("FOURD_DIRECTORY_BACKUPS", backups);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(tmp, { recursive: true, force: true });
});

async function withUserCopy(text: string): Promise<void> {
  await mkdir(join(root, "Settings"), { recursive: true });
  await writeFile(userPath, text);
}

async function load(target = root): Promise<LoadedDirectory> {
  const loaded = await loadDirectory(target);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

function withUser(doc: DirectoryDocument, name: string): DirectoryDocument {
  const users = getObject(doc.root, "users") ?? jsonObject();
  return { ...doc, root: setKey(doc.root, "users", setKey(users, name, jsonObject())) };
}

describe("loadDirectory", () => {
  it("loads every real fixture with its revision, and saving it unchanged writes nothing", async () => {
    for (const fixture of realFixtures()) {
      await withUserCopy(fixture.text);
      const before = await stat(userPath);
      const loaded = await load();
      expect(loaded.text, fixture.name).toBe(fixture.text);
      expect(loaded.revision).toMatch(/^[0-9a-f]{64}$/);
      const saved = await saveDirectory(loaded, loaded.parsed.doc);
      expect(saved).toEqual({ ok: true, value: loaded });
      expect((await stat(userPath)).mtimeMs).toBe(before.mtimeMs);
    }
    expect(await listBackups(userPath, backups)).toEqual([]);
  });

  it("offers a new document, as 4D writes it, when the project has no directory.json", async () => {
    const loaded = await load();
    expect(loaded.revision).toBeNull();
    expect(loaded.location.inForce).toEqual({ path: userPath, copy: "user", exists: false });
    expect(loaded.text).toBe(NEW_DIRECTORY_TEXT);
    expect(modelOf(loaded.parsed.doc).users.map((u) => u.name)).toEqual(["Designer", "Administrator"]);
  });

  it("writes the new document 4D's way: the qodly-timesheet-demo file without its own user", () => {
    const qodly = JSON.parse(realFixture("qodly").text) as { users: Record<string, unknown> };
    delete qodly.users.al;
    expect(NEW_DIRECTORY_TEXT).toBe(JSON.stringify(qodly, null, "\t"));
  });

  it("refuses a file that does not parse, with path:line:col and every issue", async () => {
    await withUserCopy('{\n\t"users": {\n\t\t"designer": {},\n\t}\n}');
    const loaded = await loadDirectory(root);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.code).toBe("invalid-file");
    expect(loaded.error.message).toMatch(new RegExp(`^${userPath.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}:3:\\d+: trailing comma`));
    expect(loaded.error.file).toBe(userPath);
    expect(loaded.error.issues?.length).toBeGreaterThan(0);
  });

  it("refuses a file that is not UTF-8, naming it", async () => {
    await withUserCopy("");
    await writeFile(userPath, Buffer.from([0x7b, 0xe9, 0x7d]));
    const loaded = await loadDirectory(root);
    expect(loaded.ok ? "loaded" : loaded.error.message).toContain(`"${userPath}" is not UTF-8 text`);
  });

  it("removes the temp copies and the lock of a save killed mid-way, whatever their age, and says which", async () => {
    await withUserCopy(NEW_DIRECTORY_TEXT);
    const settings = join(root, "Settings");
    const dead = await deadPid();
    const gone = join(settings, `.directory.json.${dead}.0a1b2c.tmp`);
    const inProgress = join(settings, `.directory.json.${process.pid}.0a1b2d.tmp`);
    await writeFile(gone, NEW_DIRECTORY_TEXT);
    await writeFile(inProgress, NEW_DIRECTORY_TEXT);
    await writeFile(join(settings, ".directory.json.lock"), JSON.stringify({ pid: dead, host: hostname(), nonce: "0123456789abcdef", at: "" }));
    const loaded = await load();
    expect([...(loaded.leftovers ?? [])].sort((a, b) => Number(a.live) - Number(b.live))).toEqual([
      { path: gone, pid: dead, removed: true, live: false },
      { path: inProgress, pid: process.pid, removed: false, live: true },
    ]);
    expect((await readdir(settings)).sort()).toEqual([`.directory.json.${process.pid}.0a1b2d.tmp`, "directory.json"]);
  });

  it("passes on the locator's refusal", async () => {
    const loaded = await loadDirectory(join(tmp, "Nowhere"));
    expect(loaded.ok ? "loaded" : loaded.error.code).toBe("not-found");
  });
});

describe("saveDirectory", () => {
  it("creates the Settings folder and the file for a new document", async () => {
    const loaded = await load();
    const saved = await saveDirectory(loaded, loaded.parsed.doc);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(await readFile(userPath, "utf8")).toBe(NEW_DIRECTORY_TEXT);
    expect(saved.value.location.inForce.exists).toBe(true);
    expect(saved.value.revision).toBe((await load()).revision);
  });

  it("writes an edit, keeps the layout as read, and backs up the previous version in the app's folder", async () => {
    const crlf = realFixture("GoldenAltos").text;
    await withUserCopy(crlf);
    const loaded = await load();
    const saved = await saveDirectory(loaded, withUser(loaded.parsed.doc, "Zoé"));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const written = await readFile(userPath, "utf8");
    expect(written).toBe(saved.value.text);
    expect(written).toContain('\t\t"Zoé": {}\r\n\t},');
    expect(saved.value.revision).not.toBe(loaded.revision);
    expect(modelOf(saved.value.parsed.doc).userByName.has("Zoé")).toBe(true);
    const [backup] = await listBackups(userPath, backups);
    expect(await readFile(backup!.path, "utf8")).toBe(crlf);
    expect(await readdir(join(root, "Settings"))).toEqual(["directory.json"]);
  });

  it("refuses to overwrite a file changed on disk since it was loaded; force overwrites it", async () => {
    await withUserCopy(realFixture("miyako").text);
    const loaded = await load();
    await writeFile(userPath, realFixture("WebClerk19").text);
    const edited = withUser(loaded.parsed.doc, "Noémie");
    const refused = await saveDirectory(loaded, edited);
    expect(refused.ok ? "saved" : refused.error.code).toBe("changed-on-disk");
    expect(await readFile(userPath, "utf8")).toBe(realFixture("WebClerk19").text);
    const forced = await saveDirectory(loaded, edited, { force: true });
    expect(forced.ok).toBe(true);
    expect(await readFile(userPath, "utf8")).toContain('"Noémie": {}');
  });

  it("saves to the copy in force: the data copy over the user copy", async () => {
    await withUserCopy(realFixture("HDI_WebSocket_Server__Settings").text);
    const dataPath = join(root, "Data", "Settings", "directory.json");
    await mkdir(join(root, "Data", "Settings"), { recursive: true });
    await writeFile(dataPath, realFixture("HDI_WebSocket_Server__Data").text);
    const loaded = await load();
    const saved = await saveDirectory(loaded, withUser(loaded.parsed.doc, "Ana"), { backupDir: null });
    expect(saved.ok).toBe(true);
    expect(await readFile(dataPath, "utf8")).toContain('"Ana": {}');
    expect(await readFile(userPath, "utf8")).toBe(realFixture("HDI_WebSocket_Server__Settings").text);
  });
});

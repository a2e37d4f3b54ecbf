import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renameUser, setPasswordValue } from "../../shared/edits";
import { serializeDirectory } from "../../shared/serialize";
import { DirectoryService } from "../../electron/services/directory-service";
import { verifyPassword } from "../../electron/services/passwords";
import { realFixture, realFixtures } from "../helpers/fixtures";

function project(fixture: string) {
  const root = mkdtempSync(join(tmpdir(), "4dde-service-"));
  mkdirSync(join(root, "Settings"));
  const file = join(root, "Settings", "directory.json");
  copyFileSync(realFixture(fixture).path, file);
  return { root, file };
}

function service(changes: (string | null)[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "4dde-service-app-"));
  return new DirectoryService({
    backupDir: join(dir, "backups"),
    sample: { source: join(__dirname, "../../build/sample-project"), target: join(dir, "Sample Project") },
    watch: () => () => {},
    onFileChanged: (revision) => changes.push(revision),
  });
}

describe("DirectoryService", () => {
  it("never lets a password hash leave main: the snapshot holds tokens", async () => {
    const { root } = project("miyako");
    const opened = await service().open(root);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const text = JSON.stringify(opened.value);
    for (const hash of realFixture("miyako").text.match(/"password": "([^"]+)"/g)!) {
      expect(text).not.toContain(hash.slice(13, -1));
    }
    expect(text).toContain("‹hash legacy ");
  });

  it.each(realFixtures().map((f) => f.name))("saves %s back byte-identical when nothing changed, hashes restored", async (name) => {
    const { root, file } = project(name);
    const s = service();
    const opened = await s.open(root);
    if (!opened.ok) throw new Error(opened.error.message);
    // A forced save writes even an unchanged text: the hashes must come back from the vault.
    const saved = await s.save(opened.value.document, opened.value.revision, true);
    expect(saved.ok).toBe(true);
    expect(readFileSync(file)).toEqual(readFileSync(realFixture(name).path));
  });

  it("restores the stored hashes on save and writes new ones only through preparePassword", async () => {
    const { root, file } = project("miyako");
    const s = service();
    const opened = await s.open(root);
    if (!opened.ok) throw new Error(opened.error.message);
    const prepared = await s.preparePassword("new secret", "bcrypt");
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.token).toMatch(/^‹new bcrypt /);
    const edited = setPasswordValue(opened.value.document, "Louis", prepared.value.token);
    const renamed = edited.ok && renameUser(edited.value.doc, "Designer", "Boss");
    if (!renamed || !renamed.ok) throw new Error("edit refused");
    const saved = await s.save(renamed.value.doc, opened.value.revision);
    expect(saved.ok).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).toContain('"password": "Kjg/94PRrUDafImXUuZYuw==",\n\t\t\t"alias": "Boss"');
    const louis = /"Louis": \{\n\t\t\t"password": "([^"]+)"/.exec(text)![1]!;
    expect(await verifyPassword("new secret", louis)).toBe(true);
    // The answer is the new revision and the token the saved password now has, not the document:
    // the renderer's draft with that token is what the file reads back as.
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).not.toHaveProperty("document");
    expect(JSON.stringify(saved.value)).not.toContain(louis);
    expect(saved.value.passwords).toEqual([["Louis", expect.stringMatching(/^‹hash bcrypt /)]]);
    const again = await s.readDisk();
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.revision).toBe(saved.value.revision);
    const kept = setPasswordValue(renamed.value.doc, "Louis", saved.value.passwords[0]![1]);
    expect(kept.ok && serializeDirectory(kept.value.doc)).toBe(serializeDirectory(again.value.document));
  });

  it("refuses a password value that did not come from main", async () => {
    const { root } = project("miyako");
    const s = service();
    const opened = await s.open(root);
    if (!opened.ok) throw new Error(opened.error.message);
    const forged = setPasswordValue(opened.value.document, "Louis", "X+eMKmznyqj9Q3bqmnWLtw==");
    if (!forged.ok) throw new Error("edit refused");
    const saved = await s.save(forged.value.doc, opened.value.revision);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.code).toBe("bad-password-value");
  });

  it("refuses to save over a file changed on disk, unless forced", async () => {
    const { root, file } = project("miyako");
    const s = service();
    const opened = await s.open(root);
    if (!opened.ok) throw new Error(opened.error.message);
    writeFileSync(file, realFixture("miyako").text.replace('"Noel"', '"Noël"'));
    const draft = renameUser(opened.value.document, "Peter", "Pierre");
    if (!draft.ok) throw new Error("edit refused");
    const refused = await s.save(draft.value.doc, opened.value.revision);
    expect(!refused.ok && refused.error.code).toBe("changed-on-disk");
    expect(readFileSync(file, "utf8")).toContain("Noël");
    const disk = await s.readDisk();
    expect(disk.ok && serializeDirectory(disk.value.document)).toContain("Noël");
    const forced = await s.save(draft.value.doc, opened.value.revision, true);
    expect(forced.ok).toBe(true);
    expect(readFileSync(file, "utf8")).toContain('"Pierre"');
  });

  it("opens the other copy on request and reports the shadowed one", async () => {
    const { root } = project("HDI_WebSocket_Server__Settings");
    mkdirSync(join(root, "Data", "Settings"), { recursive: true });
    copyFileSync(realFixture("HDI_WebSocket_Server__Data").path, join(root, "Data", "Settings", "directory.json"));
    const s = service();
    const inForce = await s.open(root);
    expect(inForce.ok && inForce.value.location.inForce.copy).toBe("data");
    expect(inForce.ok && inForce.value.location.shadowed?.copy).toBe("user");
    const user = await s.open(root, "user");
    expect(user.ok && user.value.location.inForce.copy).toBe("user");
  });

  it("answers an invalid file with its line and column, never a snapshot", async () => {
    const { root, file } = project("miyako");
    writeFileSync(file, '{\n\t"users": {\n\t\t"Bob": {\n\t\t\t"password": 12\n\t\t}\n\t}\n}');
    const opened = await service().open(root);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.message).toMatch(/directory\.json:4:16: users\."Bob"\.password must be a string/);
      expect(opened.error.issues?.[0]).toMatchObject({ line: 4, column: 16 });
    }
  });
});

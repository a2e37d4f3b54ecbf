import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectoryService } from "../../electron/services/directory-service";
import { backupFolderFor } from "../../electron/services/backups";
import { renameUser } from "../../shared/edits";
import { realFixture } from "../helpers/fixtures";

// Issue 8 §6: "restore a backup" said nothing of where backups are; Restore previous version
// lists them and brings one back as an edit. Done when it works on a file saved three times and
// the restored state, once saved, reads back byte-identical to that backup.
describe("Restore previous version", () => {
  it("lists the backups of a file saved three times, and a restored one saves back byte-identical", async () => {
    const root = mkdtempSync(join(tmpdir(), "4dde-restore-"));
    mkdirSync(join(root, "Settings"));
    const file = join(root, "Settings", "directory.json");
    copyFileSync(realFixture("miyako").path, file);
    const backupDir = join(mkdtempSync(join(tmpdir(), "4dde-restore-app-")), "backups");
    const s = new DirectoryService({ backupDir, sample: { source: root, target: root }, watch: () => () => {}, onFileChanged: () => {} });
    const opened = await s.open(root);
    if (!opened.ok) throw new Error(opened.error.message);
    let snapshot = { document: opened.value.document, revision: opened.value.revision };
    for (const [from, to] of [["Louis", "Louis 1"], ["Louis 1", "Louis 2"], ["Peter", "Pierre"]] as const) {
      const edit = renameUser(snapshot.document, from, to);
      if (!edit.ok) throw new Error(edit.error.message);
      const saved = await s.save(edit.value.doc, snapshot.revision);
      if (!saved.ok) throw new Error(saved.error.message);
      snapshot = { document: edit.value.doc, revision: saved.value.revision };
    }

    const listed = await s.listBackups();
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value).toHaveLength(3);
    const [newest, , oldest] = listed.value;
    // Newest first: the version before the third save has Peter where the file now has Pierre.
    expect(newest!.differs).toEqual({ users: 2, groups: 0, other: 0 });
    expect(oldest!.differs?.users).toBe(4);
    expect(oldest!.size).toBe(readFileSync(realFixture("miyako").path).length);
    expect(newest!.createdAt).toBeGreaterThanOrEqual(oldest!.createdAt);

    const restored = await s.restoreBackup(oldest!.id);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(JSON.stringify(restored.value.document)).not.toMatch(/\$2y\$|=="/);
    const saved = await s.save(restored.value.document, snapshot.revision);
    expect(saved.ok).toBe(true);
    expect(readFileSync(file)).toEqual(readFileSync(join(backupFolderFor(file, backupDir), oldest!.id)));
    expect(readFileSync(file)).toEqual(readFileSync(realFixture("miyako").path));
  });

  it("refuses an id that is not one of this file's backups", async () => {
    const root = mkdtempSync(join(tmpdir(), "4dde-restore-"));
    mkdirSync(join(root, "Settings"));
    copyFileSync(realFixture("miyako").path, join(root, "Settings", "directory.json"));
    const s = new DirectoryService({ backupDir: join(root, "b"), sample: { source: root, target: root }, watch: () => () => {}, onFileChanged: () => {} });
    await s.open(root);
    const refused = await s.restoreBackup("2026-01-01T00-00-00-000Z-000.json");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe("backup-missing");
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareDirectories, takeDifferences } from "../../shared/compare";
import { DirectoryService } from "../../electron/services/directory-service";
import { driftedCopies, driftedProject, HASH_OF_1 } from "../helpers/two-copies";

function service() {
  const dir = mkdtempSync(join(tmpdir(), "4dde-compare-app-"));
  return new DirectoryService({
    backupDir: join(dir, "backups"),
    sample: { source: join(__dirname, "../../build/sample-project"), target: join(dir, "Sample Project") },
    watch: () => () => {},
    onFileChanged: () => {},
  });
}

describe("DirectoryService: comparing the two copies and carrying differences across", () => {
  it("the user copy takes all three from the data copy through tokens; after save both are byte-identical", async () => {
    const { root, dataPath, userPath } = driftedProject();
    const s = service();
    const opened = await s.open(root, "user");
    if (!opened.ok) throw new Error(opened.error.message);
    const other = await s.compareWith();
    if (!other.ok) throw new Error(other.error.message);
    expect(other.value).toMatchObject({ path: dataPath, copy: "data" });
    // What crosses to the renderer holds tokens, never a hash.
    const sent = JSON.stringify([opened.value, other.value]);
    expect(sent).not.toContain(HASH_OF_1);
    expect(sent).not.toContain("qyJQ02SA1S9CzBAumv4vow==");
    const differences = compareDirectories(opened.value.document, other.value.document);
    expect(differences.map((d) => d.id)).toEqual(["user:Lucía Fernández", "password:Marc Olivier", "member:Accounting:user:Zoé Dubois"]);
    const taken = takeDifferences(opened.value.document, other.value.document);
    if (!taken.ok) throw new Error(taken.error.message);
    expect(taken.value.edits).toHaveLength(3);
    const saved = await s.save(taken.value.doc, opened.value.revision);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(readFileSync(userPath)).toEqual(readFileSync(dataPath));
    expect(readFileSync(dataPath, "utf8")).toBe(driftedCopies().data);
  });

  it("compares with any directory.json given, and refuses a missing one", async () => {
    const { root, userPath } = driftedProject();
    const s = service();
    const opened = await s.open(root);
    if (!opened.ok) throw new Error(opened.error.message);
    const other = await s.compareWith(userPath);
    expect(other.ok && other.value.copy).toBe("user");
    const missing = await s.compareWith(join(root, "Elsewhere", "directory.json"));
    expect(missing.ok).toBe(false);
  });

  it("creates the missing data copy from the user copy and reopens the project on it", async () => {
    const root = mkdtempSync(join(tmpdir(), "4dde-create-copy-"));
    mkdirSync(join(root, "Settings"));
    mkdirSync(join(root, "Project"));
    writeFileSync(join(root, "Project", "P.4DProject"), "{}");
    writeFileSync(join(root, "Settings", "directory.json"), driftedCopies().user);
    const s = service();
    const opened = await s.open(root);
    expect(opened.ok && opened.value.location.inForce.copy).toBe("user");
    const created = await s.createOtherCopy();
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.location.inForce.copy).toBe("data");
    expect(created.value.location.shadowed?.copy).toBe("user");
    expect(readFileSync(join(root, "Data", "Settings", "directory.json"), "utf8")).toBe(driftedCopies().user);
    // Both copies exist now: creating again is refused, nothing replaced.
    const again = await s.createOtherCopy();
    expect(!again.ok && again.error.code).toBe("copy.exists");
    expect(existsSync(join(root, "Settings", "directory.json"))).toBe(true);
  });
});

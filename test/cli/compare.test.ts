import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/cli";
import { driftedProject, HASH_OF_1 } from "../helpers/two-copies";

describe("4d-directory diff", () => {
  it("diff <project> lists exactly the changed password, the added user and the removed membership (exit 1)", () => {
    const { root, dataPath, userPath } = driftedProject();
    const run = cli(["diff", root]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe(`The data copy: ${dataPath}`);
    expect(lines[1]).toBe(`The user copy: ${userPath}`);
    expect(lines.slice(2, -1).map((l) => l.replace(/ — .*(?= {2}\[)/, ""))).toEqual([
      "user Lucía Fernández: only in the data copy (member of Support)  [user:Lucía Fernández]",
      "user Marc Olivier: password differs (the data copy: legacy; the user copy: legacy)  [password:Marc Olivier]",
      "user Zoé Dubois in group Accounting: only in the user copy  [member:Accounting:user:Zoé Dubois]",
    ]);
    expect(lines.at(-1)).toBe("3 differences.");
    expect(run.stdout + run.stderr).not.toContain(HASH_OF_1);
  });

  it("diff <a> <b> --json gives each difference with its id and sentence", () => {
    const { dataPath, userPath } = driftedProject();
    const run = cli(["diff", userPath, dataPath, "--json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.a).toEqual({ path: userPath, copy: "user" });
    expect(json.same).toBe(false);
    expect(json.differences.map((d: { id: string }) => d.id)).toEqual([
      "user:Lucía Fernández",
      "password:Marc Olivier",
      "member:Accounting:user:Zoé Dubois",
    ]);
    expect(json.differences[0]).toMatchObject({ kind: "user", only: "b", text: "user Lucía Fernández: only in the data copy (member of Support)" });
    expect(run.stdout).not.toContain(HASH_OF_1);
  });

  it("says which side changed a password last when its backups tell", () => {
    const { root, userPath } = driftedProject();
    // The user copy takes the data copy's password, then it is changed again: the user copy's
    // backups now hold the data copy's value, so the user copy is the newer one.
    expect(cli(["take", join(root, "Data", "Settings", "directory.json"), userPath, "--id", "password:Marc Olivier"]).code).toBe(0);
    expect(cli(["passwd", userPath, "Marc Olivier", "--legacy"], "1\n").code).toBe(0);
    const run = cli(["diff", root]);
    expect(run.stdout).toContain("password differs (the data copy: legacy; the user copy: legacy) — the user copy is newer (its backups hold the other value)");
  });

  it("exit 0 for two identical files, exit 2 for an unreadable side", () => {
    const { dataPath, root } = driftedProject();
    const same = cli(["diff", dataPath, dataPath]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("No differences: the files are identical.");
    const missing = cli(["diff", dataPath, join(root, "nowhere", "directory.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^4d-directory: .*nowhere.*\n$/);
    const bad = join(root, "bad.json");
    writeFileSync(bad, '{"users": {');
    const broken = cli(["diff", dataPath, bad]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/bad\.json:1:\d+: /);
    const lone = mkdtempSync(join(tmpdir(), "4dde-lone-"));
    mkdirSync(join(lone, "Settings"));
    writeFileSync(join(lone, "Settings", "directory.json"), readFileSync(dataPath));
    expect(cli(["diff", lone]).code).toBe(2);
  });
});

describe("4d-directory take", () => {
  it("take <project> carries all three across: the two copies are then byte-identical", () => {
    const { root, dataPath, userPath } = driftedProject();
    const run = cli(["take", root]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      "added user Lucía Fernández as in the other copy (member of Support)",
      "changed the password of Marc Olivier",
      "removed Zoé Dubois from Accounting",
      `Saved ${userPath}`,
    ]);
    expect(readFileSync(userPath)).toEqual(readFileSync(dataPath));
    expect(cli(["diff", root]).code).toBe(0);
  });

  it("take <from> <to> --id takes only the differences named; an unknown id is refused", () => {
    const { root, dataPath, userPath } = driftedProject();
    const run = cli(["take", dataPath, userPath, "--id", "member:Accounting:user:Zoé Dubois"]);
    expect(run.stdout).toContain("removed Zoé Dubois from Accounting");
    expect(JSON.parse(cli(["diff", root, "--json"]).stdout).differences.length).toBe(2);
    const unknown = cli(["take", dataPath, userPath, "--id", "user:Nobody"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('4d-directory: There is no difference "user:Nobody" between the two copies.\n');
  });
});

describe("4d-directory copy", () => {
  it("creates the data copy from the user copy, byte for byte, and refuses to replace it without --force", () => {
    const { root, dataPath, userPath } = driftedProject();
    const fresh = mkdtempSync(join(tmpdir(), "4dde-copy-"));
    mkdirSync(join(fresh, "Settings"));
    writeFileSync(join(fresh, "Settings", "directory.json"), readFileSync(userPath));
    const target = join(fresh, "Data", "Settings", "directory.json");
    const created = cli(["copy", join(fresh, "Settings", "directory.json"), target]);
    expect(created.code).toBe(0);
    expect(readFileSync(target)).toEqual(readFileSync(userPath));

    const refused = cli(["copy", userPath, dataPath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`4d-directory: "${dataPath}" already exists; add --force to replace it (its current version goes to the backups).\n`);
    expect(readFileSync(dataPath)).not.toEqual(readFileSync(userPath));
    expect(cli(["copy", userPath, dataPath, "--force"]).code).toBe(0);
    expect(readFileSync(dataPath)).toEqual(readFileSync(userPath));

    const ambiguous = cli(["copy", userPath, root, "--force"]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain("name the copy to write");
    expect(existsSync(join(root, "directory.json"))).toBe(false);
  });
});

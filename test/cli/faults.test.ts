// The quick version of `npm run test:faults` (test/cli/faults.slow.test.ts): the same scenarios
// through the real command line and the app's service, without force, a few rounds each.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { concurrentKills, diskFull, faultProject, run, strays } from "../helpers/faults";

it("concurrent writers killed at random: no torn file, no lost \"Saved\", nothing left after the next command", { timeout: 120_000 }, async () => {
  const figures = await concurrentKills(3);
  expect(figures.problems).toEqual([]);
  expect(figures).toMatchObject({ torn: 0, lost: 0, unexplained: 0, tempLeft: 0, partialBackups: 0 });
  expect(figures.writers).toBeGreaterThanOrEqual(6);
});

it("a full disk: refused with a sentence, the file unchanged, nothing left beside it", { timeout: 60_000 }, () => {
  const figures = diskFull(2);
  expect(figures.problems).toEqual([]);
  expect(figures).toMatchObject({ refused: 2, intact: 2, left: 0 });
});

describe("targets a save must not replace blindly", () => {
  it("a read-only file: refused naming --force, which then replaces it", () => {
    if (process.platform === "win32") return;
    const project = faultProject();
    chmodSync(project.file, 0o444);
    const before = readFileSync(project.file, "utf8");
    const refused = run(project, ["user", "add", project.file, "Nouvelle"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/read-only.*--force/);
    expect(readFileSync(project.file, "utf8")).toBe(before);
    expect(run(project, ["user", "add", project.file, "Nouvelle", "--force"]).code).toBe(0);
    rmSync(project.root, { recursive: true, force: true });
  });

  it("a dangling symlink: refused, and no fresh file (access control off) created behind it", () => {
    if (process.platform === "win32") return;
    const project = faultProject();
    rmSync(project.file);
    const missing = join(project.root, "elsewhere", "directory.json");
    symlinkSync(missing, project.file);
    const refused = run(project, ["user", "add", project.file, "Nouvelle"]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/symbolic link to a file that does not exist/);
    expect(existsSync(missing)).toBe(false);
    rmSync(project.root, { recursive: true, force: true });
  });

  it("a lock held by a running program: the edit waits for it, then saves once it is gone", { timeout: 30_000 }, async () => {
    const project = faultProject();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    await new Promise((done) => holder.once("spawn", done));
    writeFileSync(join(project.settings, ".directory.json.lock"), JSON.stringify({ pid: holder.pid, host: hostname(), nonce: "0123456789abcdef", at: new Date().toISOString() }));
    setTimeout(() => holder.kill("SIGKILL"), 1_000);
    const started = Date.now();
    const saved = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [join(__dirname, "../../bin/4d-directory.js"), "user", "add", project.file, "Nouvelle"], { env: { ...process.env, FOURD_DIRECTORY_BACKUPS: project.backups } });
      child.on("close", done);
    });
    expect(saved).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(readFileSync(project.file, "utf8")).toContain('"Nouvelle"');
    expect(strays(project.settings)).toEqual([]);
    rmSync(project.root, { recursive: true, force: true });
  });
});

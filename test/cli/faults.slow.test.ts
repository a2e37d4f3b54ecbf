// The long fault run, `npm run test:faults` (vitest --mode faults): the scenarios of
// test/cli/faults.test.ts at the sizes RELIABILITY.md quotes. Each test prints its figures.
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { concurrentKills, diskFull, faultProject, parallelEdits, run, strays } from "../helpers/faults";

const MIN_KILLS = Number(process.env.FAULT_KILLS ?? 1000);

it(`concurrent writers (2–10, CLI and service) killed at random until ${MIN_KILLS} kills`, { timeout: 3 * 60 * 60 * 1000 }, async () => {
  const f = await concurrentKills(1, { minKills: MIN_KILLS, window: 1500 });
  console.log(
    `faults: ${f.rounds} rounds, ${f.writers} writers, ${f.kills} SIGKILLs, ${f.saved} "Saved" (${f.lost} missing), ${f.unexplained} other exits without a sentence; ` +
      `${f.torn} torn files, ${f.tempLeft} temp files left after the next command, ${f.partialBackups} partial backups counted (at most ${f.mostKept} kept)`,
  );
  expect(f.problems.slice(0, 5)).toEqual([]);
  expect(f).toMatchObject({ lost: 0, unexplained: 0, torn: 0, tempLeft: 0, partialBackups: 0 });
  expect(f.kills).toBeGreaterThanOrEqual(MIN_KILLS);
});

it("10 parallel CLI edits of distinct users, 100 times: every \"Saved\" edit is in the file, the others exit 1 with a sentence", { timeout: 60 * 60 * 1000 }, async () => {
  const f = await parallelEdits(100);
  console.log(`faults: 100 trials of 10 parallel user add: ${f.saved} saved (${f.lost} missing from the file), ${f.refused} refused with a sentence, ${f.unexplained} other`);
  expect(f.problems.slice(0, 5)).toEqual([]);
  expect(f.lost + f.unexplained).toBe(0);
});

it("a full disk, 20 edits: each refused with a sentence, the file unchanged, nothing left", { timeout: 10 * 60 * 1000 }, () => {
  const f = diskFull(20);
  console.log(`faults: disk full (${f.how}): ${f.refused}/20 refused with "the disk is full", ${f.intact}/20 files unchanged, ${f.left} files left beside it`);
  expect(f.problems).toEqual([]);
  expect(f).toMatchObject({ refused: 20, intact: 20, left: 0 });
});

it("a lock held by a running program for longer than the wait: refused naming its pid, the file unchanged", { timeout: 60_000 }, async () => {
  const project = faultProject();
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
  await new Promise((done) => holder.once("spawn", done));
  const lock = join(project.settings, ".directory.json.lock");
  writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), nonce: "0123456789abcdef", at: new Date().toISOString() }));
  const before = readFileSync(project.file, "utf8");
  const refused = run(project, ["user", "add", project.file, "Nouvelle"]);
  holder.kill("SIGKILL");
  console.log(`faults: locked target: exit ${refused.code}: ${refused.stderr.trim()}`);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`another program is saving directory.json (pid ${holder.pid})`);
  expect(readFileSync(project.file, "utf8")).toBe(before);
  expect(strays(project.settings)).toEqual([".directory.json.lock"]);
  rmSync(project.root, { recursive: true, force: true });
});

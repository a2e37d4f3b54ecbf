// Crash test of the atomic save: a child process saves in a loop and is killed (SIGKILL) at random
// moments; the file must always be one complete version. Slow, so outside the quick suite:
// `npm run test:faults` (vitest --mode faults: 200 runs). Runs FAULT_RUNS times, 20 by default.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { clearLeftovers } from "../../electron/services/file-store";
import { parseDirectory } from "../../shared/parse";

const RUNS = Number(process.env.FAULT_RUNS ?? 20);
const VERSIONS = 6;
const REPO = resolve(__dirname, "../..");

// The child: saves the versions in turn, forever, until it is killed.
const CHILD = `
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { saveAtomic } from "./electron/services/file-store";

async function main(): Promise<void> {
  const [target, versionsDir, count, backupDir, mode] = process.argv.slice(2) as [string, string, string, string, string];
  const versions = Array.from({ length: Number(count) }, (_, i) => readFileSync(join(versionsDir, i + ".json"), "utf8"));
  process.stdout.write("ready\\n");
  for (let i = 1; ; i++) {
    const text = versions[i % versions.length] as string;
    // The baseline: what a plain in-place write does under the same kills.
    if (mode === "plain") {
      await writeFile(target, text);
      continue;
    }
    const saved = await saveAtomic(target, text, { force: true, backupDir });
    if (!saved.ok) {
      process.stderr.write(saved.error.message);
      process.exit(3);
    }
  }
}
void main();
`;

/** A directory.json with `users` users: versions differ in size, from under 1 KB to about 300 KB. */
function version(n: number): string {
  const users = Object.fromEntries([
    ["designer", { password: "Kjg/94PRrUDafImXUuZYuw==", alias: "Designer" }],
    ["administrator", { alias: `Administrator ${n}` }],
    ...Array.from({ length: n * n * 120 }, (_, i) => [`user ${n}-${i}`, { password: "X+eMKmznyqj9Q3bqmnWLtw==" }]),
  ]);
  return JSON.stringify({ users, settings: { remoteDefaultUser: "" } }, null, "\t");
}

let tmp: string;
let child: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "4dde-faults-"));
  child = join(tmp, "child.cjs");
  await build({
    stdin: { contents: CHILD, resolveDir: REPO, loader: "ts", sourcefile: "fault-child.ts" },
    outfile: child,
    bundle: true,
    platform: "node",
    format: "cjs",
    logLevel: "warning",
  });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Starts the child, waits until it is saving, lets it run `delay` ms, kills it; answers its exit. */
function saveThenKill(args: string[], delay: number): Promise<{ killed: boolean; stderr: string }> {
  return new Promise((done, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.once("data", () => setTimeout(() => proc.kill("SIGKILL"), delay));
    proc.on("error", reject);
    proc.on("exit", (_code, signal) => done({ killed: signal === "SIGKILL", stderr }));
  });
}

it(`the file is always one complete version when a save is killed at random (${RUNS} runs)`, { timeout: 60_000 + RUNS * 3_000 }, async () => {
  const versionsDir = join(tmp, "versions");
  const settings = join(tmp, "Shop", "Settings");
  const target = join(settings, "directory.json");
  await mkdir(versionsDir);
  await mkdir(settings, { recursive: true });
  const versions = Array.from({ length: VERSIONS }, (_, n) => version(n));
  for (const [n, text] of versions.entries()) await writeFile(join(versionsDir, `${n}.json`), text);
  await writeFile(target, versions[0] as string);
  const seen = new Set<number>();

  for (let run = 0; run < RUNS; run++) {
    const delay = Math.floor(Math.random() * 60);
    const exit = await saveThenKill([target, versionsDir, String(VERSIONS), join(tmp, "backups"), "atomic"], delay);
    expect(exit, `run ${run}: the child stopped on its own: ${exit.stderr}`).toEqual({ killed: true, stderr: "" });

    const text = await readFile(target, "utf8");
    const which = versions.indexOf(text);
    expect(which, `run ${run} (killed after ${delay} ms): the file is not one of the complete versions`).toBeGreaterThanOrEqual(0);
    expect(parseDirectory(text).ok).toBe(true);
    seen.add(which);
    // What a killed save leaves (its temp file, its lock) is gone after the next load.
    await clearLeftovers(target);
    expect((await readdir(settings)).filter((name) => name !== "directory.json")).toEqual([]);
  }
  // The kills landed at different points of the loop, not always before the first save.
  if (RUNS >= 20) expect(seen.size).toBeGreaterThan(1);

  // The same kills against plain in-place writes, measured in the same run for comparison.
  await writeFile(target, versions[0] as string);
  let plainIntact = 0;
  for (let run = 0; run < RUNS; run++) {
    await saveThenKill([target, versionsDir, String(VERSIONS), join(tmp, "backups"), "plain"], Math.floor(Math.random() * 60));
    if (versions.includes(await readFile(target, "utf8"))) plainIntact++;
  }
  console.log(`faults: atomic save left a complete file after ${RUNS}/${RUNS} kills; plain fs.writeFile (baseline) after ${plainIntact}/${RUNS}`);
});

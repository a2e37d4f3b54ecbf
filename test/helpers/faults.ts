// The fault runs through the real 4d-directory command and the app's DirectoryService, without
// force: concurrent writers killed at random moments, a full disk, read-only, locked and dangling
// targets. `test/cli/faults.test.ts` runs each briefly in `npm test`; `npm run test:faults` runs
// them long (test/cli/faults.slow.test.ts) and prints the figures RELIABILITY.md quotes.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { backupFolderFor } from "../../electron/services/backups";
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { realFixture } from "./fixtures";

const REPO = resolve(__dirname, "../..");
const BIN = join(REPO, "bin/4d-directory.js");

// A writer that goes through the app's service: open, add a user, save with the revision read.
const SERVICE_WRITER = `
import { DirectoryService } from "./electron/services/directory-service";
import { addUser } from "./shared/edits";

async function main(): Promise<void> {
  const [file, name, backupDir] = process.argv.slice(2) as [string, string, string];
  const service = new DirectoryService({ backupDir, sample: { source: file, target: file }, watch: () => () => undefined, onFileChanged: () => undefined });
  const opened = await service.open(file);
  if (!opened.ok) return fail(opened.error.message);
  const edit = addUser(opened.value.document, name);
  if (!edit.ok) return fail(edit.error.message);
  const saved = await service.save(edit.value.doc, opened.value.revision);
  if (!saved.ok) return fail(saved.error.message);
  process.stdout.write("Saved " + file + "\\n");
  service.close();
}
function fail(message: string): void {
  process.stderr.write("service: " + message + "\\n");
  process.exitCode = 1;
}
void main();
`;

let serviceWriter: string | undefined;

/** The service writer, bundled once per test process. */
function serviceWriterPath(): string {
  // Dependencies stay outside the bundle (jsonc-parser loads its parts at run time): the child
  // finds them through NODE_PATH.
  if (!serviceWriter) {
    serviceWriter = join(mkdtempSync(join(tmpdir(), "4dde-writer-")), "service-writer.cjs");
    buildSync({
      stdin: { contents: SERVICE_WRITER, resolveDir: REPO, loader: "ts", sourcefile: "service-writer.ts" },
      outfile: serviceWriter,
      bundle: true,
      platform: "node",
      format: "cjs",
      packages: "external",
      logLevel: "warning",
    });
  }
  return serviceWriter;
}

/** A temp project holding a copy of a real fixture, with its own backup folder. */
export function faultProject(): { root: string; file: string; settings: string; backups: string } {
  const root = mkdtempSync(join(tmpdir(), "4dde-faults-"));
  const settings = join(root, "Settings");
  mkdirSync(settings);
  const file = join(settings, "directory.json");
  copyFileSync(realFixture("miyako").path, file);
  return { root, file, settings, backups: join(root, "backups") };
}

interface Writer {
  readonly name: string;
  readonly via: "cli" | "service";
}

interface WriterRun extends Writer {
  readonly code: number | null;
  readonly killed: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts a writer; kills it after `killAfter` ms when given. */
function runWriter(project: ReturnType<typeof faultProject>, writer: Writer, killAfter: number | undefined): Promise<WriterRun> {
  const args =
    writer.via === "cli" ? [BIN, "user", "add", project.file, writer.name] : [serviceWriterPath(), project.file, writer.name, project.backups];
  return new Promise((done, reject) => {
    const env = { ...process.env, FOURD_DIRECTORY_BACKUPS: project.backups, NODE_PATH: join(REPO, "node_modules") };
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfter);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ ...writer, code, killed: signal === "SIGKILL", stdout, stderr });
    });
  });
}

/** Temp files, lock files and locks set aside left in the Settings folder. */
export function strays(settings: string): string[] {
  return readdirSync(settings).filter((name) => name !== "directory.json");
}

/** Backups under a backup name that are empty or do not read as a directory.json. */
export function partialBackups(file: string, backups: string): { kept: number; partial: number } {
  let names: string[];
  try {
    names = readdirSync(backupFolderFor(file, backups)).filter((n) => /^\d{4}-.*\.json$/.test(n));
  } catch {
    return { kept: 0, partial: 0 };
  }
  const partial = names.filter((n) => !parseDirectory(readFileSync(join(backupFolderFor(file, backups), n), "utf8")).ok).length;
  return { kept: names.length, partial };
}

/** What a run of concurrent killed writers found. */
export interface KillFigures {
  rounds: number;
  writers: number;
  kills: number;
  saved: number;
  /** Writers that printed "Saved" whose user is not in the file. */
  lost: number;
  /** Writers neither killed nor saved that did not exit 1 with a sentence. */
  unexplained: number;
  /** Times the file did not read as a complete directory.json. */
  torn: number;
  /** Temp or lock files left in Settings after the next command (`check`). */
  tempLeft: number;
  /** Backups under a backup name that are empty or partial. */
  partialBackups: number;
  /** The most backups kept at once. */
  mostKept: number;
  readonly problems: string[];
}

/**
 * `rounds` rounds (more until `minKills` kills) of 2–10 writers (the command line, and 1 in 3 the app's service) each adding its
 * own user to one file at the same moment; each writer is killed (SIGKILL) with probability
 * `killRate` at a random moment within `window` ms of its start. After each round: the file must
 * read, hold every user whose writer printed "Saved", and the next command must leave no temp
 * file; backups must all be complete.
 */
export async function concurrentKills(rounds: number, options: { killRate?: number; window?: number; minKills?: number } = {}): Promise<KillFigures> {
  const { killRate = 0.5, window = 700, minKills = 0 } = options;
  const project = faultProject();
  const figures: KillFigures = { rounds, writers: 0, kills: 0, saved: 0, lost: 0, unexplained: 0, torn: 0, tempLeft: 0, partialBackups: 0, mostKept: 0, problems: [] };
  try {
    for (let round = 0; round < rounds || figures.kills < minKills; round++) {
      figures.rounds = round + 1;
      const count = 2 + Math.floor(Math.random() * 9);
      const writers: Writer[] = Array.from({ length: count }, (_, i) => ({ name: `W${round}-${i}`, via: Math.random() < 1 / 3 ? "service" : "cli" }));
      const runs = await Promise.all(writers.map((w) => runWriter(project, w, Math.random() < killRate ? Math.floor(Math.random() * window) : undefined)));
      const text = readFileSync(project.file, "utf8");
      const parsed = parseDirectory(text);
      figures.writers += runs.length;
      if (!parsed.ok) {
        figures.torn++;
        figures.problems.push(`round ${round}: the file does not read: ${parsed.error.message}`);
        copyFileSync(realFixture("miyako").path, project.file);
        continue;
      }
      const users = modelOf(parsed.value.doc).userByName;
      for (const run of runs) {
        if (run.killed) figures.kills++;
        if (run.stdout.includes("Saved ")) {
          figures.saved++;
          if (!users.has(run.name)) {
            figures.lost++;
            figures.problems.push(`round ${round}: ${run.name} (${run.via}) printed Saved but is not in the file`);
          }
        } else if (!run.killed && (run.code !== 1 || !/^(4d-directory|service): \S.*\.\n$/s.test(run.stderr))) {
          figures.unexplained++;
          figures.problems.push(`round ${round}: ${run.name} (${run.via}) exit ${run.code}: ${run.stderr.slice(0, 300)}`);
        }
      }
      // The next command: a check, which removes what killed saves left.
      const check = spawnSync(process.execPath, [BIN, "check", project.file], { encoding: "utf8", env: { ...process.env, FOURD_DIRECTORY_BACKUPS: project.backups } });
      if (check.status !== 0) figures.problems.push(`round ${round}: check exit ${check.status}: ${check.stderr}`);
      const left = strays(project.settings);
      figures.tempLeft += left.length;
      if (left.length > 0) figures.problems.push(`round ${round}: left after check: ${left.join(", ")}`);
      const backups = partialBackups(project.file, project.backups);
      figures.partialBackups += backups.partial;
      figures.mostKept = Math.max(figures.mostKept, backups.kept);
    }
  } finally {
    rmSync(project.root, { recursive: true, force: true });
  }
  return figures;
}

/** `rounds` rounds of `writers` parallel `user add` of distinct users through the command line. */
export async function parallelEdits(rounds: number, writers = 10): Promise<{ saved: number; refused: number; lost: number; unexplained: number; problems: string[] }> {
  const out = { saved: 0, refused: 0, lost: 0, unexplained: 0, problems: [] as string[] };
  for (let round = 0; round < rounds; round++) {
    const project = faultProject();
    try {
      const runs = await Promise.all(Array.from({ length: writers }, (_, i) => runWriter(project, { name: `P${round}-${i}`, via: "cli" }, undefined)));
      const parsed = parseDirectory(readFileSync(project.file, "utf8"));
      const users = parsed.ok ? modelOf(parsed.value.doc).userByName : new Map();
      for (const run of runs) {
        if (run.stdout.includes("Saved ")) {
          out.saved++;
          if (!users.has(run.name)) {
            out.lost++;
            out.problems.push(`round ${round}: ${run.name} printed Saved but is not in the file`);
          }
        } else if (run.code === 1 && /^4d-directory: \S.*\.\n$/s.test(run.stderr)) out.refused++;
        else {
          out.unexplained++;
          out.problems.push(`round ${round}: ${run.name} exit ${run.code}: ${run.stderr.slice(0, 300)}`);
        }
      }
    } finally {
      rmSync(project.root, { recursive: true, force: true });
    }
  }
  return out;
}

/** Runs the command line on a project (synchronously). */
export function run(project: { backups: string }, args: readonly string[], env: Readonly<Record<string, string>> = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, FOURD_DIRECTORY_BACKUPS: project.backups, ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A full disk: the project on a small tmpfs when this process may mount one (root on Linux),
 * otherwise every write of a temp file failing with ENOSPC (a --require hook in the child).
 * Answers whether each of `tries` edits was refused with "the disk is full", the file unchanged
 * and nothing left beside it.
 */
export function diskFull(tries: number): { how: "tmpfs" | "injected"; refused: number; intact: number; left: number; problems: string[] } {
  const project = faultProject();
  const mount = join(project.root, "small");
  mkdirSync(mount);
  let how: "tmpfs" | "injected" = "injected";
  const env: Record<string, string> = {};
  if (process.platform === "linux" && process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=96k", "tmpfs", mount]).status === 0) how = "tmpfs";
  else {
    const hook = join(project.root, "enospc.cjs");
    writeFileSync(
      hook,
      `const fsp = require("node:fs").promises; const open = fsp.open;
fsp.open = async (...args) => { const handle = await open(...args);
  if (String(args[0]).endsWith(".tmp")) handle.write = async () => { throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }); };
  return handle; };`,
    );
    env.NODE_OPTIONS = `--require ${JSON.stringify(hook)}`;
  }
  const out = { how, refused: 0, intact: 0, left: 0, problems: [] as string[] };
  try {
    const settings = join(mount, "Settings");
    mkdirSync(settings);
    const file = join(settings, "directory.json");
    for (let i = 0; i < tries; i++) {
      // On the 96 KB disk: 63 KB leave no room for the temp copy of the next version, 95 KB none
      // for the lock file either.
      const count = i % 2 === 0 ? 1000 : 1500;
      const users = Object.fromEntries([["designer", { alias: "Designer" }], ["administrator", { alias: "Administrator" }], ...Array.from({ length: count }, (_, n) => [`user-${n}`, { password: "Kjg/94PRrUDafImXUuZYuw==" }])]);
      const text = JSON.stringify({ users }, null, "\t");
      rmSync(file, { force: true });
      writeFileSync(file, text);
      const result = run(project, ["user", "add", file, `Full ${i}`], env);
      if (result.code === 1 && /the disk is full/.test(result.stderr)) out.refused++;
      else out.problems.push(`try ${i}: exit ${result.code}: ${result.stderr.slice(0, 300)}`);
      if (readFileSync(file, "utf8") === text) out.intact++;
      const left = strays(settings);
      out.left += left.length;
      if (left.length > 0) out.problems.push(`try ${i}: left ${left.join(", ")}`);
    }
  } finally {
    if (how === "tmpfs") spawnSync("umount", [mount]);
    rmSync(project.root, { recursive: true, force: true });
  }
  return out;
}

import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { realFixture } from "./fixtures";

const BIN = resolve(__dirname, "../../bin/4d-directory.js");
const BACKUPS = mkdtempSync(join(tmpdir(), "4dde-cli-backups-"));

/** What a CLI run printed and answered. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `4d-directory` as a real subprocess (backups go to a temp folder unless `env` says otherwise). */
export function cli(args: readonly string[], input = "", env: Readonly<Record<string, string>> = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, FOURD_DIRECTORY_BACKUPS: BACKUPS, ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `4d-directory` as a real subprocess without waiting: many can run at the same moment. */
export function cliAsync(args: readonly string[], input = "", env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, FOURD_DIRECTORY_BACKUPS: BACKUPS, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => done({ code: code ?? (signal ? -1 : -1), stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A temp copy of a real fixture as `<tmp>/Settings/directory.json` (or a file of the given text). */
export function tempProject(fixture: string, text?: string): { root: string; file: string; read: () => string } {
  const root = mkdtempSync(join(tmpdir(), "4dde-cli-"));
  const file = join(root, "Settings", "directory.json");
  mkdirSync(dirname(file), { recursive: true });
  if (text !== undefined) writeFileSync(file, text);
  else copyFileSync(realFixture(fixture).path, file);
  return { root, file, read: () => readFileSync(file, "utf8") };
}

import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { serializeDirectory } from "../../shared/serialize";
import { tempProject } from "../helpers/cli";
import { buildLargeDirectory } from "../helpers/large-directory";

const BIN = resolve(__dirname, "../../bin/4d-directory.js");

/**
 * `4d-directory … | head -1`: reads the first line, then closes the pipe as `head` does, and
 * answers what the command printed on stderr and its exit code.
 */
function firstLineThenClose(args: readonly string[]): Promise<{ first: string; code: number | null; stderr: string }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let first: string | null = null;
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      if (first === null && out.includes("\n")) {
        first = out.slice(0, out.indexOf("\n"));
        child.stdout.destroy();
      }
    });
    child.on("error", failed);
    child.on("close", (code) => done({ first: first ?? out, code, stderr }));
  });
}

describe("4d-directory writing into a pipe whose reader went away", () => {
  // Large enough that the output outlasts the pipe's buffer (64 KiB on Linux).
  const project = tempProject("", "");
  writeFileSync(project.file, serializeDirectory(buildLargeDirectory({ users: 3000, groups: 60, depth: 3 })));

  it("export --csv | head -1 prints the header and ends quietly with exit 0", async () => {
    const run = await firstLineThenClose(["export", project.file, "--csv"]);
    expect(run.first).toMatch(/^user,kind,/);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it.each([
    [["check", project.file]],
    [["effective", project.file, "user-1"]],
    [["--help"]],
  ])("%j | head -1 ends quietly too", async (args) => {
    const run = await firstLineThenClose(args);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

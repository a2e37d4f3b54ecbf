import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cli } from "../helpers/cli";

const ROOT = resolve(__dirname, "../..");

/** The README's usage block: the first ```text block of its "Command line" section. */
function readmeUsage(): string {
  const readme = readFileSync(resolve(ROOT, "README.md"), "utf8").replace(/\r\n/g, "\n");
  const section = readme.slice(readme.indexOf("\n## Command line\n"));
  const block = /\n```text\n([\s\S]*?)\n```\n/.exec(section);
  if (!block) throw new Error("README.md: no ```text block under ## Command line");
  return block[1]!;
}

describe("4d-directory says what the repository says", () => {
  it("--help prints the README's usage block, line for line", () => {
    const run = cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd()).toBe(readmeUsage());
  });

  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"])).toMatchObject({ code: 0, stdout: `4d-directory ${version}\n` });
  });
});

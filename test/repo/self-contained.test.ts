import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
  .split("\0")
  .filter((f) => f !== "" && f !== "package-lock.json" && !/\.(png|ico|icns)$/.test(f));

/** Relative paths that climb out of their folder: `../x`, `../../x`, … (in code, comments, configs). */
const CLIMB = /(?:^|[\s"'`(=:,[])((?:\.\.\/)+[\w.@-][\w./@-]*)/g;

function outsidePaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CLIMB)) {
    const target = resolve(ROOT, dirname(file), m[1]!);
    const rel = relative(ROOT, target);
    if (rel.startsWith("..") || isAbsolute(rel)) found.push(m[1]!);
  }
  return found;
}

/** The team's notes folder beside a checkout (its sub-folders), which a clone never has. */
const TEAM_FOLDER = new RegExp(["shared", "(spec|guides|fixtures|sealed|hooks)\\b"].join("\\/"));

describe("the repository stands on its own", () => {
  it("no tracked file names a path outside the repository", () => {
    const offenders = tracked.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), "utf8");
      return outsidePaths(file, text).map((p) => `${file}: ${p}`);
    });
    expect(offenders).toEqual([]);
  });

  it("no tracked file cites the team's folder beside the checkout", () => {
    const offenders = tracked.filter((file) =>
      TEAM_FOLDER.test(readFileSync(join(ROOT, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("the path check catches a path that climbs out", () => {
    // Built from parts, so that this file does not name such a path itself.
    const beside = ["..", "..", "..", "shared", "fixtures", "real"].join("/");
    expect(outsidePaths("test/helpers/x.ts", `resolve(__dirname, "${beside}")`)).toEqual([beside]);
    expect(outsidePaths("electron/cli/x.ts", 'import { a } from "../../shared/result";')).toEqual([]);
  });

  it("the real 4D files the tests read are in the repository, with their credits", () => {
    const fixtures = tracked.filter((f) => f.startsWith("test/fixtures/real/"));
    expect(fixtures).toContain("test/fixtures/real/README.md");
    expect(fixtures.filter((f) => f.endsWith(".json")).length).toBeGreaterThanOrEqual(7);
  });

  it("the format notes the code cites are in docs/", () => {
    expect(tracked).toContain("docs/directory-json.md");
    const notes = readFileSync(join(ROOT, "docs/directory-json.md"), "utf8");
    for (const section of ["## 1.", "## 2.", "## 3.", "## 4.", "## 5.", "## 6."]) expect(notes).toContain(section);
  });
});

describe("npm scripts run on Windows, macOS and Linux alike", () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

  it("no script sets a variable the POSIX way (`VAR=1 cmd`), which Windows shells cannot run", () => {
    const posix = /(?:^|&&|\|\||;)\s*[A-Za-z_][A-Za-z0-9_]*=\S*\s+\S/;
    expect(posix.test("FAULT_RUNS=200 vitest run x")).toBe(true);
    expect(Object.entries(scripts).filter(([, command]) => posix.test(command))).toEqual([]);
  });
});

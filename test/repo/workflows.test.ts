import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";

// The CI and release workflows run only on hosted runners; here they are validated against the
// workflow schema (action-validator, offline) and read for what a reviewer relies on.

const ROOT = resolve(__dirname, "../..");
const WORKFLOWS = join(ROOT, ".github", "workflows");
const VALIDATOR = join(ROOT, "node_modules", "@action-validator", "cli", "cli.mjs");

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly "runs-on": string;
  readonly needs?: string | string[];
  readonly strategy?: { readonly matrix: { readonly os?: string[]; readonly include?: Record<string, string>[] } };
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<string, Job>;
}

const read = (name: string) => parse(readFileSync(join(WORKFLOWS, name), "utf8")) as Workflow;
const runs = (job: Job) => job.steps.map((s) => s.run ?? "").join("\n");
const uses = (job: Job, action: string) => job.steps.filter((s) => s.uses?.startsWith(`${action}@`));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  build: Record<string, unknown> & { mac: Record<string, unknown>; win: Record<string, unknown>; nsis: Record<string, unknown>; linux: Record<string, unknown> };
};

describe("workflows", () => {
  it.each(readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)))("%s passes action-validator", (file) => {
    // Throws, with the validator's report, when the file breaks the workflow schema.
    execFileSync(process.execPath, [VALIDATOR, join(WORKFLOWS, file)], { encoding: "utf8", stdio: "pipe" });
  });

  it("action-validator refuses a broken workflow (so the check above can fail)", () => {
    const broken = join(mkdtempSync(join(tmpdir(), "4dde-workflow-")), "broken.yml");
    writeFileSync(broken, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n");
    expect(() => execFileSync(process.execPath, [VALIDATOR, broken], { stdio: "pipe" })).toThrow();
    rmSync(dirname(broken), { recursive: true });
  });

  it("CI runs npm ci and npm test on Linux, macOS and Windows with Node 22 and the npm cache, on every push and pull request", () => {
    const ci = read("ci.yml");
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    const test = ci.jobs.test!;
    expect(test["runs-on"]).toBe("${{ matrix.os }}");
    expect(test.strategy?.matrix.os).toEqual(["ubuntu-latest", "macos-latest", "windows-latest"]);
    expect(uses(test, "actions/setup-node")[0]?.with).toEqual({ "node-version": 22, cache: "npm" });
    expect(runs(test)).toMatch(/^npm ci\b/m);
    const npmTest = test.steps.find((s) => s.run === "npm test");
    // The e2e suite finds its Chrome through CHROMIUM_PATH on every OS.
    expect(npmTest?.env?.CHROMIUM_PATH).toBe("${{ steps.chrome.outputs.chrome-path }}");
    expect(uses(test, "actions/upload-artifact")[0]?.with?.path).toBe("test-results/screenshots/");
  });

  it("CI runs the Electron specs on Linux in the real binary, under xvfb-run, and fails if they would skip", () => {
    const job = read("ci.yml").jobs.electron!;
    expect(job["runs-on"]).toBe("ubuntu-latest");
    const names = job.steps.map((s) => s.run ?? "");
    const install = names.findIndex((r) => r.includes("npx install-electron"));
    const xvfb = job.steps.findIndex((s) => s.run?.startsWith("xvfb-run ") && s.run.includes("test/e2e/electron.e2e.ts"));
    expect(install).toBeGreaterThan(-1);
    expect(xvfb).toBeGreaterThan(install);
    expect(job.steps[xvfb]?.env?.E2E_REQUIRE_ELECTRON).toBe("1");
    expect(names.join("\n")).toContain("apt-get install -y -qq xvfb");
    expect(uses(job, "actions/upload-artifact")[0]?.with?.path).toBe("test-results/screenshots/");
  });

  it("a version tag builds dmg+zip (x64, arm64), NSIS and AppImage/deb/tar.gz, then a draft release with SHA256SUMS", () => {
    const release = read("release.yml");
    expect(release.on).toEqual({ push: { tags: ["v*.*.*"] } });
    const build = release.jobs.build!;
    const targets = Object.fromEntries((build.strategy?.matrix.include ?? []).map((i) => [i.os, i.targets]));
    expect(targets).toEqual({
      "macos-latest": "--mac dmg zip --x64 --arm64",
      "windows-latest": "--win nsis --x64",
      "ubuntu-latest": "--linux AppImage deb tar.gz --x64",
    });
    expect(runs(build)).toContain("npx electron-builder ${{ matrix.targets }} --publish never");
    // Signing and notarisation come from secrets; without them, a notice and an unsigned build.
    const builder = build.steps.find((s) => s.run?.startsWith("npx electron-builder"))!;
    expect(Object.keys(builder.env ?? {}).sort()).toEqual(
      ["APPLE_APP_SPECIFIC_PASSWORD", "APPLE_ID", "APPLE_TEAM_ID", "CSC_KEY_PASSWORD", "CSC_LINK", "WIN_CSC_KEY_PASSWORD", "WIN_CSC_LINK"].sort(),
    );
    expect(runs(build)).toContain("::notice title=Unsigned macOS build::");
    expect(runs(build)).toContain("CSC_IDENTITY_AUTO_DISCOVERY=false");
    expect(runs(build)).toContain("::notice title=Unsigned Windows build::");

    // The command line ships beside the installers as an npm package (the app cannot run as Node).
    expect(build.steps.find((s) => s.run === "npm pack --pack-destination release")?.if).toBe("runner.os == 'Linux'");

    const publish = release.jobs.publish!;
    expect(publish.needs).toBe("build");
    expect(runs(publish)).toContain("sha256sum -- * > SHA256SUMS");
    expect(runs(publish)).toMatch(/gh release create "\$GITHUB_REF_NAME" release\/\*[\s\S]*--draft/);
  });

  it("electron-builder: hardened runtime, NSIS per-user or per-machine, version and arch in names, no auto-update", () => {
    expect(pkg.build.mac.hardenedRuntime).toBe(true);
    expect(pkg.build.mac.target).toEqual(["dmg", "zip"]);
    // An assisted installer whose install-mode page offers "just me" (default) or "all users".
    expect(pkg.build.nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(pkg.build.win.target).toEqual(["nsis"]);
    expect(pkg.build.linux.target).toEqual(["AppImage", "deb", "tar.gz"]);
    expect(pkg.build.artifactName).toMatch(/\$\{version\}.*\$\{arch\}/);
    expect((pkg.build.deb as { artifactName: string }).artifactName).toMatch(/\$\{version\}.*\$\{arch\}/);
    // No publish provider: electron-builder writes no app-update.yml, and the app has no updater.
    expect(pkg.build.publish).toBeNull();
    expect(JSON.stringify(pkg)).not.toContain("electron-updater");
  });

  it("the command-line package holds the command and its bundle, nothing else of the repository", () => {
    const [packed] = JSON.parse(execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", shell: process.platform === "win32" })) as [{ files: { path: string }[] }];
    // npm also adds package.json's "main" when it is built (the Electron main bundle, unused by the command).
    const paths = packed.files.map((f) => f.path).filter((p) => p !== "out/main/index.js");
    expect(paths.sort()).toEqual(["README.md", "bin/4d-directory.js", "out/cli/index.js", "package.json"]);
  });
});

// `npm run bench:ui`: builds the app and the e2e harness, bundles the UI benchmark
// (test/bench/ui-main.ts) and runs it. Arguments go to the benchmark: --sizes, --runs, --no-write;
// --skip-build reuses out/ as it is; --profile [folder] records a CPU profile of each action of
// the first run of each size (renderer built unminified for readable names; run it apart, with
// --runs 1 --no-write, as profiling slows what it records). Needs /usr/bin/chromium (or CHROMIUM_PATH).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildHarness } from "./build-harness.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const args = process.argv.slice(2);
const env = args.includes("--profile") ? { ...process.env, FOURD_BENCH_PROFILE: "1" } : process.env;
const run = (args) => spawnSync(process.execPath, args, { cwd: repo, stdio: "inherit", env }).status ?? 1;

if (!args.includes("--skip-build") && run(["scripts/build.mjs"]) !== 0) process.exit(1);
await buildHarness();
// Three folders deep under out/, like the sources under test/, so the shared REPO path holds.
await build({
  entryPoints: { ui: "test/bench/ui-main.ts" },
  outdir: "out/bench/ui",
  absWorkingDir: repo,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["playwright-core", ...Object.keys(pkg.dependencies ?? {})],
  logLevel: "warning",
});
process.exit(run(["out/bench/ui/ui.js", ...args.filter((a) => a !== "--skip-build")]));

// Bundles a benchmark (TypeScript) with esbuild and runs it with --expose-gc for memory figures.
//   node scripts/bench.mjs [test/bench/<name>.bench.ts]   (default: the engine and audit benchmarks)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
// With no argument, the engine benchmark and the audit one (npm run bench).
const entries = process.argv[2] ? [process.argv[2]] : ["test/bench/directory.bench.ts", "test/bench/audit.bench.ts"];
// The audit benchmark runs the command line itself, so it is built first.
if (entries.some((e) => e.includes("audit"))) execFileSync(process.execPath, ["scripts/build.mjs", "--node-only"], { stdio: "inherit" });
for (const entry of entries) {
  const out = join(mkdtempSync(join(tmpdir(), "4dde-bench-")), "bench.cjs");
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: Object.keys(pkg.dependencies ?? {}),
    nodePaths: [join(process.cwd(), "node_modules")],
    logLevel: "warning",
  });
  execFileSync(process.execPath, ["--expose-gc", out], { stdio: "inherit", env: { ...process.env, NODE_PATH: join(process.cwd(), "node_modules") } });
}

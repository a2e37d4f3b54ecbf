// Bundles a benchmark (TypeScript) with esbuild and runs it with --expose-gc for memory figures.
//   node scripts/bench.mjs [test/bench/<name>.bench.ts]   (default: the engine benchmark)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const out = join(mkdtempSync(join(tmpdir(), "4dde-bench-")), "bench.cjs");
await build({
  entryPoints: [process.argv[2] ?? "test/bench/directory.bench.ts"],
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

// Builds the app: esbuild bundles the main process, the preload and the CLI; Vite builds the renderer.
// `--node-only` (run by `npm ci` through "prepare") builds what the command line needs.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const external = ["electron", ...Object.keys(pkg.dependencies ?? {})];
const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, external, logLevel: "warning" };

await build({ ...common, entryPoints: { "cli/index": "electron/cli/index.ts" }, outdir: "out" });
if (!process.argv.includes("--node-only")) {
  await build({ ...common, entryPoints: { "main/index": "electron/main/index.ts" }, outdir: "out" });
  // A sandboxed preload may only require('electron'): it is bundled into one CommonJS file.
  await build({ ...common, entryPoints: { "preload/index": "electron/preload/index.ts" }, outdir: "out" });
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--config", "renderer/vite.config.mts", "--logLevel", "warn"], { stdio: "inherit" });
}

// Bundles the e2e harness (the built renderer served with the real service handlers,
// electron/services/handlers.ts, over HTTP) into
// out/e2e/harness.js. Used by the e2e suite and by the UI benchmark. Runtime dependencies stay
// external (jsonc-parser's UMD build breaks when bundled for node).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export async function buildHarness() {
  const repo = fileURLToPath(new URL("..", import.meta.url));
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  await build({
    entryPoints: { harness: "test/e2e/harness/main.ts" },
    outdir: "out/e2e",
    absWorkingDir: repo,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    external: ["electron", ...Object.keys(pkg.dependencies ?? {})],
    logLevel: "warning",
  });
}

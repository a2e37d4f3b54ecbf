// The end-to-end suite: builds the app (main, preload, CLI, renderer) and the HTTP harness, then
// runs test/e2e/**/*.e2e.ts with vitest against a real Chromium. Works on a clean clone after
// `npm ci`; needs /usr/bin/chromium (or CHROMIUM_PATH). Exits non-zero when a spec fails.
//   node scripts/e2e.mjs [vitest args…]   e.g. node scripts/e2e.mjs test/e2e/app.e2e.ts
import { buildHarness } from "./build-harness.mjs";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { cwd: repo, stdio: "inherit" }).status ?? 1;

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`e2e: ${chromium} is missing. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}

if (!process.env.E2E_SKIP_BUILD) {
  console.log("e2e: building the app…");
  if (run(["scripts/build.mjs"]) !== 0) process.exit(1);
}
await buildHarness();

const status = run(["node_modules/vitest/vitest.mjs", "run", "--config", "test/e2e/vitest.e2e.config.mts", ...process.argv.slice(2)]);
console.log(`e2e: screenshots are in ${fileURLToPath(new URL("../test-results/screenshots/", import.meta.url))}`);
process.exit(status);

/**
 * Runs the harness as its own process (scripts/e2e.mjs bundles this file into out/e2e/harness.js):
 *
 *   node out/e2e/harness.js [--renderer out/renderer] [--sample build/sample-project]
 *
 * Prints one JSON line `{"url": …, "root": …, "sampleTarget": …}` once listening, then serves until
 * stdin closes or SIGTERM: the spawning test owns its lifetime. Open the URL in a browser to try
 * the built app against the real file code without Electron.
 */
import { resolve } from "node:path";
import { startHarness } from "./server";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback);
}

async function main(): Promise<void> {
  const harness = await startHarness({
    rendererDir: option("--renderer", "out/renderer"),
    sampleSource: option("--sample", "build/sample-project"),
  });
  process.stdout.write(JSON.stringify({ url: harness.url, root: harness.root, sampleTarget: harness.sampleTarget }) + "\n");
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void harness.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (!process.stdin.isTTY) {
    process.stdin.on("end", stop);
    process.stdin.resume();
  }
}

main().catch((error: unknown) => {
  console.error("[harness] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});

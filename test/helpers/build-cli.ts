import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/** Vitest global setup: bundles the command line from the current sources, so CLI tests never run a stale build. */
export default function setup(): void {
  execFileSync(process.execPath, [resolve(__dirname, "../../scripts/build.mjs"), "--node-only"], { stdio: "inherit" });
}

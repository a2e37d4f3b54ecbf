// `npm run bench:ui [-- --sizes 1000,4000,16000 --runs 5 --no-write]`: the UI benchmark
// (test/bench/ui.bench.ts), its table printed and written to BENCHMARKS.md.
import { CHROMIUM } from "../e2e/support/browser";
import { machine, writeSection } from "./benchmarks-file";
import { runUiBench, uiTable } from "./ui.bench";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

async function main(): Promise<void> {
  const sizes = option("--sizes", "1000,4000,16000").split(",").map(Number);
  const runs = Number(option("--runs", "5"));
  const at = process.argv.indexOf("--profile");
  const profile = at < 0 ? undefined : process.argv[at + 1] && !process.argv[at + 1]!.startsWith("--") ? process.argv[at + 1] : "out/bench/profiles";
  const figures = await runUiBench({ sizes, runs, edits: [20, 100], log: (l) => console.log(l), profile });
  const table = uiTable(figures);
  const described = machine(CHROMIUM);
  console.log(`\n${table}\n\n${described}`);
  if (process.argv.includes("--no-write")) return;
  writeSection(
    "ui",
    [
      "## UI (`npm run bench:ui`)",
      "",
      `Command: \`npm run bench:ui -- --sizes ${sizes.join(",")} --runs ${runs}\` — the built renderer against the real main handlers`,
      "(test/e2e/harness), driven by Playwright in the system Chromium; medians of the runs. Each action is timed in",
      "the page from its input event (pointerdown / keydown) to the first animation frame showing its result. The",
      "baseline is a bare page (test/bench/bare-page.ts) showing the same names in a plain virtualized list, doing",
      "the same kind of action in the same browser and run; *ratio* is the app over the bare page at the largest",
      "size, *growth* the app at the largest size over the smallest. Heap: used JS heap after a forced GC (CDP);",
      "edits tick and untick a membership.",
      "",
      `Machine: ${described}.`,
      "",
      table,
    ].join("\n"),
  );
  console.log("\nwritten to BENCHMARKS.md");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});

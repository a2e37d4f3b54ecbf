// Bulk edits, import and export at 4D's limit, each next to a baseline measured in the same run
// on the same data. Run with `npm run bench:bulk` (it also writes its table to BENCHMARKS.md).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addMembersToGroups, applyImport, deleteUsers, planImport, setStartupMethods } from "../../shared/edits";
import { modelOf } from "../../shared/model";
import { serializeDirectory } from "../../shared/serialize";
import { buildLargeDirectory } from "../helpers/large-directory";
import { machine, writeSection } from "./benchmarks-file";
import { applied, median } from "./measure";

const table: string[] = [];
const line = (what: string, ms: number, baseline: string, baseMs: number) => {
  const row = `| ${what} | ${ms.toFixed(1)} ms | ${baseline} | ${baseMs.toFixed(1)} ms | ${(ms / baseMs).toFixed(2)}× |`;
  table.push(row);
  console.log(row);
};

const doc = buildLargeDirectory();
const text = serializeDirectory(doc);
const model = modelOf(doc);
const jsonParse = median(() => JSON.parse(text));
const selected = model.users.slice(2, 1002).map((u) => u.name);
const group = model.groups[20]!.name;
console.log(`data: ${model.users.length} users, ${model.groups.length} groups; 1,000 selected\n`);
console.log("| what (16,000 users × 16,000 groups) | time | baseline | baseline time | ratio |\n|---|---|---|---|---|");
line("add 1,000 selected users to a group", median(() => applied(addMembersToGroups(doc, [group], selected.map((user) => ({ user }))))), "JSON.parse of the file", jsonParse);
line("set the startup method of 1,000 users", median(() => applied(setStartupMethods(doc, selected, "Start"))), "JSON.parse of the file", jsonParse);
line("delete 1,000 users", median(() => applied(deleteUsers(doc, selected))), "JSON.parse of the file", jsonParse);
// An import needs room: 15,000 users, and 1,000 more from the CSV.
const roomy = buildLargeDirectory({ users: 14_998 });
const roomyText = serializeDirectory(roomy);
const roomyParse = median(() => JSON.parse(roomyText));
const rows = Array.from({ length: 1000 }, (_, i) => ({ line: i + 2, user: `imported-${i}`, groups: [group] }));
line("plan an import of 1,000 rows (15,000 users)", median(() => planImport(roomy, rows, { createGroups: false })), "JSON.parse of that file", roomyParse);
line("apply an import of 1,000 rows (15,000 users)", median(() => applied(applyImport(roomy, rows, { createGroups: false }))), "JSON.parse of that file", roomyParse);

// export --csv --rows through the real command line, at 4k × 4k and 16k × 16k: it must grow with
// the memberships, not with users × groups (the matrix layout does).
const bin = join(process.cwd(), "bin", "4d-directory.js");
function exportTime(users: number, groups: number, layout: string[]): { ms: number; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), "4dde-export-"));
  mkdirSync(join(dir, "Settings"));
  const file = join(dir, "Settings", "directory.json");
  writeFileSync(file, serializeDirectory(buildLargeDirectory({ users, groups })));
  let bytes = 0;
  const ms = median(() => {
    const run = spawnSync(process.execPath, [bin, "export", file, "--csv", ...layout], { maxBuffer: 2 ** 31 - 1 });
    if (run.status !== 0) throw new Error(String(run.stderr));
    bytes = run.stdout.length;
  }, 3);
  return { ms, bytes };
}
const small = exportTime(3998, 4000, ["--rows"]);
const large = exportTime(15998, 16000, ["--rows"]);
const matrix = exportTime(3998, 4000, []);
line("export --csv --rows, 16k × 16k", large.ms, "the same at 4k × 4k", small.ms);
console.log(`\nexport --rows: 4k ${(small.bytes / 1e6).toFixed(1)} MB, 16k ${(large.bytes / 1e6).toFixed(1)} MB; matrix at 4k ${(matrix.bytes / 1e6).toFixed(1)} MB in ${matrix.ms.toFixed(0)} ms`);

if (process.env.BENCH_WRITE !== "0") {
  writeSection(
    "bulk",
    [
      "## Bulk edits, import and export",
      "",
      `Command: \`npm run bench:bulk\` (${machine()}; medians of 5 runs, export of 3).`,
      "",
      "| what (16,000 users × 16,000 groups) | time | baseline | baseline time | ratio |",
      "|---|---|---|---|---|",
      ...table,
      "",
      `export --rows output: ${(small.bytes / 1e6).toFixed(1)} MB at 4k × 4k, ${(large.bytes / 1e6).toFixed(1)} MB at 16k × 16k; the matrix layout is already ${(matrix.bytes / 1e6).toFixed(1)} MB at 4k × 4k (it grows with users × groups).`,
    ].join("\n"),
  );
}

// Speed and memory of the engine on 16,000 users and 16,000 groups, each figure next to a
// baseline measured in the same run on the same data (plain JSON.parse / JSON.stringify, one
// linear pass over the member lists), so the ratios hold from one machine to another.
// Run with `npm run bench`.
import { checkDirectory } from "../../shared/check";
import { lookalikeIndex } from "../../shared/audit";
import { addMember, removeMember, renameGroup, renameUser } from "../../shared/edits";
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { directoryIndex, effectiveGroups } from "../../shared/queries";
import { serializeDirectory } from "../../shared/serialize";
import { buildLargeDirectory } from "../helpers/large-directory";
import { machine, writeSection } from "./benchmarks-file";
import { applied, median } from "./measure";

const time = median;

/**
 * Times `run` and its baseline alternately (a warm-up, then `rounds` pairs): on a shared machine the
 * load moves between two separate series, less between the two halves of a pair. Medians, and
 * the median of the per-pair ratios.
 */
function paired(run: () => unknown, baseline: () => unknown, rounds = 7): { ms: number; base: number; ratio: number } {
  run();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let start = performance.now();
    run();
    a.push(performance.now() - start);
    start = performance.now();
    baseline();
    b.push(performance.now() - start);
    r.push(a[i]! / b[i]!);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { ms: mid(a), base: mid(b), ratio: mid(r) };
}

function heapAfter(make: () => unknown): number {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  global.gc?.();
  const used = process.memoryUsage().heapUsed - before;
  if (kept === undefined) throw new Error("nothing kept");
  return used;
}

const rows: [string, number, string, number][] = [];
function row(what: string, ms: number, baseline: string, baseMs: number) {
  rows.push([what, ms, baseline, baseMs]);
}

const doc = buildLargeDirectory();
const text = serializeDirectory(doc);
const model = modelOf(doc);
console.log(`data: ${model.users.length} users, ${model.groups.length} groups, ${(text.length / 1e6).toFixed(1)} MB of JSON\n`);

const jsonParse = time(() => JSON.parse(text));
row("parse (ordered, schema checked)", time(() => parseDirectory(text)), "JSON.parse", jsonParse);
const plain = JSON.parse(text);
row("serialize (4D layout)", time(() => serializeDirectory(doc)), "JSON.stringify(…, '\\t')", time(() => JSON.stringify(plain, null, "\t")));

// modelOf, directoryIndex and the look-alike grouping derive a draft's data from the last ones
// built when the two share parts (an edit). A figure "from scratch" first has them build another,
// tiny document's, so nothing is reused.
const tiny = buildLargeDirectory({ users: 3, groups: 3 });
const forget = () => {
  const other = { ...tiny, root: { entries: [...tiny.root.entries] } };
  directoryIndex(other);
  lookalikeIndex(other);
};

// The typed view is one linear pass over the document: the least any question must do.
const fresh = () => {
  forget();
  return { ...doc, root: { entries: [...doc.root.entries] } };
};
const linear = time(() => modelOf(fresh()));
row("index (graph + closures), fresh document", time(() => directoryIndex(fresh())), "typed view (one linear pass)", linear);
const indexed = fresh();
directoryIndex(indexed);
row("effective groups of all 16,000 users", time(() => model.users.forEach((u) => effectiveGroups(indexed, u.name)), 3), "typed view (one linear pass)", linear);
// What an edit in the app costs instead: the model and index of the next draft, from the last ones.
const someGroupName = model.groups[1000]!.name;
const someUserName = model.users[5000]!.name;
let draft = doc;
let on = false;
row(
  "model + index of the next draft after a tick",
  time(() => {
    on = !on;
    draft = applied(on ? addMember(draft, someGroupName, { user: someUserName }) : removeMember(draft, someGroupName, { user: someUserName })).doc;
    return directoryIndex(draft);
  }),
  "typed view (one linear pass)",
  linear,
);
row("check (every problem), fresh document", time(() => checkDirectory(fresh()), 3), "JSON.parse", jsonParse);
const someUser = model.users[500]!.name;
const someGroup = model.groups[300]!.name;
row("rename a user (cascade)", time(() => applied(renameUser(doc, someUser, `${someUser}-renamed`))), "JSON.parse", jsonParse);
row("rename a group (cascade)", time(() => applied(renameGroup(doc, someGroup, `${someGroup}-renamed`))), "JSON.parse", jsonParse);
// The deepest group into a top group: the cycle check walks everything below the new member.
const top = model.groups[0]!.name;
const deep = model.groups.find((g) => g.groups.length === 0 && g.name !== top && !g.users.length)?.name ?? model.groups[model.groups.length - 1]!.name;
row("add a member group (cycle check)", time(() => addMember(doc, deep, { group: top })), "JSON.parse", jsonParse);

const width = Math.max(...rows.map((r) => r[0].length));
const lines: string[] = [`| what | ms | baseline | ms | ratio |`, `|---|---:|---|---:|---:|`];
console.log(`${"what".padEnd(width)}  ${"ms".padStart(8)}  ${"baseline".padEnd(28)} ${"ms".padStart(8)}  ratio`);
for (const [what, ms, baseline, baseMs] of rows) {
  console.log(`${what.padEnd(width)}  ${ms.toFixed(1).padStart(8)}  ${baseline.padEnd(28)} ${baseMs.toFixed(1).padStart(8)}  ${(ms / baseMs).toFixed(2)}×`);
  lines.push(`| ${what} | ${ms.toFixed(1)} | ${baseline} | ${baseMs.toFixed(1)} | ${(ms / baseMs).toFixed(2)}× |`);
}

// Growth from 1,000 to 16,000 users and groups: the engine must stay linear (time ÷ size flat).
const growth: string[] = [
  `| size | JSON MB | parse + check ms | JSON.parse + JSON.stringify ms | ratio (median of pairs) | serialize ms | JSON.stringify ms | ratio (median of pairs) |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|`,
];
console.log(`\nsize     MB   parse+check  JSON.parse+stringify  ratio   serialize  JSON.stringify  ratio`);
const bySize: { size: number; mb: number; pc: number; ser: number }[] = [];
for (const size of [1000, 4000, 16000]) {
  const d = buildLargeDirectory({ users: size - 2, groups: size });
  const t = serializeDirectory(d);
  const p = JSON.parse(t);
  const check = paired(
    () => {
      forget();
      const parsed = parseDirectory(t);
      if (!parsed.ok) throw new Error("benchmark file does not parse");
      return checkDirectory({ ...parsed.value.doc, root: { entries: [...parsed.value.doc.root.entries] } });
    },
    () => JSON.stringify(JSON.parse(t), null, "\t"),
  );
  const write = paired(
    () => serializeDirectory({ ...d, root: { entries: [...d.root.entries] } }),
    () => JSON.stringify(p, null, "\t"),
  );
  const [pc, base, ser, str] = [check.ms, check.base, write.ms, write.base];
  const mb = t.length / 1e6;
  bySize.push({ size, mb, pc, ser });
  console.log(`${String(size).padEnd(6)} ${mb.toFixed(1).padStart(5)} ${pc.toFixed(1).padStart(12)} ${base.toFixed(1).padStart(21)} ${check.ratio.toFixed(2).padStart(6)}× ${ser.toFixed(1).padStart(10)} ${str.toFixed(1).padStart(15)} ${write.ratio.toFixed(2).padStart(6)}×`);
  growth.push(`| ${size}/${size} | ${mb.toFixed(1)} | ${pc.toFixed(1)} | ${base.toFixed(1)} | ${check.ratio.toFixed(2)}× | ${ser.toFixed(1)} | ${str.toFixed(1)} | ${write.ratio.toFixed(2)}× |`);
}
const [small, large] = [bySize[0]!, bySize[bySize.length - 1]!];
const growthLine = `1k → 16k: data ×${(large.mb / small.mb).toFixed(1)}, parse + check ×${(large.pc / small.pc).toFixed(1)}, serialize ×${(large.ser / small.ser).toFixed(1)} (linear growth would be the data's factor).`;
console.log(growthLine);

let memory = "";
if (global.gc) {
  const ordered = heapAfter(() => parseDirectory(text));
  const baseline = heapAfter(() => JSON.parse(text));
  memory = `memory: parsed document ${(ordered / 1e6).toFixed(1)} MB vs JSON.parse ${(baseline / 1e6).toFixed(1)} MB (${(ordered / baseline).toFixed(2)}×)`;
  console.log(`\n${memory}`);
}

writeSection(
  "engine",
  [
    "## Engine (`npm run bench`)",
    "",
    "Command: `npm run bench` — node, in process, on test/helpers/large-directory.ts; medians of 5 after a warm-up.",
    "",
    `Machine: ${machine()}.`,
    "",
    `Data: ${model.users.length} users, ${model.groups.length} groups, ${(text.length / 1e6).toFixed(1)} MB of JSON.`,
    "",
    lines.join("\n"),
    "",
    growth.join("\n"),
    "",
    growthLine,
    "",
    memory,
  ].join("\n"),
);

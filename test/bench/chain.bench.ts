// What selecting the user at the bottom of a 16,000-deep chain of groups costs the engine (the
// work the Users and Why pages do for that select), against JSON.parse of the same file measured
// in the same run: `node scripts/bench.mjs test/bench/chain.bench.ts`. RELIABILITY.md quotes it.
import { checkDirectory } from "../../shared/check";
import { parseDirectory } from "../../shared/parse";
import { effectiveGroups, shownRoute, userRights } from "../../shared/queries";
import { median } from "./measure";

const DEPTH = 16_000;
const groups: Record<string, object> = {};
for (let i = 0; i < DEPTH; i++) groups[`g${i}`] = i === DEPTH - 1 ? { users: ["bottom"] } : { groups: [`g${i + 1}`] };
const text = JSON.stringify({ users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" }, bottom: {} }, groups, remoteGranters: { web: "g0" }, settings: { designAccessGroup: "g0" } }, null, "\t");
const parsed = parseDirectory(text);
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.value.doc;

const baseline = median(() => JSON.parse(text));
// Fresh roots, so the per-document caches (recent-cache.ts) do not answer from a previous round.
const fresh = () => ({ ...doc, root: { entries: [...doc.root.entries] } });
const select = median(() => {
  const d = fresh();
  const shown = effectiveGroups(d, "bottom").slice(0, 300).map((m) => shownRoute(m));
  const rights = userRights(d, "bottom");
  return [shown, rights?.access.map((g) => g.via.kind === "group" && shownRoute(g.via))];
});
const check = median(() => checkDirectory(fresh()), 3);
const row = (what: string, ms: number) => console.log(`${what.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(2).padStart(6)}× JSON.parse (${baseline.toFixed(1)} ms)`);
console.log(`chain of ${DEPTH} groups, ${(text.length / 1e6).toFixed(2)} MB`);
row("select the bottom user (groups, 300 shown routes, rights)", select);
row("check (every problem)", check);

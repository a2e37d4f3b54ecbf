// Writes a valid directory.json whose groups nest in one chain, for the figures in RELIABILITY.md:
//   node scripts/chain-directory.mjs <groups> <out.json>
// g0 contains g1, which contains g2, … down to g<groups-1>, which lists the user "bottom";
// g0 holds the Web licence and Design access.
import { writeFileSync } from "node:fs";

const [count, out] = process.argv.slice(2);
const n = Number(count);
if (!Number.isInteger(n) || n < 1 || !out) {
  process.stderr.write("usage: node scripts/chain-directory.mjs <groups> <out.json>\n");
  process.exit(2);
}
const groups = {};
for (let i = 0; i < n; i++) groups[`g${i}`] = i === n - 1 ? { users: ["bottom"] } : { groups: [`g${i + 1}`] };
const doc = {
  users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" }, bottom: {} },
  groups,
  remoteGranters: { web: "g0" },
  settings: { designAccessGroup: "g0", remoteDefaultUser: "" },
};
writeFileSync(out, JSON.stringify(doc, null, "\t"));

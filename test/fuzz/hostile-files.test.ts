// Fuzzing with fast-check: mutated real files (test/fuzz/mutations.ts) through the reader, the
// checks, the queries, the edits, the writer and the command line. Nothing may throw, hang or
// answer an exit code other than 0, 1 or 2. `npm test` runs a short version (FUZZ_RUNS, 40 by
// default); `npm run test:fuzz` (vitest --mode fuzz) runs 10,000 cases, 1 in 50 of them also
// through the real 4d-directory process.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { main } from "../../electron/cli/index";
import type { Io } from "../../electron/cli/io";
import { auditStructure } from "../../shared/audit";
import { checkDirectory } from "../../shared/check";
import { addMember, addUser, deleteGroup, deleteUser, removeMember, renameGroup, renameUser } from "../../shared/edits";
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { accessHolders, effectiveGroups, effectiveMembers, groupHierarchy, licenceHolders, simulateGroups, userRights } from "../../shared/queries";
import { serializeDirectory } from "../../shared/serialize";
import { caseBytes, fuzzCase, type FuzzCase } from "./mutations";

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const PROCESS_EVERY = RUNS >= 1000 ? 50 : 0;
const BIN = resolve(__dirname, "../../bin/4d-directory.js");
/** A case slower than this counts as a hang (an endless loop would stop the run at the test timeout). */
const HANG_MS = 15_000;

/** Everything the engine answers about a document read from the case, as the app and CLI ask it. */
function engine(text: string): void {
  const parsed = parseDirectory(text);
  if (!parsed.ok) {
    for (const issue of parsed.error.issues) if (!(issue.line >= 1 && issue.column >= 1)) throw new Error(`issue without a place: ${issue.message}`);
    return;
  }
  const doc = parsed.value.doc;
  for (const problem of checkDirectory(doc)) parsed.value.locate(problem.where.path);
  auditStructure(doc);
  const model = modelOf(doc);
  const users = model.users.slice(0, 3).map((u) => u.name);
  const groups = model.groups.slice(0, 3).map((g) => g.name);
  for (const user of users) {
    effectiveGroups(doc, user).forEach((m) => m.path);
    userRights(doc, user);
  }
  for (const group of groups) {
    effectiveMembers(doc, group).forEach((m) => m.path);
    groupHierarchy(doc, group);
  }
  simulateGroups(doc, groups);
  licenceHolders(doc, "web");
  accessHolders(doc, "designAccessGroup");
  const edits = [
    addUser(doc, "Fuzz"),
    users[2] !== undefined ? renameUser(doc, users[2], `${users[2]} 2`) : undefined,
    users[2] !== undefined ? deleteUser(doc, users[2]) : undefined,
    groups[0] !== undefined && users[0] !== undefined ? addMember(doc, groups[0], { user: users[0] }) : undefined,
    groups[0] !== undefined && groups[1] !== undefined ? addMember(doc, groups[0], { group: groups[1] }) : undefined,
    groups[0] !== undefined && users[0] !== undefined ? removeMember(doc, groups[0], { user: users[0] }) : undefined,
    groups[0] !== undefined ? renameGroup(doc, groups[0], `${groups[0]} 2`) : undefined,
    groups[1] !== undefined ? deleteGroup(doc, groups[1], { force: true }) : undefined,
  ];
  for (const doc2 of [doc, ...edits.flatMap((e) => (e?.ok ? [e.value.doc] : []))]) {
    const written = serializeDirectory(doc2);
    const again = parseDirectory(written);
    if (!again.ok) throw new Error(`a written document does not read back: ${again.error.message}`);
    if (serializeDirectory(again.value.doc) !== written) throw new Error("writing a read-back document changes it");
  }
}

/** The command line in this process: exit code and what it wrote. */
async function command(argv: readonly string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const io: Io = { out: () => undefined, err: (line) => void (err += `${line}\n`), write: async () => undefined, readSecret: async () => "pw" };
  const code = await main(argv, io);
  return { code, err };
}

it(`${RUNS} mutated real files: no crash, no hang, exit codes 0/1/2 only`, { timeout: 120_000 + RUNS * 400 }, async () => {
  const tmp = mkdtempSync(join(tmpdir(), "4dde-fuzz-"));
  vi.stubEnv("FOURD_DIRECTORY_BACKUPS", join(tmp, "backups"));
  const codes = new Map<number, number>();
  const failures: string[] = [];
  let cases = 0;
  let processes = 0;
  let slowest = 0;
  const file = join(tmp, "Settings", "directory.json");
  mkdirSync(join(tmp, "Settings"));
  const describe = (c: FuzzCase) => JSON.stringify(c, (_k, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}…` : v));
  try {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (c) => {
        cases++;
        const started = Date.now();
        const bytes = caseBytes(c);
        try {
          engine(bytes.toString("utf8"));
        } catch (error) {
          failures.push(`engine threw (${error instanceof Error ? error.message : String(error)}) on ${describe(c)}`);
        }
        writeFileSync(file, bytes);
        const runs = [["check", file], ["effective", file, "Designer", "--json"], ["user", "add", file, "Fuzz"], ["audit", file]];
        for (const argv of runs) {
          const { code, err } = await command(argv);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (![0, 1, 2].includes(code) || /unexpected failure|\n\s+at /.test(err)) failures.push(`${argv[0]}: exit ${code}, ${err.slice(0, 300)} on ${describe(c)}`);
        }
        if (PROCESS_EVERY > 0 && cases % PROCESS_EVERY === 0) {
          processes++;
          writeFileSync(file, bytes);
          const run = spawnSync(process.execPath, [BIN, "check", file], { encoding: "utf8", timeout: HANG_MS, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FOURD_DIRECTORY_BACKUPS: join(tmp, "backups") } });
          if (run.error || ![0, 1, 2].includes(run.status ?? -1) || /unexpected failure|\n\s+at /.test(run.stderr)) {
            failures.push(`process: ${run.error ? String(run.error) : `exit ${run.status}`} ${run.stderr.slice(0, 300)} on ${describe(c)}`);
          }
        }
        const took = Date.now() - started;
        slowest = Math.max(slowest, took);
        if (took > HANG_MS) failures.push(`hang: ${took} ms on ${describe(c)}`);
      }),
      { numRuns: RUNS },
    );
  } finally {
    vi.unstubAllEnvs();
    rmSync(tmp, { recursive: true, force: true });
  }
  const exits = [...codes.entries()].sort().map(([code, n]) => `${code}: ${n}`).join(", ");
  console.log(`fuzz: ${cases} cases (${processes} also through the 4d-directory process), ${failures.length} crashes or hangs, exit codes {${exits}}, slowest case ${slowest} ms`);
  expect(failures.slice(0, 5)).toEqual([]);
});

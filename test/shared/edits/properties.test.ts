import fc from "fast-check";
import type { DirectoryDocument } from "../../../shared/document";
import { isJsonArray, isJsonObject, type Json } from "../../../shared/json";
import { EVERYBODY, LICENCES, NOBODY, SETTINGS, SQL_RIGHTS, settingInfo } from "../../../shared/keys";
import { modelOf } from "../../../shared/model";
import { parseDirectory } from "../../../shared/parse";
import { serializeDirectory } from "../../../shared/serialize";
import {
  addGroup,
  addMember,
  addUser,
  clearPassword,
  deleteGroup,
  deleteUser,
  duplicateGroup,
  duplicateUser,
  giveLicence,
  removeMember,
  renameGroup,
  renameUser,
  setPasswordValue,
  setSetting,
  setSqlRight,
  setStartupMethod,
  type EditResult,
} from "../../../shared/edits";
import { realFixtures } from "../../helpers/fixtures";

/** A name the edits are given: one of the document's (by index, resolved when run) or a new one. */
type Pick = { readonly existing: number } | { readonly fresh: string };

const freshName = fc.oneof(
  fc.constantFrom("2024", "10", "0", "Zoé", "Gérald", " lead", "Stock Room", "l'équipe", "Sales", "Admin", "jitCorp"),
  fc.constantFrom("Designer", "Administrator", "designer", "administrator", "__proto__", "constructor", "*", "", "  "),
  fc.stringMatching(/^[A-Za-z0-9éèàçÉ _']{1,10}$/),
);
const pick: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((existing) => ({ existing })) },
  { weight: 1, arbitrary: freshName.map((fresh) => ({ fresh })) },
);
const holderPick = fc.oneof(pick, fc.constantFrom<Pick>({ fresh: EVERYBODY }, { fresh: NOBODY }));

/** One random edit, shown in counterexamples as e.g. `renameUser(user #3, "2024")`. */
interface Step {
  readonly run: (doc: DirectoryDocument) => EditResult;
  readonly [fc.toStringMethod]: () => string;
}
const show = (p: Pick | string | boolean, of = "user"): string =>
  typeof p === "object" ? ("existing" in p ? `${of} #${p.existing}` : JSON.stringify(p.fresh)) : JSON.stringify(p);
const named = (label: string, run: Step["run"]): Step => ({ run, [fc.toStringMethod]: () => label });
const users = (doc: DirectoryDocument) => modelOf(doc).users.map((u) => u.name);
const groups = (doc: DirectoryDocument) => modelOf(doc).groups.map((g) => g.name);
const resolve = (p: Pick, names: readonly string[]): string =>
  "fresh" in p ? p.fresh : names.length > 0 ? (names[p.existing % names.length] as string) : "none";
const user = (p: Pick) => (doc: DirectoryDocument) => resolve(p, users(doc));
const group = (p: Pick) => (doc: DirectoryDocument) => resolve(p, groups(doc));

const step: fc.Arbitrary<Step> = fc.oneof(
  freshName.map((n) => named(`addUser(${show(n)})`, (d) => addUser(d, n))),
  fc.tuple(pick, freshName).map(([a, n]) => named(`duplicateUser(${show(a)}, ${show(n)})`, (d) => duplicateUser(d, user(a)(d), n))),
  fc.tuple(pick, pick).map(([a, b]) =>
    named(`renameUser(${show(a)}, ${show(b)}${"fresh" in b ? "" : ' + "x"'})`, (d) => renameUser(d, user(a)(d), "fresh" in b ? b.fresh : user(b)(d) + "x")),
  ),
  pick.map((a) => named(`deleteUser(${show(a)})`, (d) => deleteUser(d, user(a)(d)))),
  fc.tuple(pick, fc.nat(9)).map(([a, n]) => named(`setPasswordValue(${show(a)}, token ${n})`, (d) => setPasswordValue(d, user(a)(d), `‹new bcrypt ${n}›`))),
  pick.map((a) => named(`clearPassword(${show(a)})`, (d) => clearPassword(d, user(a)(d)))),
  fc.tuple(pick, fc.constantFrom("", "Init", "On_Startup")).map(([a, m]) =>
    named(`setStartupMethod(${show(a)}, ${show(m)})`, (d) => setStartupMethod(d, user(a)(d), m)),
  ),
  freshName.map((n) => named(`addGroup(${show(n)})`, (d) => addGroup(d, n))),
  freshName.map((n) => named(`addGroup(${show(n)})`, (d) => addGroup(d, n))),
  fc.tuple(pick, freshName).map(([a, n]) => named(`duplicateGroup(${show(a, "group")}, ${show(n)})`, (d) => duplicateGroup(d, group(a)(d), n))),
  fc.tuple(pick, freshName).map(([a, n]) => named(`renameGroup(${show(a, "group")}, ${show(n)})`, (d) => renameGroup(d, group(a)(d), n))),
  fc.tuple(pick, fc.boolean()).map(([a, force]) =>
    named(`deleteGroup(${show(a, "group")}, { force: ${force} })`, (d) => deleteGroup(d, group(a)(d), { force })),
  ),
  // Nesting is where cycles could appear: tried more often than the other edits.
  ...Array.from({ length: 4 }, () =>
    fc.tuple(pick, pick, fc.boolean()).map(([g, m, isUser]) =>
      named(`addMember(${show(g, "group")}, ${show(m, isUser ? "user" : "group")})`, (d) =>
        addMember(d, group(g)(d), isUser ? { user: user(m)(d) } : { group: group(m)(d) }),
      ),
    ),
  ),
  fc.tuple(pick, pick, fc.boolean()).map(([g, m, isUser]) =>
    named(`removeMember(${show(g, "group")}, ${show(m, isUser ? "user" : "group")})`, (d) =>
      removeMember(d, group(g)(d), isUser ? { user: user(m)(d) } : { group: group(m)(d) }),
    ),
  ),
  fc.tuple(fc.constantFrom(...LICENCES.map((l) => l.key), "myPlugin"), holderPick).map(([k, h]) =>
    named(`giveLicence(${show(k)}, ${show(h, "group")})`, (d) => giveLicence(d, k, group(h)(d))),
  ),
  fc.tuple(fc.constantFrom(...SETTINGS), holderPick, fc.boolean()).map(([s, v, capital]) => {
    const key = capital ? s.key.charAt(0).toUpperCase() + s.key.slice(1) : s.key;
    return named(`setSetting(${show(key)}, ${show(v, s.target)})`, (d) => setSetting(d, key, s.target === "user" ? user(v)(d) : group(v)(d)));
  }),
  fc.tuple(fc.constantFrom("DEFAULT_SCHEMA", "Other"), fc.constantFrom(...SQL_RIGHTS.map((r) => r.key)), holderPick).map(
    ([schema, right, v]) => named(`setSqlRight(${show(schema)}, ${show(right)}, ${show(v, "group")})`, (d) => setSqlRight(d, schema, right, group(v)(d))),
  ),
);

function deepFreeze(value: Json): void {
  if (isJsonArray(value)) {
    Object.freeze(value);
    value.forEach(deepFreeze);
  } else if (isJsonObject(value)) {
    Object.freeze(value);
    Object.freeze(value.entries);
    for (const entry of value.entries) {
      Object.freeze(entry);
      deepFreeze(entry[1]);
    }
  }
}

/** Every reference in the document that names no existing user or group, as `slot → value`. */
function dangling(doc: DirectoryDocument): Set<string> {
  const m = modelOf(doc);
  const isUser = (v: string) => m.userByName.has(v);
  const isGroup = (v: string) => v === EVERYBODY || v === NOBODY || m.groupByName.has(v);
  const out = new Set<string>();
  for (const g of m.groups) {
    for (const u of g.users) if (!isUser(u)) out.add(`member user → ${u}`);
    for (const c of g.groups) if (!m.groupByName.has(c)) out.add(`member group → ${c}`);
  }
  for (const s of m.settings) {
    const target = settingInfo(s.storedKey)?.target;
    if (target === "user" && s.value !== NOBODY && !isUser(s.value)) out.add(`setting ${s.storedKey} → ${s.value}`);
    if (target === "group" && !isGroup(s.value)) out.add(`setting ${s.storedKey} → ${s.value}`);
  }
  for (const l of m.licences) if (!isGroup(l.holder)) out.add(`licence ${l.key} → ${l.holder}`);
  for (const s of m.sqlSchemas) for (const r of s.rights) if (!isGroup(r.value)) out.add(`sql ${s.schema}.${r.key} → ${r.value}`);
  return out;
}

/** A group that contains itself through its `groups` lists, or undefined. */
function cycle(doc: DirectoryDocument): string | undefined {
  const byName = modelOf(doc).groupByName;
  const state = new Map<string, "open" | "done">();
  const visit = (name: string): boolean => {
    if (state.get(name) === "open") return true;
    if (state.get(name) === "done") return false;
    state.set(name, "open");
    const found = (byName.get(name)?.groups ?? []).some(visit);
    state.set(name, "done");
    return found;
  };
  return [...byName.keys()].find(visit);
}

function checkConsistent(doc: DirectoryDocument, initiallyDangling: Set<string>): void {
  const m = modelOf(doc);
  const keys = m.users.map((u) => u.key);
  expect(keys.slice(0, 2)).toEqual(["designer", "administrator"]);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(m.users.map((u) => u.name)).size).toBe(m.users.length);
  expect(new Set(m.groups.map((g) => g.name)).size).toBe(m.groups.length);
  expect(cycle(doc)).toBeUndefined();
  for (const ref of dangling(doc)) expect(initiallyDangling).toContain(ref);
  const reread = parseDirectory(serializeDirectory(doc));
  expect(reread.ok).toBe(true);
}

describe.each(realFixtures().map((f) => [f.name, f.text] as const))("random edits on %s", (_name, text) => {
  it("keep the document consistent, and refusals leave it untouched", () => {
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const start = parsed.value.doc;
    deepFreeze(start.root);
    const initiallyDangling = dangling(start);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        let doc = start;
        for (const next of steps) {
          const before = serializeDirectory(doc);
          const result = next.run(doc);
          if (!result.ok) {
            expect(result.error.code).toMatch(/^[a-z-]+\.[a-z-]+$/);
            expect(result.error.message).toMatch(/[.)]$/);
            expect(serializeDirectory(doc)).toBe(before);
            continue;
          }
          const { change } = result.value;
          expect(change.code).toMatch(/^[a-z-]+\.[a-z-]+$/);
          expect(change.message).not.toMatch(/‹/);
          expect(result.value.doc.layout).toBe(start.layout);
          expect(serializeDirectory(doc)).toBe(before);
          doc = result.value.doc;
          deepFreeze(doc.root);
          checkConsistent(doc, initiallyDangling);
        }
      }),
      { numRuns: 100 },
    );
  });
});

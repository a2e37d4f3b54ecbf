import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TFunction } from "i18next";
import { undoneChange } from "../../renderer/state/document-slice";
import { checkDirectory } from "../../shared/check";
import { takeDifferences } from "../../shared/compare";
import type { DirectoryDocument } from "../../shared/document";
import {
  addGroup,
  addMember,
  addUser,
  clearPassword,
  deleteGroup,
  deleteUser,
  duplicateGroup,
  duplicateUser,
  emptyGroup,
  giveLicence,
  groupReferences,
  userReferences,
  removeMember,
  renameGroup,
  renameUser,
  setPasswordValue,
  setSetting,
  setSqlRight,
  setStartupMethod,
  addMembersToGroups,
  removeMembersFromGroups,
  setStartupMethods,
  clearPasswords,
  setPasswords,
  deleteUsers,
  applyImport,
  importLayout,
  planImport,
  type Edit,
} from "../../shared/edits";
import { setKey } from "../../shared/json";
import { parseDirectory } from "../../shared/parse";
import { ok, type Failure, type Result } from "../../shared/result";
import { createI18n } from "../../renderer/i18n";
import { engineParams, engineText, failureText, referenceText, type EngineMessage, type EngineSection } from "../../renderer/shell/engine-text";
import { buildLargeDirectory } from "../helpers/large-directory";
import { fixtureSnapshot } from "../helpers/fake-api";

const miyako = fixtureSnapshot("miyako").document;
const big = buildLargeDirectory({ users: 16000, groups: 16001 });
const TOKEN = "‹new legacy t1›";

function parse(value: unknown): DirectoryDocument {
  const parsed = parseDirectory(JSON.stringify(value, null, "\t"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.doc;
}

function then(result: Result<Edit>, next: (doc: DirectoryDocument) => Result<Edit>): Result<Edit> {
  if (!result.ok) throw new Error(result.error.message);
  return next(result.value.doc);
}

// Carrying differences across from another copy: every change of shared/compare/take.ts.
function takenSamples(): Result<Edit>[] {
  const builtins = { designer: { alias: "Designer" }, administrator: { alias: "Administrator" } };
  const a = parse({
    users: { ...builtins, Ann: {}, Bob: {} },
    groups: { G: {}, H: {} },
    sqlSchemaGranters: { S: { readOnlyAccessGroup: "*" } },
    remoteGranters: { web: "G" },
    settings: { designAccessGroup: "*" },
  });
  const b = parse({ users: { ...builtins, Bob: {}, Ann: {}, Cy: {} }, groups: { H: {}, G: {}, K: { users: ["Cy"] } }, sqlSchemaGranters: { S: {} } });
  const taken = takeDifferences(a, b);
  if (!taken.ok) throw new Error(taken.error.message);
  return taken.value.edits.map((e) => ok(e));
}

const edits: Result<Edit>[] = [
  ...takenSamples(),
  // changes
  addUser(miyako, "Ada"),
  duplicateUser(miyako, "Louis", "Louis 2"),
  duplicateUser(miyako, "roland", "roland 2"),
  renameUser(miyako, "Louis", "Lou"),
  deleteUser(miyako, "Louis"),
  setStartupMethod(miyako, "Louis", "Start"),
  then(setStartupMethod(miyako, "Louis", "Start"), (doc) => setStartupMethod(doc, "Louis", "")),
  then(addUser(miyako, "Ada"), (doc) => setPasswordValue(doc, "Ada", TOKEN)),
  then(clearPassword(miyako, "Designer"), (doc) => setPasswordValue(doc, "Designer", TOKEN)),
  setPasswordValue(miyako, "Louis", TOKEN),
  clearPassword(miyako, "Louis"),
  clearPassword(miyako, "Designer"),
  addGroup(miyako, "Ops"),
  duplicateGroup(miyako, "Secret", "Secret 2"),
  renameGroup(miyako, "Engineers", "Builders"),
  deleteGroup(miyako, "Engineers", { force: true }),
  emptyGroup(miyako, "Secret"),
  emptyGroup(miyako, "Staff"),
  addMember(miyako, "Staff", { user: "Louis" }),
  addMember(miyako, "Staff", { group: "Secret" }),
  removeMember(miyako, "Engineers", { user: "Louis" }),
  removeMember(miyako, "Secret", { group: "Engineers" }),
  giveLicence(miyako, "write", "*"),
  setSetting(miyako, "designAccessGroup", "Staff"),
  setSetting(miyako, "remoteDefaultUser", "Louis"),
  setSqlRight(miyako, "DEFAULT_SCHEMA", "allAccessGroup", "Secret"),
  addMembersToGroups(miyako, ["Staff"], [{ user: "Louis" }, { user: "roland" }]),
  addMembersToGroups(miyako, ["Staff", "Secret"], [{ group: "Engineers" }, { user: "Louis" }]),
  then(addMembersToGroups(miyako, ["Staff"], [{ user: "Louis" }]), (doc) => removeMembersFromGroups(doc, ["Staff"], [{ user: "Louis" }])),
  setStartupMethods(miyako, ["Louis", "roland"], "Start"),
  then(setStartupMethods(miyako, ["Louis"], "Start"), (doc) => setStartupMethods(doc, ["Louis"], "")),
  clearPasswords(miyako, ["Louis", "roland"]),
  clearPasswords(miyako, ["Designer", "Louis"]),
  setPasswords(miyako, ["Louis", "roland"], TOKEN),
  then(clearPasswords(miyako, ["Designer"]), (doc) => setPasswords(doc, ["Designer", "Louis"], TOKEN)),
  deleteUsers(miyako, ["Louis", "roland"]),
  applyImport(miyako, [{ line: 2, user: "Ada", groups: ["Staff"] }], { createGroups: false }),
  // refusals
  addMembersToGroups(miyako, [], []),
  applyImport(miyako, [{ line: 2, user: "Ada", groups: ["Nowhere"] }], { createGroups: false }),
  renameUser(miyako, "Louis", "Louis"),
  deleteUser(miyako, "Nobody"),
  addUser(miyako, ""),
  addUser(miyako, "  "),
  addUser(miyako, "*"),
  addUser(miyako, "Louis"),
  addUser(miyako, "designer"),
  addUser(big, "One too many"),
  deleteUser(miyako, "Designer"),
  deleteUser(miyako, "Administrator"),
  deleteGroup(miyako, "Nope"),
  addGroup(miyako, ""),
  addGroup(miyako, "  "),
  addGroup(miyako, "*"),
  addGroup(miyako, "Staff"),
  addUser(miyako, "louis "),
  addUser(miyako, "x".repeat(256)),
  addGroup(miyako, "engineers"),
  addGroup(miyako, "g".repeat(256)),
  addGroup(big, "One too many"),
  deleteGroup(miyako, "Engineers"),
  then(emptyGroup(miyako, "Staff"), (doc) => emptyGroup(doc, "Staff")),
  addMember(miyako, "Engineers", { user: "Louis" }),
  addMember(miyako, "Staff", { group: "Staff" }),
  addMember(miyako, "Engineers", { group: "Secret" }),
  removeMember(miyako, "Staff", { user: "Louis" }),
  giveLicence(miyako, "nope", "*"),
  giveLicence(miyako, "write", "Nope"),
  setSetting(miyako, "nope", "*"),
  setSetting(miyako, "designAccessGroup", "Nope"),
  setSetting(miyako, "remoteDefaultUser", "Nope"),
  setSqlRight(miyako, "DEFAULT_SCHEMA", "nope", "*"),
  setSqlRight(miyako, "OTHER", "readOnlyAccessGroup", "*"),
  setSqlRight({ ...miyako, root: setKey(miyako.root, "sqlSchemaGranters", { entries: [["BAD", "x"]] }) }, "BAD", "readOnlyAccessGroup", "*"),
  setSqlRight(miyako, "DEFAULT_SCHEMA", "readOnlyAccessGroup", "Nope"),
];

const troubled = parse({
  users: { designer: { alias: "*" }, administrator: { alias: "Bob" }, Bob: { password: "weird" }, Ann: { password: `$2y$10$${"a".repeat(53)}` }, "": {} },
  groups: { A: { users: ["Ghost", "Bob", "Bob"], groups: ["B", "Nope", "B"] }, B: { groups: ["A"] }, AVeryLongGroupName: {}, "": {}, "*": {} },
  sqlSchemaGranters: { DEFAULT_SCHEMA: { readOnlyAccessGroup: "Nope" } },
  remoteGranters: { write: "Nope" },
  settings: { remoteDefaultUser: "Ghost" },
});
const problems = [...checkDirectory(troubled), ...checkDirectory(parse({ users: { designer: {} } })), ...checkDirectory(big)];

const messages: [EngineSection, EngineMessage][] = [
  ...edits.map((r): [EngineSection, EngineMessage] => (r.ok ? ["change", r.value.change] : ["refusal", r.error])),
  ...problems.map((p): [EngineSection, EngineMessage] => ["problem", p]),
  // An import's preview shows each refused row, and a header that is not an import's.
  ...planImport(miyako, [{ line: 2, user: "Ada", groups: ["Nowhere"] }], { createGroups: false }).refused.map((r): [EngineSection, EngineMessage] => ["refusal", r]),
  // The renderer's own changes: a backup restored (state/app-slice.ts restoreBackup), a saved
  // step taken back by Undo (state/document-slice.ts undoneChange).
  ["change", { code: "backup.restored", message: "restored the version saved before 14 March 2026", params: { date: "14 March 2026" } }],
  ...edits.flatMap((r): [EngineSection, EngineMessage][] => (r.ok ? [["change", undoneChange(r.value.change)]] : [])).slice(0, 1),
  ...[["user", "email"], ["password"], ["user", "user"]].map((header): [EngineSection, EngineMessage] => {
    const layout = importLayout(header);
    if (layout.ok) throw new Error(`${header.join()} was accepted`);
    return ["refusal", layout.error];
  }),
];

const engineCatalog = (lang: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../../renderer/i18n/${lang}/engine.json`), "utf8")) as Record<string, string>;
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] as string);
/** The entries of a code: `refusal.member.cycle` and its context and plural variants. */
const entriesOf = (catalog: Record<string, string>, key: string) => Object.entries(catalog).filter(([k]) => k === key || k.startsWith(`${key}_`));

describe("engine messages in the interface language", () => {
  it("the samples cover every change, refusal and problem the catalogs know", () => {
    const seen = new Set(messages.map(([section, m]) => `${section}.${m.code}`));
    const known = Object.keys(engineCatalog("en"))
      .filter((k) => /^(change|refusal|problem)\./.test(k))
      .map((k) => k.replace(/_.*$/, ""));
    expect([...new Set(known)].filter((k) => !seen.has(k))).toEqual([]);
  });

  for (const lang of ["en", "fr"] as const) {
    it(`${lang}: every sentence gets every variable it interpolates`, () => {
      const t = createI18n(lang).t as TFunction;
      const catalog = engineCatalog(lang);
      const missing: string[] = [];
      for (const [section, message] of messages) {
        const params = engineParams(t, message);
        const entries = entriesOf(catalog, `${section}.${message.code}`);
        if (entries.length === 0) missing.push(`${section}.${message.code}: no entry`);
        for (const [key, text] of entries) {
          for (const v of variables(text)) if (!(v in params)) missing.push(`${key}: {{${v}}}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it(`${lang}: no sentence falls back to the engine's English or leaves a placeholder`, () => {
      const i18n = createI18n(lang);
      for (const [section, message] of messages) {
        const text = engineText(i18n.t as TFunction, section, message);
        expect(text).not.toMatch(/\{\{|\$t\(/);
        expect(i18n.exists(`engine:${section}.${message.code}`) || i18n.exists(`engine:${section}.${message.code}_other`)).toBe(true);
      }
    });
  }

  const en = createI18n("en").t as TFunction;
  const fr = createI18n("fr").t as TFunction;
  const change = (r: Result<Edit>) => (r.ok ? r.value.change : (undefined as never));
  const refusal = (r: Result<Edit>): Failure => (r.ok ? (undefined as never) : r.error);

  it("says counts in words, in the right number", () => {
    expect(engineText(en, "change", change(renameUser(miyako, "Louis", "Lou")))).toBe("renamed user Louis → Lou (1 reference updated)");
    expect(engineText(fr, "change", change(renameUser(miyako, "Designer", "Chef")))).toBe("utilisateur Designer renommé Chef (4 références mises à jour)");
    expect(engineText(en, "change", change(duplicateUser(miyako, "roland", "roland 2")))).toBe(
      "duplicated user roland as roland 2 (in no group; password not copied)",
    );
  });

  it("says everybody and nobody rather than * and an empty string", () => {
    expect(engineText(en, "change", change(giveLicence(miyako, "write", "*")))).toBe("gave 4D Write to Everybody (was Nobody)");
    expect(engineText(fr, "change", change(setSetting(miyako, "remoteDefaultUser", "Louis")))).toBe("Utilisateur par défaut : Louis (avant : Aucun utilisateur)");
  });

  it("uses the kind of member or user as context", () => {
    expect(engineText(fr, "change", change(addMember(miyako, "Staff", { group: "Secret" })))).toBe("ajout du groupe Secret au groupe Staff");
    expect(engineText(en, "refusal", refusal(deleteUser(miyako, "Designer")))).toMatch(/^Designer is the Designer, who cannot be deleted/);
    expect(engineText(fr, "change", change(clearPassword(miyako, "Designer")))).toMatch(/contrôle d'accès de 4D est maintenant inactif/);
  });

  it("names the cycle a refused nesting would make", () => {
    expect(engineText(fr, "refusal", refusal(addMember(miyako, "Engineers", { group: "Secret" })))).toBe(
      "Secret contient déjà Engineers, donc Engineers ne peut pas contenir Secret (Secret → Engineers → Secret).",
    );
  });

  it("says where a dangling reference is", () => {
    const sql = problems.find((p) => p.code === "dangling-reference" && String(p.params.right).startsWith("sqlSchemaGranters"))!;
    expect(engineText(fr, "problem", sql)).toBe(
      "Droit SQL « Lecture seule » du schéma DEFAULT_SCHEMA désigne le groupe « Nope », qui n'existe pas : choisissez un autre groupe ou créez-le.",
    );
    const setting = problems.find((p) => p.code === "dangling-reference" && p.params.right === "remoteDefaultUser")!;
    expect(engineText(en, "problem", setting)).toMatch(/^Access setting “Default user” names user "Ghost", who does not exist/);
  });

  it("says emptying a group in the change log, counts in the right number", () => {
    expect(engineText(en, "change", change(emptyGroup(miyako, "Secret")))).toBe("emptied group Secret (2 member users removed, 1 member group removed)");
    expect(engineText(fr, "change", change(emptyGroup(miyako, "Secret")))).toBe(
      "vidage du groupe Secret (2 utilisateurs membres retirés, 1 groupe membre retiré)",
    );
    expect(engineText(fr, "change", change(emptyGroup(miyako, "Staff")))).toBe("vidage du groupe Staff (2 utilisateurs membres retirés, aucun groupe membre retiré)");
  });

  it("says every kind of reference, as it is and as deleting what it names leaves it, in both languages", () => {
    let doc = miyako;
    for (const step of [
      (d: DirectoryDocument) => giveLicence(d, "write", "Staff"),
      (d: DirectoryDocument) => setSetting(d, "designAccessGroup", "Staff"),
      (d: DirectoryDocument) => setSqlRight(d, "DEFAULT_SCHEMA", "readOnlyAccessGroup", "Staff"),
      (d: DirectoryDocument) => addMember(d, "Secret", { group: "Staff" }),
      (d: DirectoryDocument) => setSetting(d, "remoteDefaultUser", "Louis"),
    ]) {
      const r = step(doc);
      if (!r.ok) throw new Error(r.error.message);
      doc = r.value.doc;
    }
    const refs = groupReferences(doc, "Staff");
    expect(refs.map((r) => referenceText(en, r))).toEqual([
      "Member of group Secret",
      "Licence 4D Write",
      "Access setting “Design and Runtime Explorer access”",
      "SQL right “Read only” of schema DEFAULT_SCHEMA",
    ]);
    expect(refs.map((r) => referenceText(fr, r, true))).toEqual([
      "Membre du groupe Secret (retiré de sa liste)",
      "Licence 4D Write (attribuée à personne)",
      "Paramètre d'accès « Accès à l'environnement de Développement et à l'Explorateur d'exécution » (devient personne)",
      "Droit SQL « Lecture seule » du schéma DEFAULT_SCHEMA (devient personne)",
    ]);
    expect(userReferences(doc, "Louis").map((r) => referenceText(en, r, true))).toEqual([
      "Member of group Engineers (removed from its list)",
      "Access setting “Default user” (becomes no user)",
    ]);
  });

  it("translates main's failures, and keeps the English sentence of an unknown code", () => {
    const denied = { code: "permission-denied", message: "Could not save.", params: { path: "/p/directory.json", errno: "EACCES" } };
    expect(failureText(fr, denied)).toMatch(/^« \/p\/directory.json » ne peut être ni lu ni écrit/);
    expect(failureText(fr, { code: "never-heard-of", message: "Something odd happened." })).toBe("Something odd happened.");
    expect(failureText(en, refusal(addUser(miyako, "Louis")))).toBe("There is already a user named Louis; user names must be unique.");
  });
});

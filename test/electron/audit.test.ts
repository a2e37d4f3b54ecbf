import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../shared/audit";
import { auditDirectory, commonPasswords, gitWorkingTree, nameGuesses } from "../../electron/services/audit";
import { hashPassword, legacyHash } from "../../electron/services/passwords";
import { documentOf, fixtureDocument } from "../helpers/documents";

const on = { designer: { password: legacyHash("D3sign!er#77"), alias: "Designer" }, administrator: { password: legacyHash("Adm1n^Strong"), alias: "Administrator" } };
const usersOf = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.users);

describe("auditDirectory — guessing passwords against the hashes", () => {
  it("the common list comes from a maintained package, with well over 1,000 entries", () => {
    expect(commonPasswords().length).toBeGreaterThan(1000);
    expect(commonPasswords().slice(0, 3)).toEqual(["123456", "password", "12345678"]);
  });

  it("name guesses: as shown, lower case, upper case, without spaces", () => {
    expect(nameGuesses("Paige Parker")).toEqual(["Paige Parker", "paige parker", "PAIGE PARKER", "PaigeParker", "paigeparker"]);
  });

  it("finds passwords equal to the name, common ones and shared ones among legacy hashes", async () => {
    const doc = documentOf({
      users: {
        ...on,
        SJohnson: { password: legacyHash("sjohnson") },
        "Paige Parker": { password: legacyHash("paige parker") },
        Email: { password: legacyHash("Email") },
        ann: { password: legacyHash("123456") },
        bob: { password: legacyHash("qwerty") },
        carl: { password: legacyHash("Tr0ub4dor&3x!") },
        dora: { password: legacyHash("Tr0ub4dor&3x!") },
        eve: { password: legacyHash("") },
        fay: {},
      },
    });
    const { findings, bcryptNotTried } = await auditDirectory(doc);
    expect(usersOf(findings, "password-is-name")).toEqual([["SJohnson", "Paige Parker", "Email"]]);
    expect(usersOf(findings, "common-password")).toEqual([["ann", "bob"]]);
    expect(usersOf(findings, "shared-password")).toEqual([["carl", "dora"]]);
    expect(usersOf(findings, "no-password")).toEqual([["fay"], ["eve"]]);
    expect(bcryptNotTried).toBe(0);
    expect(findings.map((f) => f.severity)).toEqual([...findings.map((f) => f.severity)].sort((a, b) => ["high", "medium", "low"].indexOf(a) - ["high", "medium", "low"].indexOf(b)));
  });

  it("never puts a password or a hash in a message", async () => {
    const doc = documentOf({ users: { ...on, ann: { password: legacyHash("letmein") }, bob: { password: legacyHash("bob") } } });
    const text = JSON.stringify(await auditDirectory(doc));
    expect(text).not.toContain("letmein");
    expect(text).not.toContain(legacyHash("letmein"));
    expect(text).not.toContain(on.designer.password);
  });

  it("the HDI_Passwords file: one-character passwords are found, the Designer's included", async () => {
    const { findings } = await auditDirectory(fixtureDocument("HDI_Passwords"));
    expect(usersOf(findings, "common-password")[0]).toEqual(expect.arrayContaining(["Designer", "Administrator", "Louis", "Zoé"]));
  });

  it("WebClerk19: the Administrator without a password, Email whose password is Email", async () => {
    const { findings } = await auditDirectory(fixtureDocument("WebClerk19"));
    expect(usersOf(findings, "admin-no-password")).toEqual([["Admin"]]);
    expect(usersOf(findings, "password-is-name")).toEqual([["Email"]]);
  });

  it("bcrypt hashes are tried only on a deep audit, with progress, and a cancel stops it", async () => {
    const doc = documentOf({ users: { ...on, al: { password: await hashPassword("al", "bcrypt") }, bo: { password: await hashPassword("Str0ng-and-long", "bcrypt") } } });
    const quick = await auditDirectory(doc);
    expect(quick).toMatchObject({ bcryptTried: 0, bcryptNotTried: 2 });
    expect(usersOf(quick.findings, "password-is-name")).toEqual([]);

    const progress: number[] = [];
    // The name, then the two most common passwords: enough to show the guesses reach bcrypt.
    const deep = await auditDirectory(doc, { deep: true, commonTries: 2, onProgress: (done) => progress.push(done) });
    expect(deep).toMatchObject({ bcryptTried: 2, bcryptNotTried: 0, cancelled: false });
    expect(usersOf(deep.findings, "password-is-name")).toEqual([["al"]]);
    expect(progress).toEqual([0, 1, 2]);

    const controller = new AbortController();
    const cancelled = await auditDirectory(doc, { deep: true, commonTries: 2, signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() });
    expect(cancelled).toMatchObject({ bcryptTried: 1, bcryptNotTried: 1, cancelled: true });
  }, 60000);

  it("committed-hashes: a file with hashes inside a git working tree", async () => {
    const root = mkdtempSync(join(tmpdir(), "4dde-audit-"));
    const file = join(root, "Settings", "directory.json");
    mkdirSync(join(root, "Settings"), { recursive: true });
    expect(gitWorkingTree(file)).toBeUndefined();
    const doc = documentOf({ users: on });
    expect((await auditDirectory(doc, { file })).findings.map((f) => f.code)).not.toContain("committed-hashes");
    mkdirSync(join(root, ".git"));
    expect(gitWorkingTree(file)).toBe(root);
    const [f] = (await auditDirectory(doc, { file })).findings.filter((x) => x.code === "committed-hashes");
    expect(f).toMatchObject({ severity: "low", params: { count: 2 } });
    const none = documentOf({ users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" } } });
    expect((await auditDirectory(none, { file })).findings.map((x) => x.code)).not.toContain("committed-hashes");
  });
});

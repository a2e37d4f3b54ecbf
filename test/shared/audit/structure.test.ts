import type { DirectoryDocument } from "../../../shared/document";
import { auditStructure, lookalikeOf, lookalikeSets, type Finding } from "../../../shared/audit";
import { renameGroup } from "../../../shared/edits";
import { hasEdgeSpaces, lookalikeKey, visibleName } from "../../../shared/name-shape";
import { applied, BUILTINS, documentOf } from "../../helpers/documents";

const LEGACY = "Kjg/94PRrUDafImXUuZYuw=="; // "1"
const BCRYPT = "$2y$10$abcdefghijklmnopqrstuu0123456789ABCDEFGHIJKLMNOPQRSTU";

const on = { designer: { password: LEGACY, alias: "Designer" }, administrator: { password: LEGACY, alias: "Administrator" } };
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const byCode = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code);

describe("auditStructure — findings that need no hash", () => {
  it("admin-no-password: the Administrator has none while the Designer has one (high)", () => {
    const found = auditStructure(documentOf({ users: { designer: on.designer, administrator: { alias: "Admin" } } }));
    const [f] = byCode(found, "admin-no-password");
    expect(f).toMatchObject({ severity: "high", users: ["Admin"] });
    expect(f?.message).toMatch(/give the Administrator a password/);
  });

  it("says nothing about missing passwords while access control is off (no Designer password)", () => {
    const found = auditStructure(documentOf({ users: { ...BUILTINS, bob: {} }, settings: { designAccessGroup: "*", remoteDefaultUser: "bob" } }));
    expect(codes(found)).toEqual([]);
  });

  it("no-password lists exactly the users without one, not the built-in users", () => {
    const found = auditStructure(documentOf({ users: { ...on, ann: { password: LEGACY }, bob: {}, "Paige Parker": {} } }));
    expect(byCode(found, "no-password")).toEqual([expect.objectContaining({ severity: "medium", users: ["bob", "Paige Parker"] })]);
  });

  it("default-user-open: high, and says so when that user reaches Design access", () => {
    const plain = { users: { ...on, guest: {} }, groups: { Dev: { users: ["guest"] } }, settings: { designAccessGroup: "Dev", remoteDefaultUser: "guest" } };
    const [f] = byCode(auditStructure(documentOf(plain)), "default-user-open");
    expect(f).toMatchObject({ severity: "high", users: ["guest"], params: { design: 1 } });
    expect(f?.message).toMatch(/may enter Design mode/);
    const other = { ...plain, settings: { designAccessGroup: "Nobody", remoteDefaultUser: "guest" } };
    expect(byCode(auditStructure(documentOf(other)), "default-user-open")[0]?.params).toEqual({ design: 0 });
  });

  it("everybody-design: Design access '*' (or missing, 4D's default) while access control is on", () => {
    expect(codes(auditStructure(documentOf({ users: on, settings: { designAccessGroup: "*" } })))).toContain("everybody-design");
    expect(codes(auditStructure(documentOf({ users: on })))).toContain("everybody-design");
    expect(codes(auditStructure(documentOf({ users: on, groups: { Dev: {} }, settings: { designAccessGroup: "Dev" } })))).not.toContain("everybody-design");
  });

  it("legacy-hash lists the users with the unsalted form, bcrypt ones aside (low)", () => {
    const found = auditStructure(documentOf({ users: { ...on, ann: { password: BCRYPT }, bob: { password: LEGACY } } }));
    expect(byCode(found, "legacy-hash")).toEqual([expect.objectContaining({ severity: "low", users: ["Designer", "Administrator", "bob"] })]);
  });

  it("lookalike-names: one finding per set, among users and among groups apart", () => {
    const plain = {
      users: { ...on, test: { password: LEGACY }, " test": { password: LEGACY }, "Te\u200Bst": { password: LEGACY }, "Caf\u00e9": {}, "Cafe\u0301": {}, Sales: {} },
      groups: { Sales: {}, "sales  team": {}, "Sales team": {} },
    };
    const found = byCode(auditStructure(documentOf(plain)), "lookalike-names");
    expect(found.map((f) => f.users ?? f.groups)).toEqual([
      ["test", " test", "Te\u200Bst"],
      ["Caf\u00e9", "Cafe\u0301"],
      ["sales  team", "Sales team"],
    ]);
    expect(found.every((f) => f.severity === "medium")).toBe(true);
  });

  it("edge-spaces names users and groups that start or end with a space (low)", () => {
    const found = auditStructure(documentOf({ users: { ...on, " test": {}, "ok name": {} }, groups: { "Team ": {} } }));
    expect(byCode(found, "edge-spaces")).toEqual([expect.objectContaining({ severity: "low", users: [" test"], groups: ["Team "] })]);
  });

  it("is the same on a redacted document (tokens keep the password kind)", () => {
    const redacted = { designer: { password: "‹hash legacy a1›", alias: "Designer" }, administrator: { alias: "Administrator" } };
    expect(codes(auditStructure(documentOf({ users: redacted })))).toEqual(["admin-no-password", "everybody-design", "legacy-hash"]);
  });
});

describe("look-alike names", () => {
  it("fold case, edge and repeated spaces, NFC/NFD and invisible characters to one key", () => {
    const key = lookalikeKey("test");
    for (const name of ["Test", " test", "test ", "TEST", "te\u200Bst", "\u00A0test", "t\u00ADest", "\uFEFFtest"]) expect(lookalikeKey(name)).toBe(key);
    expect(lookalikeKey("Caf\u00e9")).toBe(lookalikeKey("Cafe\u0301"));
    expect(lookalikeKey("a  b")).toBe(lookalikeKey("a b"));
    expect(lookalikeKey("tests")).not.toBe(key);
  });

  it("lookalikeOf names the existing one, never the name itself or the one being renamed", () => {
    const doc = documentOf({ users: { ...BUILTINS, " test": {} }, groups: { Sales: {} } });
    expect(lookalikeOf(doc, "user", "test")).toBe(" test");
    expect(lookalikeOf(doc, "user", "Test", " test")).toBeUndefined();
    expect(lookalikeOf(doc, "group", "SALES")).toBe("Sales");
    expect(lookalikeOf(doc, "group", "test")).toBeUndefined();
    expect(lookalikeOf(doc, "user", "designer")).toBe("Designer");
  });

  it("after a rename, the look-alikes are those of the renamed document grouped from scratch", () => {
    const before = documentOf({ users: { ...BUILTINS }, groups: { Sales: {}, SALES: {}, Lone: {}, Other: {}, "sales ": {} } });
    // From scratch: another document's grouping first, then a copy of the root, so nothing is derived.
    const scratch = (doc: DirectoryDocument) => {
      lookalikeSets(documentOf({ groups: { x: {} } }), "group");
      return lookalikeSets({ ...doc, root: { entries: [...doc.root.entries] } }, "group");
    };
    expect(lookalikeSets(before, "group")).toEqual([["Sales", "SALES", "sales "]]);
    // (A rename to a name that looks like another group's is refused.)
    const steps: [from: string, to: string, stillLikeFrom: string | undefined][] = [
      ["Lone", "Solo", undefined], // looks like nothing, before and after
      ["SALES", "Alone", "Sales"], // leaves a set
      ["Other", "OTHER", "OTHER"], // the same key
      ["Alone", "Lone", undefined], // back to the first name
      ["Sales", "Ventes", "sales "], // leaves a set of two
    ];
    let doc = before;
    for (const [from, to, stillLikeFrom] of steps) {
      lookalikeSets(doc, "group");
      doc = applied(renameGroup(doc, from, to)).doc;
      expect(lookalikeSets(doc, "group")).toEqual(scratch(doc));
      expect(lookalikeOf(doc, "group", ` ${from}`)).toBe(stillLikeFrom);
      expect(lookalikeOf(doc, "group", ` ${to.toLowerCase()}`)).toBe(to);
    }
    expect(lookalikeSets(doc, "group")).toEqual([]);
    // A document (not a rename edit) where one group now bears a look-alike of another's name.
    lookalikeSets(documentOf({ groups: { Lone: {}, Other: {}, Third: {} } }), "group");
    expect(lookalikeSets(documentOf({ groups: { Lone: {}, Other: {}, "other ": {} } }), "group")).toEqual([["Other", "other "]]);
  });

  it("edge spaces are made visible as dots", () => {
    expect(hasEdgeSpaces(" test")).toBe(true);
    expect(hasEdgeSpaces("a b")).toBe(false);
    expect(visibleName(" test")).toBe("·test");
    expect(visibleName("test  ")).toBe("test··");
    expect(visibleName("a b")).toBe("a b");
  });
});

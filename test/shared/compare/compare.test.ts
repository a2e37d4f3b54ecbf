import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compareDirectories, describeDifference, takeDifference, takeDifferences } from "../../../shared/compare";
import { renameUser } from "../../../shared/edits";
import { serializeDirectory } from "../../../shared/serialize";
import { applied, BUILTINS, documentFromText, documentOf } from "../../helpers/documents";
import { realFixtures } from "../../helpers/fixtures";
import { driftedCopies, HASH_OF_1, SAMPLE_DATA } from "../../helpers/two-copies";

const LABELS = { a: "the data copy", b: "the user copy" };

describe("compareDirectories", () => {
  it("lists exactly the changed password, the added user and the removed membership", () => {
    const { data, user } = driftedCopies();
    const differences = compareDirectories(documentFromText(data), documentFromText(user));
    expect(differences.map((d) => d.id)).toEqual(["user:Lucía Fernández", "password:Marc Olivier", "member:Accounting:user:Zoé Dubois"]);
    expect(differences.map((d) => describeDifference(d, LABELS))).toEqual([
      "user Lucía Fernández: only in the data copy (member of Support)",
      "user Marc Olivier: password differs (the data copy: legacy; the user copy: legacy)",
      "user Zoé Dubois in group Accounting: only in the user copy",
    ]);
  });

  it("never puts a hash in a difference or its sentence", () => {
    const { data, user } = driftedCopies();
    const text = JSON.stringify(compareDirectories(documentFromText(data), documentFromText(user)).map((d) => [d, describeDifference(d, LABELS)]));
    expect(text).not.toContain(HASH_OF_1);
    expect(text).not.toContain("qyJQ02SA1S9CzBAumv4vow==");
  });

  it("is empty for a document and itself, and for every real file against itself", () => {
    for (const f of realFixtures()) expect(compareDirectories(documentFromText(f.text), documentFromText(f.text))).toEqual([]);
  });

  it("matches the Designer by its key: a new alias is one difference, not changed memberships", () => {
    const a = documentOf({ users: BUILTINS, groups: { G: { users: ["Designer"] } } });
    const b = applied(renameUser(a, "Designer", "Boss")).doc;
    expect(compareDirectories(a, b).map((d) => d.id)).toEqual(["alias:designer"]);
    expect(serializeDirectory(applied(takeDifference(a, b, compareDirectories(a, b)[0]!)).doc)).toBe(serializeDirectory(b));
  });

  it("tells groups, nesting, licences, settings, SQL rights and order apart", () => {
    const a = documentOf({
      users: { ...BUILTINS, Ann: {}, Bob: { startupMethod: "M" } },
      groups: { G: { users: ["Ann"] }, H: {} },
      remoteGranters: { web: "G" },
      settings: { designAccessGroup: "*" },
    });
    const b = documentOf({
      users: { ...BUILTINS, Bob: {}, Ann: {} },
      groups: { G: { groups: ["K"] }, K: {} },
      sqlSchemaGranters: { DEFAULT_SCHEMA: { allAccessGroup: "G" } },
      settings: { designAccessGroup: "G" },
    });
    expect(compareDirectories(a, b).map((d) => d.id)).toEqual([
      "startup:Bob",
      "group:H",
      "group:K",
      "member:G:user:Ann",
      "order:users",
      "licence:web",
      "setting:designAccessGroup",
      "sql:DEFAULT_SCHEMA:allAccessGroup",
    ]);
  });
});

describe("takeDifferences", () => {
  it("carrying the three across makes the user copy byte-identical to the data copy, one change line each", () => {
    const { data, user } = driftedCopies();
    const taken = takeDifferences(documentFromText(user), documentFromText(data));
    if (!taken.ok) throw new Error(taken.error.message);
    expect(taken.value.refused).toEqual([]);
    expect(taken.value.edits.map((e) => e.change.message)).toEqual([
      "added user Lucía Fernández as in the other copy (member of Support)",
      "changed the password of Marc Olivier",
      "removed Zoé Dubois from Accounting",
    ]);
    expect(serializeDirectory(taken.value.doc)).toBe(data);
  });

  it("makes the sample's user copy byte-identical to its data copy (aliases, groups, nesting, order, rights)", () => {
    const user = documentFromText(readFileSync(resolve(__dirname, "../../../build/sample-project/Settings/directory.json"), "utf8"));
    const taken = takeDifferences(user, documentFromText(SAMPLE_DATA));
    if (!taken.ok) throw new Error(taken.error.message);
    expect(taken.value.refused).toEqual([]);
    expect(serializeDirectory(taken.value.doc)).toBe(SAMPLE_DATA);
  });

  it.each(realFixtures().map((f) => f.name))("leaves no difference when %s takes everything from each other real file", (name) => {
    const all = realFixtures();
    const a = documentFromText(all.find((f) => f.name === name)!.text);
    for (const other of all) {
      const b = documentFromText(other.text);
      const taken = takeDifferences(a, b);
      if (!taken.ok) throw new Error(taken.error.message);
      expect(taken.value.refused).toEqual([]);
      expect(compareDirectories(taken.value.doc, b)).toEqual([]);
    }
  });

  it("takes only the differences named, and refuses an unknown id", () => {
    const { data, user } = driftedCopies();
    const taken = takeDifferences(documentFromText(user), documentFromText(data), ["password:Marc Olivier"]);
    if (!taken.ok) throw new Error(taken.error.message);
    expect(compareDirectories(taken.value.doc, documentFromText(data)).map((d) => d.id)).toEqual([
      "user:Lucía Fernández",
      "member:Accounting:user:Zoé Dubois",
    ]);
    const unknown = takeDifferences(documentFromText(user), documentFromText(data), ["user:Nobody"]);
    expect(unknown.ok ? "" : unknown.error.code).toBe("compare.unknown-difference");
  });
});

import fc from "fast-check";
import type { DirectoryDocument, Layout } from "../../shared/document";
import { fromPlain, getObject, jsonObject, type Json, type JsonEntry, type JsonObject } from "../../shared/json";
import { parseDirectory, type ParsedDirectory } from "../../shared/parse";
import { serializeDirectory, serializeJson } from "../../shared/serialize";
import { realFixture, realFixtures } from "../helpers/fixtures";

function parsed(text: string): ParsedDirectory {
  const result = parseDirectory(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const fixtures = realFixtures().map((f) => [f.name, f.text] as const);

describe("round trip of the real files written by 4D", () => {
  it("covers all seven files", () => {
    expect(fixtures).toHaveLength(7);
  });

  it.each(fixtures)("%s comes back byte for byte", (_name, text) => {
    expect(serializeDirectory(parsed(text).doc)).toBe(text);
  });

  it.each(fixtures)("%s serializes as JSON.stringify(…, null, tab) does", (_name, text) => {
    const plain: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    expect(serializeJson(parsed(text).doc.root)).toBe(JSON.stringify(plain, null, "\t"));
  });

  it.each(fixtures)("%s: locate finds every user on its own line", (_name, text) => {
    const p = parsed(text);
    const textLines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    for (const [key] of (getObject(p.doc.root, "users") as JsonObject).entries) {
      const at = p.locate(["users", key]);
      const start = `\t\t${JSON.stringify(key)}: {`;
      expect(textLines[(at?.line ?? 0) - 1]?.slice(0, start.length)).toBe(start);
      expect(at?.column).toBe(start.length);
    }
  });

  it("keeps the BOM of the files that have one, and the CRLF of the one that has it", () => {
    expect(parsed(realFixture("4D-Mobile-App").text).doc.layout).toEqual({ bom: true, eol: "\n" });
    expect(parsed(realFixture("HDI_WebSocket_Server__Settings").text).doc.layout).toEqual({ bom: true, eol: "\n" });
    expect(parsed(realFixture("GoldenAltos").text).doc.layout).toEqual({ bom: false, eol: "\r\n" });
    expect(parsed(realFixture("WebClerk19").text).doc.layout).toEqual({ bom: false, eol: "\n" });
  });

  it("keeps accented names raw", () => {
    const text = realFixture("HDI_Passwords").text;
    const keys = (getObject(parsed(text).doc.root, "users") as JsonObject).entries.map(([k]) => k);
    expect(keys).toContain("Gérald");
    expect(keys).toContain("Zoé");
    expect(serializeDirectory(parsed(text).doc)).toContain('"Zoé": {');
  });
});

describe("round trip of edge cases", () => {
  const layout: Layout = { bom: false, eol: "\n" };
  const again = (root: JsonObject) => serializeDirectory(parsed(serializeDirectory({ layout, root })).doc);

  it("keeps integer-like user names in place", () => {
    const root = fromPlain({ users: {} }) as JsonObject;
    const users = jsonObject(["designer", "administrator", "Bob", "2024", "10", "7"].map((n) => [n, jsonObject()] as const));
    const text = again({ entries: [["users", users], ...root.entries.slice(1)] });
    expect(text.match(/"[^"]+": \{\}/g)).toEqual(['"designer": {}', '"administrator": {}', '"Bob": {}', '"2024": {}', '"10": {}', '"7": {}']);
  });

  it("keeps slashes unescaped and empty objects as {}", () => {
    const root = jsonObject([["users", jsonObject([["designer", jsonObject([["password", "Kjg/94PRrUDafImXUuZYuw=="]])]])], ["groups", jsonObject()]]);
    expect(again(root)).toBe('{\n\t"users": {\n\t\t"designer": {\n\t\t\t"password": "Kjg/94PRrUDafImXUuZYuw=="\n\t\t}\n\t},\n\t"groups": {}\n}');
  });
});

// ---- property-based: random documents of the right shape ----

const name = fc.oneof(
  fc.nat({ max: 99999 }).map(String),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.constantFrom("Gérald", "Zoé", " leading space", "O'Brien", 'say "hi"', "a/b", "back\\slash", "tab\there", "\ud800", "", "designer", "__proto__", "constructor"),
);
const leaf: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("json"), { maxLength: 3 }),
    fc.uniqueArray(fc.tuple(name, tie("json")), { selector: ([k]) => k, maxLength: 3 }).map((entries) => jsonObject(entries)),
  ),
}));

/** An object holding `known` keys (each from its arbitrary) and unknown keys, in a random order. */
function entriesOf(known: Record<string, fc.Arbitrary<Json>>, required: readonly string[] = []): fc.Arbitrary<JsonObject> {
  const knownEntries = Object.entries(known).map(([key, value]) => {
    const entry = value.map((v): JsonEntry => [key, v]);
    return required.includes(key) ? entry.map((e) => [e]) : fc.option(entry, { nil: undefined }).map((e) => (e ? [e] : []));
  });
  const unknown = fc.uniqueArray(fc.tuple(name.filter((k) => !(k in known)), json), { selector: ([k]) => k, maxLength: 2 });
  return fc
    .tuple(fc.tuple(...knownEntries), unknown)
    .map(([k, u]) => [...k.flat(), ...u] as JsonEntry[])
    .chain((all) => fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }))
    .map((entries) => jsonObject(entries));
}

const text = fc.string({ unit: "binary", maxLength: 12 });
const names = fc.array(name, { maxLength: 4 });
const namedObjects = (value: fc.Arbitrary<Json>) =>
  fc.uniqueArray(fc.tuple(name, value), { selector: ([k]) => k, maxLength: 6 }).map((entries): Json => jsonObject(entries));
const strings = namedObjects(text);

const root = entriesOf(
  {
    users: namedObjects(entriesOf({ startupMethod: text, password: text, alias: text })),
    groups: namedObjects(entriesOf({ users: names, groups: names })),
    sqlSchemaGranters: namedObjects(strings),
    remoteGranters: strings,
    settings: strings,
  },
  ["users"],
);
const layout = fc.record({ bom: fc.boolean(), eol: fc.constantFrom<Layout["eol"]>("\n", "\r\n") });
const doc: fc.Arbitrary<DirectoryDocument> = fc.record({ layout, root });

describe("round trip of random documents", () => {
  it("parse(serialize(doc)) gives the document back, and serializing it again gives the same text", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const first = serializeDirectory(d);
        const back = parsed(first).doc;
        expect(back).toEqual(d);
        expect(serializeDirectory(back)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it("serializeJson of any plain JSON value equals JSON.stringify with a tab", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(serializeJson(fromPlain(value))).toBe(JSON.stringify(value, null, "\t"));
      }),
      { numRuns: 300 },
    );
  });
});

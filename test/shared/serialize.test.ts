import { DEFAULT_LAYOUT } from "../../shared/document";
import { fromPlain, getObject, jsonObject, setKey, type Json } from "../../shared/json";
import { addUser } from "../../shared/edits";
import { parseDirectory } from "../../shared/parse";
import { serializeDirectory, serializeJson } from "../../shared/serialize";

const users = (...names: string[]): Json => jsonObject([["users", jsonObject(names.map((n) => [n, jsonObject()] as const))]]);

describe("serializeJson", () => {
  it("writes what JSON.stringify(value, null, tab) writes", () => {
    const plain = {
      users: { designer: { password: "Kjg/94PRrUDafImXUuZYuw==", alias: "Designer" }, Bob: {} },
      groups: { Sales: { users: ["Bob", "Designer"], groups: [] } },
      other: [1, -2.5, 1e21, true, false, null, [], [[]], { a: {} }],
    };
    expect(serializeJson(fromPlain(plain))).toBe(JSON.stringify(plain, null, "\t"));
  });

  it("keeps integer-like keys where they are, where JSON.stringify would move them first", () => {
    const text = serializeJson(users("designer", "administrator", "2024", "Bob", "10"));
    expect(text.indexOf('"designer"')).toBeLessThan(text.indexOf('"2024"'));
    expect(text.indexOf('"2024"')).toBeLessThan(text.indexOf('"Bob"'));
    expect(text.indexOf('"Bob"')).toBeLessThan(text.indexOf('"10"'));
  });

  // Parts a plain object would reorder or lose are written entry by entry, the rest by
  // JSON.stringify: the two must meet at the right indentation, at any depth, in any order.
  it("writes keys a plain object would move or lose (digits, __proto__, a key twice) in place, at any depth", () => {
    const tree = (odd: string, twice: string) =>
      jsonObject([
        ["before", fromPlain({ list: ["a", { b: [1, 2] }], c: {} })],
        [
          "deep",
          [
            fromPlain({ x: 1 }),
            jsonObject([
              ["first", fromPlain({ y: [true, null] })],
              [odd, fromPlain({ z: ["n"] })],
              ["last", fromPlain({ w: {} })],
            ]),
            jsonObject([
              [twice, 1],
              ["dup", 2],
            ]),
            fromPlain({ after: [[], [{ v: "é" }]] }),
          ],
        ],
        ["after", fromPlain({ q: "r" })],
      ]);
    for (const odd of ["2024", "0", "__proto__"]) {
      // The same tree with plain keys in their place, which JSON.stringify writes as is.
      const plainTree = JSON.parse(serializeJson(tree("x" + odd, "once"))) as unknown;
      for (const indent of ["\t", "  ", "", "$&"]) {
        const expected = JSON.stringify(plainTree, null, indent).replace(`"x${odd}"`, JSON.stringify(odd)).replace('"once"', '"dup"');
        expect(serializeJson(tree(odd, "dup"), indent)).toBe(expected);
      }
    }
  });

  it("writes accents raw and leaves slashes unescaped", () => {
    const text = serializeJson(fromPlain({ "Gérald": { password: "a/b+c==" }, "Zoé": {} }));
    expect(text).toContain('"Gérald"');
    expect(text).toContain('"Zoé"');
    expect(text).toContain('"a/b+c=="');
    expect(text).not.toContain("\\u");
    expect(text).not.toContain("\\/");
  });

  it("escapes control characters, quotes, backslashes and lone surrogates as JSON.stringify does", () => {
    const plain = { "say \"hi\"\\": "tab\there\nnew\u0001 \ud800 \u2028 😀" };
    expect(serializeJson(fromPlain(plain))).toBe(JSON.stringify(plain, null, "\t"));
    expect(serializeJson(fromPlain(plain))).toContain("\\ud800");
  });

  it("writes empty objects and arrays as {} and []", () => {
    expect(serializeJson(jsonObject())).toBe("{}");
    expect(serializeJson([])).toBe("[]");
    expect(serializeJson(fromPlain({ a: {}, b: [] }))).toBe('{\n\t"a": {},\n\t"b": []\n}');
  });

  it("writes non-finite numbers as null and -0 as 0, like JSON.stringify", () => {
    expect(serializeJson([Number.NaN, Infinity, -0])).toBe(JSON.stringify([Number.NaN, Infinity, -0], null, "\t"));
  });

  it("honours other indents, including the compact form for an empty indent", () => {
    const plain = { a: [1, { b: "c" }], d: {} };
    for (const indent of ["", "  ", "--", "0123456789abc", "$&", "$'$`$$"]) {
      expect(serializeJson(fromPlain(plain), indent)).toBe(JSON.stringify(plain, null, indent));
    }
  });
});

describe("serializeDirectory", () => {
  const root = jsonObject([["users", jsonObject([["designer", jsonObject()]])]]);

  it("writes LF without BOM and without a final newline by default", () => {
    expect(serializeDirectory({ layout: DEFAULT_LAYOUT, root })).toBe('{\n\t"users": {\n\t\t"designer": {}\n\t}\n}');
  });

  it("restores CRLF line endings", () => {
    const text = serializeDirectory({ layout: { bom: false, eol: "\r\n" }, root });
    expect(text).toBe('{\r\n\t"users": {\r\n\t\t"designer": {}\r\n\t}\r\n}');
  });

  it("restores a leading BOM", () => {
    const text = serializeDirectory({ layout: { bom: true, eol: "\r\n" }, root });
    expect(text.startsWith("\uFEFF{\r\n")).toBe(true);
    expect(text.endsWith("}")).toBe(true);
  });

  it("never touches an escaped line break inside a value when writing CRLF", () => {
    const withBreak = jsonObject([["users", jsonObject([["designer", jsonObject([["alias", "a\nb"]])]])]]);
    const text = serializeDirectory({ layout: { bom: false, eol: "\r\n" }, root: withBreak });
    expect(text).toContain('"alias": "a\\nb"');
  });
});

describe("serializeDirectory: untouched text stays as read", () => {
  const text = [
    "{",
    '\t"users": {',
    '\t\t"designer": {',
    '\t\t\t"alias": "Designer"',
    "\t\t},",
    '\t\t"administrator": {',
    '\t\t\t"alias": "Administrator"',
    "\t\t},",
    '\t\t"G\\u00e9rald": {',
    '\t\t\t"password": "Kjg\\/94PRrUDafImXUuZYuw=="',
    "\t\t}",
    "\t},",
    '\t"custom": {',
    '\t\t"inf": 1e999,',
    '\t\t"big": 12345678901234567890,',
    '\t\t"price": 1.50,',
    '\t\t"zero": -0,',
    '\t\t"list": [',
    "\t\t\t1E2,",
    '\t\t\t"a\\/b"',
    "\t\t]",
    "\t}",
    "}",
  ].join("\n");

  it("writes a file with unusual spellings back byte for byte", () => {
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(serializeDirectory(parsed.value.doc)).toBe(text);
  });

  it("keeps them through an edit elsewhere, and writes an edited place as JSON.stringify does", () => {
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const added = addUser(parsed.value.doc, "Zoé");
    if (!added.ok) throw new Error(added.error.message);
    const written = serializeDirectory(added.value.doc);
    for (const kept of ['"inf": 1e999', '"big": 12345678901234567890', '"price": 1.50', '"zero": -0', "1E2", '"a\\/b"', '"G\\u00e9rald"', '"Kjg\\/94PR']) {
      expect(written).toContain(kept);
    }
    const custom = getObject(added.value.doc.root, "custom")!;
    const edited = { ...added.value.doc, root: setKey(added.value.doc.root, "custom", setKey(custom, "price", 2.5)) };
    expect(serializeDirectory(edited)).toContain('"price": 2.5,');
    expect(serializeDirectory(edited)).toContain('"big": 12345678901234567890');
  });

  it("never writes a spelling that does not hold the value at its place (a made-up draft)", () => {
    const doc = { layout: { ...DEFAULT_LAYOUT, raw: [{ path: ["users"], key: '"users": 1, "x"' }, { path: ["n"], text: "2 " }, { path: ["m"], text: "7" }] }, root: jsonObject([["users", jsonObject()], ["n", 2], ["m", 8]]) };
    expect(serializeDirectory(doc)).toBe(JSON.stringify({ users: {}, n: 2, m: 8 }, null, "\t"));
  });
});

import { getKey, getObject, isJsonObject, type JsonObject } from "../../shared/json";
import { MAX_DEPTH, parseDirectory, type ParseFailure, type ParsedDirectory } from "../../shared/parse";

/** The lines joined with LF: positions in the tests are easy to count. */
const lines = (...l: string[]) => l.join("\n");

function parsed(text: string): ParsedDirectory {
  const result = parseDirectory(text);
  if (!result.ok) throw new Error(`expected to parse, got: ${result.error.message}`);
  return result.value;
}

function refused(text: string): ParseFailure {
  const result = parseDirectory(text);
  if (result.ok) throw new Error("expected a refusal");
  expect(result.error.code).toBe("invalid-file");
  return result.error;
}

const userKeys = (p: ParsedDirectory) => (getObject(p.doc.root, "users") as JsonObject).entries.map(([k]) => k);

describe("parseDirectory: values, read in one pass", () => {
  it("reads escapes, numbers, booleans and null exactly as JSON does, keys in file order", () => {
    const text = String.raw`{"users": {"2": {}, "1": {"alias": "a\"b\u00e9\n\/"}}, "x": [1.5e3, -0, 0.25, true, false, null, [], {}]}`;
    const doc = parsed(text).doc;
    const users = getObject(doc.root, "users")!;
    expect(users.entries.map((e) => e[0])).toEqual(["2", "1"]);
    expect(getKey(users.entries[1]![1] as JsonObject, "alias")).toBe('a"bé\n/');
    expect(getKey(doc.root, "x")).toEqual([1500, -0, 0.25, true, false, null, [], { entries: [] }]);
  });

  it("refuses what strict JSON refuses, with its place", () => {
    for (const bad of ['{"users": {}} x', '{"users": {"a": 01}}', '{"users": {"a": "tab\there"}}', '{"users": {"a": tru}}', '{"users": {},}']) {
      const result = parseDirectory(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.issues[0]!.code).toBe("syntax");
    }
  });
});

describe("parseDirectory: layout", () => {
  it("strips a leading BOM and remembers it", () => {
    const p = parsed('\uFEFF{"users": {}}');
    expect(p.doc.layout.bom).toBe(true);
    expect(p.doc.root.entries.map(([k]) => k)).toEqual(["users"]);
    expect(parsed('{"users": {}}').doc.layout.bom).toBe(false);
  });

  it("detects CRLF and LF line endings", () => {
    expect(parsed('{\r\n\t"users": {}\r\n}').doc.layout.eol).toBe("\r\n");
    expect(parsed('{\n\t"users": {}\n}').doc.layout.eol).toBe("\n");
    expect(parsed('{"users": {}}').doc.layout.eol).toBe("\n");
  });

  it("keeps integer-like user names in file order", () => {
    const p = parsed('{"users": {"designer": {}, "administrator": {}, "Zoé": {}, "2024": {}, "10": {}}}');
    expect(userKeys(p)).toEqual(["designer", "administrator", "Zoé", "2024", "10"]);
  });

  it("keeps unknown keys, with their values and places", () => {
    const p = parsed('{"future": [1, {"x": null}], "users": {"Bob": {"extra": true, "password": "p"}}, "zz": 1.5}');
    expect(p.doc.root.entries.map(([k]) => k)).toEqual(["future", "users", "zz"]);
    expect(getKey(p.doc.root, "future")).toEqual([1, { entries: [["x", null]] }]);
    const bob = getKey(getObject(p.doc.root, "users") as JsonObject, "Bob");
    expect(isJsonObject(bob) && bob.entries).toEqual([["extra", true], ["password", "p"]]);
  });

  it("decodes escapes in names and values", () => {
    const p = parsed('{"users": {"G\\u00e9rald": {"alias": "a\\/b \\"q\\""}}}');
    expect(userKeys(p)).toEqual(["Gérald"]);
  });
});

describe("parseDirectory: locate", () => {
  const p = parsed(lines("{", '\t"users": {', '\t\t"Bob": {', '\t\t\t"password": "x"', "\t\t}", "\t},", '\t"groups": {"G": {"users": ["Bob", "Ann"]}}', "}"));

  it("gives the 1-based line and column of a value", () => {
    expect(p.locate([])).toEqual({ line: 1, column: 1 });
    expect(p.locate(["users", "Bob"])).toEqual({ line: 3, column: 10 });
    expect(p.locate(["users", "Bob", "password"])).toEqual({ line: 4, column: 16 });
    expect(p.locate(["groups", "G", "users", 1])).toEqual({ line: 7, column: 36 });
  });

  it("falls back to the nearest existing parent for a missing key", () => {
    expect(p.locate(["users", "Bob", "alias"])).toEqual({ line: 3, column: 10 });
    expect(p.locate(["users", "Nobody", "password"])).toEqual({ line: 2, column: 11 });
    expect(p.locate(["groups", "G", "users", 9])).toEqual({ line: 7, column: 28 });
  });

  it("counts lines the same way with CRLF and after a BOM", () => {
    const crlf = parsed('\uFEFF{\r\n\t"users": {\r\n\t\t"Bob": {}\r\n\t}\r\n}');
    expect(crlf.locate(["users", "Bob"])).toEqual({ line: 3, column: 10 });
  });
});

describe("parseDirectory: syntax errors", () => {
  const cases: [string, string, string][] = [
    ["a missing comma", lines("{", '\t"users": {', '\t\t"a": {}', '\t\t"b": {}', "\t}", "}"), "line 4, col 3: expected a comma or a closing brace"],
    ["a missing comma in a list", lines("{", '\t"users": {},', '\t"groups": {"G": {"users": ["a" "b"]}}', "}"), "line 3, col 33: expected a comma or a closing bracket"],
    ["a trailing comma", lines("{", '\t"users": {', '\t\t"a": {},', "\t}", "}"), "line 3, col 10: trailing comma: remove the comma before the closing brace"],
    ["a trailing comma in a list", '{"users": {}, "groups": {"G": {"users": ["a",]}}}', "line 1, col 45: trailing comma: remove the comma before the closing bracket"],
    ["a line comment", lines("{", "\t// the users", '\t"users": {}', "}"), "line 2, col 2: comments are not allowed in directory.json"],
    ["a block comment", '/* x */ {"users": {}}', "line 1, col 1: comments are not allowed in directory.json"],
    ["an unterminated string", lines("{", '\t"users": {', '\t\t"Bob: {}', "\t}", "}"), "line 3, col 3: unterminated string: a closing double quote is missing"],
    ["text that is not JSON", "Settings for 4D", 'line 1, col 1: this is not JSON: a directory.json starts with "{"'],
    ["single quotes", "{'users': {}}", "line 1, col 2: single quotes are not allowed: use double quotes"],
    ["a truncated file", lines("{", '\t"users": {}'), "line 2, col 13: the file ends too early: expected a closing brace"],
    ["a missing colon", '{"users" {}}', "line 1, col 10: expected a colon after the key"],
    ["a raw tab inside a string", '{"users": {"a\tb": {}}}', "line 1, col 12: a string holds a control character (tab or line break) that must be escaped"],
    ["a bad escape", '{"users": {"a\\qb": {}}}', "line 1, col 12: invalid escape sequence in a string"],
    ["a bad number", '{"users": {}, "n": 1.}', "line 1, col 20: invalid number"],
  ];

  it.each(cases)("reports %s with its line and column", (_what, text, message) => {
    const failure = refused(text);
    expect(failure.message).toBe(message);
    expect(failure.issues).toHaveLength(1);
    expect(failure.issues[0]?.code).toBe("syntax");
    expect(failure.params).toMatchObject({ line: failure.issues[0]?.line, column: failure.issues[0]?.column });
  });

  it.each(["", "   \n\t ", "\uFEFF", "\uFEFF\r\n"])("refuses an empty file (%j)", (text) => {
    const failure = refused(text);
    expect(failure.message).toBe("the file is empty");
    expect(failure.issues).toEqual([{ code: "empty", message: "the file is empty", line: 1, column: 1, path: [] }]);
  });

  it("positions errors after a BOM and with CRLF line endings as an editor would", () => {
    expect(refused('\uFEFF{\r\n\t"users": {\r\n\t\t"a": {},\r\n\t}\r\n}').message).toBe(
      "line 3, col 10: trailing comma: remove the comma before the closing brace",
    );
  });
});

describe("parseDirectory: duplicate keys", () => {
  it("refuses a duplicated top-level key and gives both positions", () => {
    const failure = refused(lines("{", '\t"users": {},', '\t"users": {}', "}"));
    expect(failure.message).toBe('line 3, col 2: duplicate key "users" at the top level (first at line 2, col 2)');
    expect(failure.issues[0]).toMatchObject({ code: "duplicate-key", line: 3, column: 2, path: ["users"] });
  });

  it("refuses a user listed twice and gives both positions", () => {
    const failure = refused(lines("{", '\t"users": {', '\t\t"Bob": {},', '\t\t"Bob": {"password": "x"}', "\t}", "}"));
    expect(failure.message).toBe('line 4, col 3: duplicate key "Bob" in users (first at line 3, col 3)');
    expect(failure.issues[0]).toMatchObject({ path: ["users", "Bob"] });
  });

  it("lists every duplicate, however deep", () => {
    const failure = refused('{"users": {"Bob": {"alias": "a", "alias": "b"}}, "groups": {"G": {}, "G": {}}}');
    expect(failure.issues.map((i) => i.message)).toEqual([
      'duplicate key "alias" in users."Bob" (first at line 1, col 20)',
      'duplicate key "G" in groups (first at line 1, col 61)',
    ]);
  });
});

describe("parseDirectory: wrong shapes", () => {
  it("points at a password that is not a string", () => {
    const failure = refused(lines("{", '\t"users": {', '\t\t"Bob": {', '\t\t\t"password": 12', "\t\t}", "\t}", "}"));
    expect(failure.message).toBe('line 4, col 16: users."Bob".password must be a string');
    expect(failure.issues[0]).toMatchObject({ code: "shape", path: ["users", "Bob", "password"] });
  });

  it("points at users given as a list", () => {
    expect(refused(lines("{", '\t"users": []', "}")).message).toBe("line 2, col 11: users must be an object of users");
  });

  it("points at group members given as a single string", () => {
    const failure = refused(lines("{", '\t"users": {},', '\t"groups": {', '\t\t"X": {', '\t\t\t"users": "a"', "\t\t}", "\t}", "}"));
    expect(failure.message).toBe('line 5, col 13: groups."X".users must be a list of names');
    expect(failure.issues[0]?.path).toEqual(["groups", "X", "users"]);
  });

  it("reports a missing users object at the top level, with the fix", () => {
    const failure = refused('{"groups": {}}');
    expect(failure.message).toMatch(/^line 1, col 1: the file has no users object; add one/);
  });

  it("checks a user named __proto__ like any other", () => {
    expect(refused('{"users": {"__proto__": {"password": 1}}}').message).toBe('line 1, col 38: users."__proto__".password must be a string');
  });

  it("refuses a top level that is not an object", () => {
    expect(refused("[]").message).toBe("line 1, col 1: the top level must be an object");
  });

  it("lists every shape problem in file order", () => {
    const failure = refused('{"settings": {"x": null}, "users": {"2": {"alias": 1}, "1": 5}}');
    expect(failure.issues.map((i) => [i.column, i.message])).toEqual([
      [20, "settings.x must be a string"],
      [52, 'users."2".alias must be a string'],
      [61, "users.\"1\" must be an object (a user's settings)"],
    ]);
    expect(failure.params).toMatchObject({ count: 3 });
  });
});

describe("parseDirectory: nesting depth", () => {
  it("reads nesting up to MAX_DEPTH in unknown keys", () => {
    const inner = "[".repeat(MAX_DEPTH - 1) + "]".repeat(MAX_DEPTH - 1);
    expect(parseDirectory(`{"users": {}, "x": ${inner}}`).ok).toBe(true);
  });

  it("refuses deeper nesting with the place of the first bracket too deep, never a stack overflow", () => {
    for (const depth of [MAX_DEPTH + 1, 100_000]) {
      const text = `{"users": {},\n "x": ${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
      const issue = refused(text).issues[0]!;
      expect(issue.code).toBe("too-deep");
      expect(issue.message).toContain(`more than ${MAX_DEPTH} levels`);
      expect([issue.line, issue.column]).toEqual([2, 7 + MAX_DEPTH - 1]);
    }
    // Broken as well as deep (the slow reader's own recursion is bounded too), and arrays alone.
    expect(refused(`{"users": {}, "x": tru, "y": ${"[".repeat(100_000)}`).issues[0]!.code).toBe("too-deep");
    expect(refused("[".repeat(100_000) + "]".repeat(100_000)).issues[0]!.code).toBe("too-deep");
  });
});

describe("parseDirectory: spellings JSON.stringify would change", () => {
  it("keeps the text of numbers and escaped strings in layout.raw, and reads a number beyond a double as null", () => {
    const p = parsed(String.raw`{"users": {"G\u00e9rald": {}}, "x": [1e999, 12345678901234567890, 1.50, -0, 1E2, "a\/b", 2, "c"]}`);
    expect(getKey(p.doc.root, "x")).toEqual([null, 12345678901234567000, 1.5, -0, 100, "a/b", 2, "c"]);
    expect(p.doc.layout.raw).toEqual([
      { path: ["users", "Gérald"], key: String.raw`"G\u00e9rald"` },
      { path: ["x", 0], text: "1e999" },
      { path: ["x", 1], text: "12345678901234567890" },
      { path: ["x", 2], text: "1.50" },
      { path: ["x", 3], text: "-0" },
      { path: ["x", 4], text: "1E2" },
      { path: ["x", 5], text: String.raw`"a\/b"` },
    ]);
  });

  it("has no raw spellings for a file JSON.stringify would write the same", () => {
    expect(parsed('{"users": {"a\\"b": {"n": [1, 2.5, -3, 1e+21]}}}').doc.layout.raw).toBeUndefined();
  });

  it("never quotes the characters of a syntax error: they may be a password hash", () => {
    const issue = refused('{"users": {"Bob": {"password": Kjg/94PRrUDafImXUuZYuw==}}}').issues[0]!;
    expect(issue.message).not.toMatch(/Kjg|94PR/);
    expect([issue.line, issue.column]).toEqual([1, 32]);
  });
});

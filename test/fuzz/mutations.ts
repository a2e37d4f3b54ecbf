// Hostile variants of real directory.json files for the fuzz run: each case is a real fixture with
// one or more mutations (deep nesting, huge strings, wrong types, duplicate keys, control
// characters, invalid UTF-8, prototype keys, random byte damage), as bytes.
import fc from "fast-check";
import { isJsonArray, isJsonObject, type Json, type JsonEntry } from "../../shared/json";
import { parseDirectory } from "../../shared/parse";
import { serializeJson } from "../../shared/serialize";
import { realFixtures } from "../helpers/fixtures";

const FIXTURES = realFixtures().map((f) => {
  const parsed = parseDirectory(f.text);
  if (!parsed.ok) throw new Error(`${f.name}: ${parsed.error.message}`);
  return { name: f.name, text: f.text, root: parsed.value.doc.root as Json };
});

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];
const ODD_VALUES: readonly Json[] = [0, -0, 1.5, 12345678901234567000, null, true, false, "", "*", [], [1, "a", null], { entries: [] }, { entries: [["users", "x"]] }];

/** One change to the ordered document, at a place chosen by `route` (indexes taken modulo). */
export type TreeMutation =
  | { readonly kind: "wrong-type"; readonly route: readonly number[]; readonly value: number }
  | { readonly kind: "duplicate-key"; readonly route: readonly number[] }
  | { readonly kind: "prototype-key"; readonly route: readonly number[]; readonly key: number; readonly rename: boolean }
  | { readonly kind: "huge-string"; readonly route: readonly number[]; readonly length: number; readonly asKey: boolean }
  | { readonly kind: "remove"; readonly route: readonly number[] };

/** One change to the bytes once written. */
export type ByteMutation =
  | { readonly kind: "deep-nesting"; readonly at: number; readonly depth: number; readonly closed: boolean; readonly open: "[" | "{\"a\":" }
  | { readonly kind: "control-char"; readonly at: number; readonly code: number }
  | { readonly kind: "invalid-utf8"; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: "flip"; readonly at: number; readonly value: number }
  | { readonly kind: "cut"; readonly at: number; readonly length: number }
  | { readonly kind: "bom-crlf" };

const route = fc.array(fc.nat(), { minLength: 0, maxLength: 5 });
const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const treeMutation: fc.Arbitrary<TreeMutation> = fc.oneof(
  fc.record({ kind: fc.constant("wrong-type" as const), route, value: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-key" as const), route }),
  fc.record({ kind: fc.constant("prototype-key" as const), route, key: fc.nat(), rename: fc.boolean() }),
  fc.record({ kind: fc.constant("huge-string" as const), route, length: fc.integer({ min: 1_000, max: 1_000_000 }), asKey: fc.boolean() }),
  fc.record({ kind: fc.constant("remove" as const), route }),
);

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant("deep-nesting" as const), at, depth: fc.integer({ min: 200, max: 100_000 }), closed: fc.boolean(), open: fc.constantFrom("[" as const, '{"a":' as const) }),
  fc.record({ kind: fc.constant("control-char" as const), at, code: fc.integer({ min: 0, max: 31 }) }),
  fc.record({ kind: fc.constant("invalid-utf8" as const), at, bytes: fc.array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf8, 0xfe, 0xff), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant("flip" as const), at, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("cut" as const), at, length: fc.integer({ min: 1, max: 200 }) }),
  fc.constant({ kind: "bom-crlf" as const }),
);

/** A case: which fixture, and the mutations applied to its tree, then to its bytes. */
export interface FuzzCase {
  readonly fixture: number;
  readonly tree: readonly TreeMutation[];
  readonly bytes: readonly ByteMutation[];
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  fixture: fc.nat({ max: FIXTURES.length - 1 }),
  tree: fc.array(treeMutation, { maxLength: 3 }),
  // Most cases keep well-formed bytes, so the tree's mutations reach the checks, queries and edits.
  bytes: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 2 }) }),
});

/** Replaces the value at the end of `route` (object entries and array items chosen modulo). */
function atRoute(value: Json, steps: readonly number[], change: (value: Json, entries?: JsonEntry[], index?: number) => Json | undefined): Json {
  if (steps.length === 0 || (!isJsonObject(value) && !isJsonArray(value))) return change(value) ?? value;
  const [step, ...rest] = steps as [number, ...number[]];
  if (isJsonArray(value)) {
    if (value.length === 0) return change(value) ?? value;
    const i = step % value.length;
    const items = value.slice();
    items[i] = atRoute(items[i] as Json, rest, change);
    return items;
  }
  if (value.entries.length === 0) return change(value) ?? value;
  const i = step % value.entries.length;
  const entries = value.entries.slice();
  if (rest.length === 0) {
    const changed = change(value, entries, i);
    return changed ?? { entries };
  }
  const [key, inner] = entries[i] as JsonEntry;
  entries[i] = [key, atRoute(inner, rest, change)];
  return { entries };
}

function applyTree(root: Json, m: TreeMutation): Json {
  switch (m.kind) {
    case "wrong-type":
      return atRoute(root, m.route, (_v, entries, i) => {
        const odd = ODD_VALUES[m.value % ODD_VALUES.length] as Json;
        if (entries && i !== undefined) {
          entries[i] = [(entries[i] as JsonEntry)[0], odd];
          return undefined;
        }
        return odd;
      });
    case "duplicate-key":
      return atRoute(root, m.route, (_v, entries, i) => {
        if (entries && i !== undefined) entries.splice(i + 1, 0, entries[i] as JsonEntry);
        return undefined;
      });
    case "prototype-key":
      return atRoute(root, m.route, (_v, entries, i) => {
        const key = PROTO_KEYS[m.key % PROTO_KEYS.length] as string;
        if (entries && i !== undefined) {
          if (m.rename) entries[i] = [key, (entries[i] as JsonEntry)[1]];
          else entries.splice(i, 0, [key, { entries: [["users", ["__proto__"]], ["groups", []]] }]);
        }
        return undefined;
      });
    case "huge-string":
      return atRoute(root, m.route, (_v, entries, i) => {
        const huge = "é".repeat(m.length >> 1) + "x".repeat(m.length & 1);
        if (entries && i !== undefined) {
          const [key, value] = entries[i] as JsonEntry;
          entries[i] = m.asKey ? [huge, value] : [key, huge];
          return undefined;
        }
        return huge;
      });
    case "remove":
      return atRoute(root, m.route, (_v, entries, i) => {
        if (entries && i !== undefined) entries.splice(i, 1);
        return undefined;
      });
  }
}

function applyBytes(bytes: Buffer, m: ByteMutation): Buffer {
  const where = Math.floor(m.kind === "bom-crlf" ? 0 : m.at * (bytes.length + 1));
  const splice = (insert: Buffer, remove = 0) => Buffer.concat([bytes.subarray(0, where), insert, bytes.subarray(Math.min(bytes.length, where + remove))]);
  switch (m.kind) {
    case "deep-nesting": {
      const close = m.open === "[" ? "]" : "}";
      return splice(Buffer.from(m.open.repeat(m.depth) + "1" + (m.closed ? close.repeat(m.depth) : "")));
    }
    case "control-char":
      return splice(Buffer.from([m.code]));
    case "invalid-utf8":
      return splice(Buffer.from(m.bytes));
    case "flip":
      return where < bytes.length ? splice(Buffer.from([m.value]), 1) : bytes;
    case "cut":
      return splice(Buffer.alloc(0), m.length);
    case "bom-crlf":
      return Buffer.from("\uFEFF" + bytes.toString("utf8").replace(/\n/g, "\r\n"));
  }
}

/** The bytes of a case. */
export function caseBytes(c: FuzzCase): Buffer {
  const fixture = FIXTURES[c.fixture] as (typeof FIXTURES)[number];
  let root = fixture.root;
  for (const m of c.tree) root = applyTree(root, m);
  let bytes: Buffer = Buffer.from(c.tree.length === 0 ? fixture.text : serializeJson(root), "utf8");
  for (const m of c.bytes) bytes = applyBytes(bytes, m);
  return bytes;
}

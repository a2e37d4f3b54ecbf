/**
 * The shape directory.json must have (docs/directory-json.md §3), checked with zod on the plain form.
 *
 * Only types are checked here: what must be an object, a string or a list of names. Unknown keys
 * are legal everywhere (they survive a save), and meaning (unknown names, cycles, limits) is the
 * business of the rules, not of the reader. Duplicate keys were refused before this runs, so the
 * plain form loses nothing that matters.
 */
import { z } from "zod";
import { isJsonObject, toPlain, type Json, type JsonObject } from "./json";
import { formatPath, type JsonPath } from "./positions";

/** One shape problem: where it is and a full English sentence (`users."Bob".password must be a string`). */
export interface ShapeIssue {
  readonly path: JsonPath;
  readonly message: string;
}

/** The sentence for a file without `users`, with its fix. */
export const NO_USERS_MESSAGE =
  'the file has no users object; add one at the top level: "users": { "designer": {}, "administrator": {} }';

// Messages starting with "must" are fragments: the path is put in front of them
// (`users."Bob".password` + `must be a string`); any other message is already a sentence.
const text = z.string({ error: "must be a string" });
const names = z.array(z.string({ error: "must be a name (a string)" }), { error: "must be a list of names" });

const user = z.looseObject(
  { startupMethod: text.optional(), password: text.optional(), alias: text.optional() },
  { error: "must be an object (a user's settings)" },
);

const group = z.looseObject(
  { users: names.optional(), groups: names.optional() },
  { error: "must be an object (a group's members)" },
);

const strings = (what: string) =>
  z.map(z.string(), z.string({ error: "must be a string" }), { error: `must be an object of ${what}` });

const directory = z.looseObject(
  {
    users: z.map(z.string(), user, {
      error: (issue) => (issue.input === undefined ? NO_USERS_MESSAGE : "must be an object of users"),
    }),
    groups: z.map(z.string(), group, { error: "must be an object of groups" }).optional(),
    sqlSchemaGranters: z.map(z.string(), strings("access rights"), { error: "must be an object of SQL schemas" }).optional(),
    remoteGranters: strings("licences").optional(),
    settings: strings("settings").optional(),
  },
  { error: "must be an object" },
);

// Objects keyed by names people chose are handed to zod as Maps, not plain objects: zod skips a
// `__proto__` key in records (to protect its output), which would leave a user of that name
// unchecked. A Map also keeps file order, so issues come out in the order of the file.
const asMap = (inner: (value: Json) => unknown) => (value: Json) =>
  isJsonObject(value) ? new Map(value.entries.map(([k, v]) => [k, inner(v)])) : toPlain(value);

const NAMED: ReadonlyMap<string, (value: Json) => unknown> = new Map([
  ["users", asMap(toPlain)],
  ["groups", asMap(toPlain)],
  ["sqlSchemaGranters", asMap(asMap(toPlain))],
  ["remoteGranters", asMap(toPlain)],
  ["settings", asMap(toPlain)],
]);

/** The form zod checks: plain objects for fixed keys, Maps for objects keyed by names. */
function shapeInput(root: Json): unknown {
  if (!isJsonObject(root)) return toPlain(root);
  return Object.fromEntries(root.entries.map(([k, v]) => [k, (NAMED.get(k) ?? toPlain)(v)]));
}

const isString = (v: Json | undefined) => v === undefined || typeof v === "string";
const isNames = (v: Json | undefined) => v === undefined || (Array.isArray(v) && v.every((n) => typeof n === "string"));
const field = (o: JsonObject, key: string): Json | undefined => o.entries.find((e) => e[0] === key)?.[1];

function objectOf(v: Json | undefined, each: (value: Json) => boolean, optional = true): boolean {
  if (v === undefined) return optional;
  return isJsonObject(v) && v.entries.every((e) => each(e[1]));
}

/** The same rules as `directory` above, as a yes/no over the document (no copy, no messages). */
function wellShaped(root: Json): boolean {
  if (!isJsonObject(root)) return false;
  const user = (u: Json) => isJsonObject(u) && isString(field(u, "startupMethod")) && isString(field(u, "password")) && isString(field(u, "alias"));
  const group = (g: Json) => isJsonObject(g) && isNames(field(g, "users")) && isNames(field(g, "groups"));
  const strings = (o: Json) => objectOf(o, (s) => typeof s === "string", false);
  return (
    objectOf(field(root, "users"), user, false) &&
    objectOf(field(root, "groups"), group) &&
    objectOf(field(root, "sqlSchemaGranters"), strings) &&
    (field(root, "remoteGranters") === undefined || strings(field(root, "remoteGranters")!)) &&
    (field(root, "settings") === undefined || strings(field(root, "settings")!))
  );
}

function sentence(path: JsonPath, message: string): string {
  return message.startsWith("must ") ? `${formatPath(path)} ${message}` : message;
}

/**
 * The shape problems of a parsed directory.json; empty when the shape is right.
 *
 * Checks: the top level is an object with a `users` object of objects (`startupMethod`,
 * `password`, `alias` strings when present); `groups` an object of objects whose `users` and
 * `groups` are lists of names; `sqlSchemaGranters` an object of objects of strings;
 * `remoteGranters` and `settings` objects of strings. Unknown keys anywhere are fine.
 */
export function validateShape(root: Json): readonly ShapeIssue[] {
  // Most files are well formed: say so in one pass over the document itself; zod (over a plain
  // copy, for its messages) only runs when something is wrong.
  if (wellShaped(root)) return [];
  const result = directory.safeParse(shapeInput(root));
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
    return { path, message: sentence(path, issue.message) };
  });
}

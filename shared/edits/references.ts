/**
 * Where a user or a group is referred to, and rewriting those references (rename, delete).
 *
 * docs/directory-json.md §5 rule 7: renaming a user, alias or group updates every reference — group member lists,
 * settings, licences (`remoteGranters`) and SQL schema rights. `"*"` (everybody) and `""` (nobody)
 * are never references, even in a file that has a user or group with such a key.
 */
import type { DirectoryDocument } from "../document";
import { isJsonObject, type Json, type JsonObject } from "../json";
import { EVERYBODY, licenceInfo, NOBODY, settingInfo, SQL_RIGHTS, type SettingTarget } from "../keys";
import { modelOf } from "../model";
import { containedIn } from "../queries/effective";
import { listing, type Params } from "./edit";
import { dropMember, mapGroupLists, mapValues, replaceMember, updateTop } from "./tree";

/**
 * One place that refers to a user or a group by name.
 *
 * `group-member`: listed in that group's `users` (for a user) or `groups` (for a group);
 * `setting`: the value of that `settings` key (as stored, capitalised or not);
 * `licence`: the holder of that `remoteGranters` key; `sql-right`: a `sqlSchemaGranters` right.
 */
export type Reference =
  | { readonly kind: "group-member"; readonly group: string }
  | { readonly kind: "setting"; readonly key: string }
  | { readonly kind: "licence"; readonly key: string }
  | { readonly kind: "sql-right"; readonly schema: string; readonly right: string };

function isNamed(value: string, name: string): boolean {
  return value === name && name !== EVERYBODY && name !== NOBODY;
}

function settingReferences(doc: DirectoryDocument, name: string, target: SettingTarget): Reference[] {
  return modelOf(doc)
    .settings.filter((s) => settingInfo(s.storedKey)?.target === target && isNamed(s.value, name))
    .map((s) => ({ kind: "setting", key: s.storedKey }));
}

/** Every place that refers to the user named `name` (its alias for the Designer/Administrator). */
export function userReferences(doc: DirectoryDocument, name: string): readonly Reference[] {
  const members: Reference[] = modelOf(doc)
    .groups.filter((g) => g.users.includes(name))
    .map((g) => ({ kind: "group-member", group: g.name }));
  return [...members, ...settingReferences(doc, name, "user")];
}

/**
 * The groups whose `groups` list names the group `name`, in file order: its parents in the
 * membership index (built once per document, and already there in the editor) rather than a scan
 * of every group's list. A scan when `name` is no group or a group name is stored twice (the index
 * keeps a name's first entry only).
 */
function groupsListing(doc: DirectoryDocument, name: string): readonly string[] {
  const model = modelOf(doc);
  if (model.groupByName.has(name) && model.groupByName.size === model.groups.length) return containedIn(doc, name);
  return model.groups.filter((g) => g.groups.includes(name)).map((g) => g.name);
}

/** Every place that refers to the group `name`: other groups' member lists, licences, settings, SQL rights. */
export function groupReferences(doc: DirectoryDocument, name: string): readonly Reference[] {
  const model = modelOf(doc);
  const members: Reference[] = groupsListing(doc, name).map((group) => ({ kind: "group-member", group }));
  const licences: Reference[] = model.licences
    .filter((l) => isNamed(l.holder, name))
    .map((l) => ({ kind: "licence", key: l.key }));
  const sql: Reference[] = model.sqlSchemas.flatMap((s) =>
    s.rights.filter((r) => isNamed(r.value, name)).map((r) => ({ kind: "sql-right" as const, schema: s.schema, right: r.key })),
  );
  return [...members, ...licences, ...settingReferences(doc, name, "group"), ...sql];
}

/**
 * A reference as a message the UI says in its language (`engine:reference.<kind>`): the kind as
 * code, the English words (`describeReference`) and the names as parameters — `group`; a
 * setting's stored `key` and `kind` (who it names: `user` or `group`); a licence's `key`; an SQL
 * right's `schema` and `right`.
 */
export function referenceMessage(ref: Reference): { readonly code: Reference["kind"]; readonly message: string; readonly params: Params } {
  const message = describeReference(ref);
  switch (ref.kind) {
    case "group-member":
      return { code: ref.kind, message, params: { group: ref.group } };
    case "setting":
      return { code: ref.kind, message, params: { key: ref.key, kind: settingInfo(ref.key)?.target ?? "group" } };
    case "licence":
      return { code: ref.kind, message, params: { key: ref.key } };
    case "sql-right":
      return { code: ref.kind, message, params: { schema: ref.schema, right: ref.right } };
  }
}

/**
 * The reference a right's key names, as the queries key rights (`rightEntries`): an SQL right's
 * `sqlSchemaGranters.<schema>.<right>`, a setting's key, otherwise a licence's key.
 */
export function rightReference(key: string): Reference {
  const sql = /^sqlSchemaGranters\.(.*)\.([^.]+)$/.exec(key);
  if (sql) return { kind: "sql-right", schema: sql[1] as string, right: sql[2] as string };
  return settingInfo(key) ? { kind: "setting", key } : { kind: "licence", key };
}

/** A reference in words: `group Sales`, `licence 4D Write`, `setting designAccessGroup`, `SQL right Read only of DEFAULT_SCHEMA`. */
export function describeReference(ref: Reference): string {
  switch (ref.kind) {
    case "group-member":
      return `group ${ref.group}`;
    case "setting":
      return `setting ${ref.key}`;
    case "licence":
      return `licence ${licenceInfo(ref.key)?.label ?? ref.key}`;
    case "sql-right":
      return `SQL right ${SQL_RIGHTS.find((r) => r.key === ref.right)?.label ?? ref.right} of ${ref.schema}`;
  }
}

/**
 * What deleting a user or group did to its references, for the change log.
 *
 * `removed from Sales and Staff; cleared setting remoteDefaultUser`, or `nothing referred to it`.
 */
export function removalSummary(refs: readonly Reference[]): string {
  const lists = refs.flatMap((r) => (r.kind === "group-member" ? [r.group] : []));
  const slots = refs.filter((r) => r.kind !== "group-member").map(describeReference);
  const parts = [
    ...(lists.length > 0 ? [`removed from ${listing(lists)}`] : []),
    ...(slots.length > 0 ? [`cleared ${listing(slots)}`] : []),
  ];
  return parts.length > 0 ? parts.join("; ") : "nothing referred to it";
}

/**
 * Rewrites every reference to a user or a group: to `to` (rename), or away (`null`: delete).
 *
 * `listing`, when known, names every group (as keyed in `root`) whose list holds `name`: the other
 * groups' lists are not read.
 *
 * On delete the name leaves member lists (an emptied list is removed, as 4D does) and the
 * single-valued slots (settings, licences, SQL rights) become `""`, nobody.
 */
export function rewriteReferences(
  root: JsonObject,
  target: SettingTarget,
  name: string,
  to: string | null,
  listing?: ReadonlySet<string>,
): JsonObject {
  const slot = (value: Json): Json => (typeof value === "string" && isNamed(value, name) ? (to ?? NOBODY) : value);
  let next = mapGroupLists(
    root,
    target === "user" ? "users" : "groups",
    (members) => (to === null ? dropMember(members, name) : replaceMember(members, name, to)),
    listing,
  );
  next = updateTop(next, "settings", (settings) =>
    mapValues(settings, (value, key) => (settingInfo(key)?.target === target ? slot(value) : value)),
  );
  if (target === "user") return next;
  next = updateTop(next, "remoteGranters", (granters) => mapValues(granters, slot));
  return updateTop(next, "sqlSchemaGranters", (schemas) =>
    mapValues(schemas, (schema) => (isJsonObject(schema) ? mapValues(schema, slot) : schema)),
  );
}

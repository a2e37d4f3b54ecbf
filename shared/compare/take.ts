/**
 * Carrying differences across: making document `a` match document `b` on one difference, as an
 * ordinary edit with one change-log line.
 *
 * Whatever can be said with an existing edit is (set/clear a password, startup method, rename an
 * alias, add/remove a member, delete a user or a group, licences, settings, SQL rights). A user or
 * a group only in `b` is copied with its stored entry (a password goes across as the stored value:
 * a hash in the CLI, a vault token in the app, so never through the renderer) and takes the
 * position it has in `b`, so that carrying everything across gives back `b`'s bytes.
 */
import type { DirectoryDocument } from "../document";
import { getObject, isJsonObject, removeKey, setKey, type Json, type JsonObject } from "../json";
import type { ChangeCode, FailureOrRefusalCode } from "../messages";
import { GROUP_ORDER } from "../keys";
import { groupsObject, modelOf, usersObject, type DirectoryModel } from "../model";
import { fail, type Result } from "../result";
import { UNCHANGED, edited, listing, plural, unchanged, type Edit, type EditResult } from "../edits/edit";
import { addMember, removeMember } from "../edits/members";
import { clearPassword, setPasswordValue } from "../edits/passwords";
import { deleteUser, renameUser, setStartupMethod } from "../edits/users";
import { deleteGroup } from "../edits/groups";
import { giveLicence } from "../edits/licences";
import { DEFAULT_SCHEMA, setSetting, setSqlRight } from "../edits/access";
import { checkGroupName, checkRoom, checkUserKey, checkUserName } from "../edits/names";
import { entryList, topObject, withTop } from "../edits/tree";
import { commonOrder, compareDirectories, memberKey, userNameIn, type Difference } from "./compare";

/**
 * Where an item of `theirs` goes among `mine` so that the order matches `theirs`: right after the
 * nearest item before it in `theirs` that `mine` has (at the start when there is none).
 */
export function positionLike<T>(mine: readonly T[], theirs: readonly T[], item: T): number {
  const at = theirs.indexOf(item);
  for (let i = at - 1; i >= 0; i--) {
    const found = mine.indexOf(theirs[i] as T);
    if (found >= 0) return found + 1;
  }
  return 0;
}

/** `mine` with `[key, value]` inserted at the place `key` has among the keys of `theirs`. */
function insertLike(mine: JsonObject, theirs: JsonObject, key: string, value: Json): JsonObject {
  const at = positionLike(
    mine.entries.map(([k]) => k),
    theirs.entries.map(([k]) => k),
    key,
  );
  const entries = mine.entries.slice();
  entries.splice(at, 0, [key, value]);
  return { entries };
}

/** A member name of `b` as `a` names it (the built-in users go by each side's alias). */
function nameInA(ma: DirectoryModel, mb: DirectoryModel, name: string): string {
  const key = memberKey(mb, name);
  return key === name ? name : (userNameIn(ma, key) ?? name);
}

function applyAll(doc: DirectoryDocument, steps: readonly ((d: DirectoryDocument) => EditResult)[]): DirectoryDocument {
  let current = doc;
  for (const step of steps) {
    const result = step(current);
    if (result.ok) current = result.value.doc;
  }
  return current;
}

function takeUser(a: DirectoryDocument, b: DirectoryDocument, key: string): EditResult {
  const ma = modelOf(a);
  const mb = modelOf(b);
  const user = mb.users.find((u) => u.key === key);
  if (!user) return fail("user.unknown", `There is no user named ${key}.`, { name: key });
  for (const check of [checkRoom(a, "user"), checkUserName(a, user.name), checkUserKey(a, key)]) if (!check.ok) return check;
  const entry = usersObject(b).entries.find(([k]) => k === key)?.[1] ?? { entries: [] };
  const withUser: DirectoryDocument = { layout: a.layout, root: withTop(a.root, "users", insertLike(usersObject(a), usersObject(b), key, entry)) };
  // Its memberships in the groups both sides have, each at the place it has in `b`.
  const groups = mb.groups.filter((g) => g.users.includes(user.name) && ma.groupByName.has(g.name)).map((g) => g.name);
  const doc = applyAll(
    withUser,
    groups.map((g) => (d: DirectoryDocument) => {
      const mine = modelOf(d).groupByName.get(g)?.users ?? [];
      const theirs = (mb.groupByName.get(g)?.users ?? []).map((n) => nameInA(modelOf(d), mb, n));
      return addMember(d, g, { user: user.name }, positionLike(mine, theirs, user.name));
    }),
  );
  const memberOf = groups.length > 0 ? ` (member of ${listing(groups)})` : "";
  return edited(a, doc.root, "compare.user-taken", `added user ${user.name} as in the other copy${memberOf}`, {
    name: user.name,
    groups: groups.length,
    list: groups.join(", "),
  });
}

function takeGroup(a: DirectoryDocument, b: DirectoryDocument, name: string): EditResult {
  const ma = modelOf(a);
  const mb = modelOf(b);
  const group = mb.groupByName.get(name);
  if (!group) return fail("group.unknown", `There is no group named ${name}.`, { name });
  for (const check of [checkRoom(a, "group"), checkGroupName(a, name)]) if (!check.ok) return check;
  const stored = getObject(groupsObject(b), name) ?? { entries: [] };
  // Members that exist in `b` but not yet in `a` are left out (taking them brings their
  // memberships); names that are dangling in `b` too are kept as they are.
  const keepUser = (n: string) => !mb.userByName.has(n) || ma.userByName.has(nameInA(ma, mb, n));
  const keepGroup = (n: string) => !mb.groupByName.has(n) || ma.groupByName.has(n);
  let entry: JsonObject = stored;
  for (const [list, keep] of [["users", keepUser], ["groups", keepGroup]] as const) {
    const members = entryList(stored, list);
    if (!members) continue;
    const next = members.filter((m) => typeof m !== "string" || keep(m)).map((m) => (typeof m === "string" && list === "users" ? nameInA(ma, mb, m) : m));
    entry = next.length > 0 ? setKey(entry, list, next, GROUP_ORDER) : removeKey(entry, list);
  }
  const withGroup: DirectoryDocument = { layout: a.layout, root: withTop(a.root, "groups", insertLike(groupsObject(a), groupsObject(b), name, entry)) };
  const parents = mb.groups.filter((g) => g.groups.includes(name) && ma.groupByName.has(g.name)).map((g) => g.name);
  const doc = applyAll(
    withGroup,
    parents.map((p) => (d: DirectoryDocument) => {
      const mine = modelOf(d).groupByName.get(p)?.groups ?? [];
      return addMember(d, p, { group: name }, positionLike(mine, mb.groupByName.get(p)?.groups ?? [], name));
    }),
  );
  const users = entryList(entry, "users")?.length ?? 0;
  const nested = entryList(entry, "groups")?.length ?? 0;
  return edited(
    a,
    doc.root,
    "compare.group-taken",
    `added group ${name} as in the other copy (${plural(users, "member user")}, ${plural(nested, "member group")})`,
    { name, users, groups: nested },
  );
}

function takeMember(a: DirectoryDocument, b: DirectoryDocument, d: Extract<Difference, { kind: "member" }>): EditResult {
  const ma = modelOf(a);
  const mb = modelOf(b);
  if (d.only === "a") {
    return removeMember(a, d.group, d.memberKind === "user" ? { user: userNameIn(ma, d.key) ?? d.key } : { group: d.key });
  }
  if (d.memberKind === "group") {
    const position = positionLike(ma.groupByName.get(d.group)?.groups ?? [], mb.groupByName.get(d.group)?.groups ?? [], d.member);
    return addMember(a, d.group, { group: d.member }, position);
  }
  const name = nameInA(ma, mb, d.member);
  const theirs = (mb.groupByName.get(d.group)?.users ?? []).map((n) => nameInA(ma, mb, n));
  return addMember(a, d.group, { user: name }, positionLike(ma.groupByName.get(d.group)?.users ?? [], theirs, name));
}

/** Removes one key of a top-level object (a licence or a setting `b` does not have). */
function removeTopKey(a: DirectoryDocument, top: "remoteGranters" | "settings", key: string, code: ChangeCode, message: string): EditResult {
  const object = topObject(a.root, top);
  const stored = object.entries.find(([k]) => (top === "settings" ? k.toLowerCase() === key.toLowerCase() : k === key));
  if (!stored) return unchanged(`${key} is not set.`, { key });
  return edited(a, withTop(a.root, top, removeKey(object, stored[0])), code, message, { key });
}

function takeSqlRight(a: DirectoryDocument, schema: string, right: string, value: string | undefined): EditResult {
  const schemas = topObject(a.root, "sqlSchemaGranters");
  const rights = getObject(schemas, schema);
  if (value === undefined) {
    if (!rights) return unchanged(`${schema} has no ${right}.`, { schema, right });
    const root = withTop(a.root, "sqlSchemaGranters", setKey(schemas, schema, removeKey(rights, right)));
    return edited(a, root, "compare.sql-right-removed", `removed SQL right ${right} of ${schema}, as in the other copy`, { schema, right });
  }
  if (rights || schema === DEFAULT_SCHEMA) return setSqlRight(a, schema, right, value);
  // A schema only the other copy has: created, then the right set like any other.
  const created: DirectoryDocument = { layout: a.layout, root: withTop(a.root, "sqlSchemaGranters", setKey(schemas, schema, { entries: [] })) };
  const set = setSqlRight(created, schema, right, value);
  return set.ok ? edited(a, set.value.doc.root, set.value.change.code, set.value.change.message, set.value.change.params) : set;
}

/**
 * Puts the users (or groups) both sides have in `b`'s order; those only in `a` keep their places.
 */
function takeOrder(a: DirectoryDocument, b: DirectoryDocument, list: "users" | "groups"): EditResult {
  const object = list === "users" ? usersObject(a) : groupsObject(a);
  const other = (list === "users" ? usersObject(b) : groupsObject(b)).entries.map(([k]) => k);
  const mine = object.entries.map(([k]) => k);
  const sequence = commonOrder(other, mine);
  const byKey = new Map(object.entries.map((e) => [e[0], e] as const));
  const shared = new Set(sequence);
  let next = 0;
  const entries = object.entries.map((e) => (shared.has(e[0]) ? (byKey.get(sequence[next++] as string) ?? e) : e));
  if (entries.every((e, i) => e === object.entries[i])) return unchanged(`The ${list} are already in the other copy's order.`, { list });
  const message = list === "users" ? "put the users in the other copy's order (4D numbers users by their place)" : "put the groups in the other copy's order";
  return edited(a, withTop(a.root, list, { entries }), "compare.order-taken", message, { list, kind: list });
}

/**
 * Makes `a` match `b` on one difference (found by `compareDirectories(a, b)`): one edit, one
 * change-log line. A refusal (a name already taken, a licence for a group `a` lacks…) leaves `a`
 * as it was and says why.
 */
export function takeDifference(a: DirectoryDocument, b: DirectoryDocument, d: Difference): EditResult {
  const ma = modelOf(a);
  switch (d.kind) {
    case "user":
      return d.only === "b" ? takeUser(a, b, d.key) : deleteUser(a, d.name);
    case "group":
      return d.only === "b" ? takeGroup(a, b, d.name) : deleteGroup(a, d.name, { force: true });
    case "password": {
      const name = userNameIn(ma, d.key) ?? d.name;
      const entry = usersObject(b).entries.find(([k]) => k === d.key)?.[1];
      const value = isJsonObject(entry) ? entry.entries.find(([k]) => k === "password")?.[1] : undefined;
      return typeof value === "string" ? setPasswordValue(a, name, value) : clearPassword(a, name);
    }
    case "startup":
      return setStartupMethod(a, userNameIn(ma, d.key) ?? d.name, d.method.b ?? "");
    case "alias":
      return renameUser(a, d.alias.a, d.alias.b);
    case "member":
      return takeMember(a, b, d);
    case "order":
      return takeOrder(a, b, d.list);
    case "licence":
      return d.holder.b === undefined
        ? removeTopKey(a, "remoteGranters", d.key, "compare.licence-removed", `removed licence ${d.key}, as in the other copy`)
        : giveLicence(a, d.key, d.holder.b);
    case "setting":
      return d.value.b === undefined
        ? removeTopKey(a, "settings", d.key, "compare.setting-removed", `removed setting ${d.key}, as in the other copy`)
        : setSetting(a, d.key, d.value.b);
    case "sql":
      return takeSqlRight(a, d.schema, d.right, d.value.b);
  }
}

// Taking users and groups first lets the memberships, licences and rights that name them follow.
const TAKE_ORDER: readonly string[] = ["user-b", "group-b", "alias", "password", "startup", "member", "user-a", "group-a", "order", "licence", "setting", "sql"];

function rank(d: Difference): number {
  const key = d.kind === "user" || d.kind === "group" ? `${d.kind}-${d.only}` : d.kind;
  return TAKE_ORDER.indexOf(key);
}

/** The outcome of taking several differences: the document, one change per edit, and refusals. */
export interface Taken {
  readonly doc: DirectoryDocument;
  readonly edits: readonly Edit[];
  readonly refused: readonly { readonly id: string; readonly message: string; readonly code: FailureOrRefusalCode }[];
}

/**
 * Takes the differences with the given ids (all of them when `ids` is omitted) from `b` into `a`,
 * in an order that lets each one apply: new users and groups first, removals of users and groups
 * after the memberships, licences and rights last. A difference already settled by an earlier
 * one (a membership that came with its user) is skipped silently.
 */
export function takeDifferences(a: DirectoryDocument, b: DirectoryDocument, ids?: readonly string[]): Result<Taken> {
  const all = compareDirectories(a, b);
  const wanted = ids ? new Set(ids) : undefined;
  const unknown = ids?.find((id) => !all.some((d) => d.id === id));
  if (unknown !== undefined) return fail("compare.unknown-difference", `There is no difference "${unknown}" between the two copies.`, { id: unknown });
  const chosen = all.filter((d) => !wanted || wanted.has(d.id)).sort((x, y) => rank(x) - rank(y));
  let doc = a;
  const edits: Edit[] = [];
  const refused: { id: string; message: string; code: FailureOrRefusalCode }[] = [];
  for (const d of chosen) {
    const result = takeDifference(doc, b, d);
    if (result.ok) {
      doc = result.value.doc;
      edits.push(result.value);
    } else if (result.error.code !== UNCHANGED && result.error.code !== "member.duplicate" && result.error.code !== "member.absent") {
      refused.push({ id: d.id, message: result.error.message, code: result.error.code });
    }
  }
  return { ok: true, value: { doc, edits, refused } };
}

/**
 * A semantic comparison of two directory.json documents — what differs for 4D, not for a text
 * diff: users and groups only on one side, passwords (never the hash: only "differs"), startup
 * methods and aliases, memberships, licences, access settings and SQL rights.
 *
 * The sides are `a` and `b`. Users are matched by storage key (so the Designer and the
 * Administrator match whatever their alias), groups by name. A user (or group) only on one side
 * carries its memberships with it: they are not listed again as membership differences. Order,
 * layout and keys 4D does not know are not differences.
 *
 * Passwords are compared as stored values: two real hashes, or two redaction tokens of the same
 * vault (electron/services/redaction.ts gives one hash one token), so the renderer can compare
 * without holding a hash.
 */
import type { DirectoryDocument } from "../document";
import { settingInfo } from "../keys";
import { getString, isJsonObject } from "../json";
import { modelOf, usersObject, type DirectoryModel, type UserInfo } from "../model";
import type { PasswordKind } from "../password-shape";

/** One side of a comparison. */
export type Side = "a" | "b";

/** A value as each side holds it; `undefined`: not set on that side. */
export interface Pair<T> {
  readonly a: T;
  readonly b: T;
}

/**
 * One difference. `id` is stable and direction-free (`user:Bob`, `password:Bob`,
 * `member:Sales:user:Bob`…): the CLI's `take --id` and the app's checkboxes name differences by it.
 */
export type Difference =
  | { readonly id: string; readonly kind: "user"; readonly only: Side; readonly key: string; readonly name: string; readonly groups: readonly string[] }
  | { readonly id: string; readonly kind: "password"; readonly key: string; readonly name: string; readonly password: Pair<PasswordKind> }
  | { readonly id: string; readonly kind: "startup"; readonly key: string; readonly name: string; readonly method: Pair<string | undefined> }
  | { readonly id: string; readonly kind: "alias"; readonly key: string; readonly name: string; readonly alias: Pair<string> }
  | {
      readonly id: string;
      readonly kind: "member";
      readonly only: Side;
      readonly group: string;
      readonly memberKind: "user" | "group";
      /** The member as the side that lists it names it. */
      readonly member: string;
      /** The member's storage key (a user) or name (a group), the same on both sides. */
      readonly key: string;
    }
  | { readonly id: string; readonly kind: "group"; readonly only: Side; readonly name: string; readonly users: number; readonly groups: number }
  | {
      readonly id: string;
      readonly kind: "order";
      /** Users (4D numbers them by their place: docs/directory-json.md §5.11) or groups. */
      readonly list: "users" | "groups";
    }
  | { readonly id: string; readonly kind: "licence"; readonly key: string; readonly holder: Pair<string | undefined> }
  | { readonly id: string; readonly kind: "setting"; readonly key: string; readonly value: Pair<string | undefined> }
  | { readonly id: string; readonly kind: "sql"; readonly schema: string; readonly right: string; readonly value: Pair<string | undefined> };

/** Which side holds the newer password, and what tells: the backups, or only the files' times. */
export interface NewerHint {
  readonly newer: Side;
  readonly by: "backups" | "file-time";
}

/** The kinds of difference, in the order a comparison lists them. */
export type DifferenceKind = Difference["kind"];

const ORDER: readonly DifferenceKind[] = ["user", "password", "startup", "alias", "group", "member", "order", "licence", "setting", "sql"];

function storedPassword(doc: DirectoryDocument, key: string): string | undefined {
  const entry = usersObject(doc).entries.find(([k]) => k === key)?.[1];
  return isJsonObject(entry) ? getString(entry, "password") : undefined;
}

/** The user key a member name stands for on one side (the built-in users are named by alias). */
export function memberKey(model: DirectoryModel, name: string): string {
  const user = model.userByName.get(name);
  return user && user.kind !== "user" ? user.key : name;
}

/** The name a side uses for the user stored under `key` (its alias for the built-in users). */
export function userNameIn(model: DirectoryModel, key: string): string | undefined {
  return userByKey(model).get(key)?.name;
}

const byKeyCache = new WeakMap<DirectoryModel, Map<string, UserInfo>>();

function userByKey(model: DirectoryModel): Map<string, UserInfo> {
  let map = byKeyCache.get(model);
  if (!map) {
    map = new Map();
    for (const u of model.users) if (!map.has(u.key)) map.set(u.key, u);
    byKeyCache.set(model, map);
  }
  return map;
}

function groupsOfUser(model: DirectoryModel, name: string): string[] {
  return model.groups.filter((g) => g.users.includes(name)).map((g) => g.name);
}

function compareUsers(a: DirectoryDocument, b: DirectoryDocument, out: Difference[]): void {
  const ma = modelOf(a);
  const mb = modelOf(b);
  const ka = userByKey(ma);
  const kb = userByKey(mb);
  for (const [side, model, other] of [["a", ma, kb], ["b", mb, ka]] as const) {
    for (const user of userByKey(model).values()) {
      if (other.has(user.key)) continue;
      out.push({ id: `user:${user.key}`, kind: "user", only: side, key: user.key, name: user.name, groups: groupsOfUser(model, user.name) });
    }
  }
  for (const ua of ka.values()) {
    const ub = kb.get(ua.key);
    if (!ub) continue;
    if (storedPassword(a, ua.key) !== storedPassword(b, ua.key)) {
      out.push({ id: `password:${ua.key}`, kind: "password", key: ua.key, name: ua.name, password: { a: ua.password, b: ub.password } });
    }
    if (ua.startupMethod !== ub.startupMethod) {
      out.push({ id: `startup:${ua.key}`, kind: "startup", key: ua.key, name: ua.name, method: { a: ua.startupMethod, b: ub.startupMethod } });
    }
    if (ua.kind !== "user" && ua.name !== ub.name) {
      out.push({ id: `alias:${ua.key}`, kind: "alias", key: ua.key, name: ua.name, alias: { a: ua.name, b: ub.name } });
    }
  }
}

function compareGroups(a: DirectoryDocument, b: DirectoryDocument, out: Difference[]): void {
  const ma = modelOf(a);
  const mb = modelOf(b);
  for (const [side, model, other] of [["a", ma, mb], ["b", mb, ma]] as const) {
    for (const group of model.groupByName.values()) {
      if (other.groupByName.has(group.name)) continue;
      out.push({ id: `group:${group.name}`, kind: "group", only: side, name: group.name, users: group.users.length, groups: group.groups.length });
    }
  }
  // Memberships of groups on both sides; a member user only on one side travels with that user.
  const usersA = userByKey(ma);
  const usersB = userByKey(mb);
  for (const ga of ma.groupByName.values()) {
    const gb = mb.groupByName.get(ga.name);
    if (!gb) continue;
    for (const [side, mine, theirs, model, otherModel, otherUsers] of [
      ["a", ga, gb, ma, mb, usersB],
      ["b", gb, ga, mb, ma, usersA],
    ] as const) {
      const theirUsers = new Set(theirs.users.map((n) => memberKey(otherModel, n)));
      for (const name of mine.users) {
        const key = memberKey(model, name);
        if (theirUsers.has(key)) continue;
        if (userByKey(model).has(key) && !otherUsers.has(key)) continue;
        out.push({ id: `member:${ga.name}:user:${key}`, kind: "member", only: side, group: ga.name, memberKind: "user", member: name, key });
      }
      const theirGroups = new Set(theirs.groups);
      for (const name of mine.groups) {
        if (theirGroups.has(name)) continue;
        if (model.groupByName.has(name) && !otherModel.groupByName.has(name)) continue;
        out.push({ id: `member:${ga.name}:group:${name}`, kind: "member", only: side, group: ga.name, memberKind: "group", member: name, key: name });
      }
    }
  }
}

/** The keys both lists hold, in the order of `list`. */
export function commonOrder(list: readonly string[], other: readonly string[]): string[] {
  const theirs = new Set(other);
  return list.filter((k) => theirs.has(k));
}

function compareOrder(a: DirectoryDocument, b: DirectoryDocument, out: Difference[]): void {
  for (const list of ["users", "groups"] as const) {
    const keys = (d: DirectoryDocument) => (list === "users" ? modelOf(d).users.map((u) => u.key) : modelOf(d).groups.map((g) => g.name));
    const ka = keys(a);
    const kb = keys(b);
    const ca = commonOrder(ka, kb);
    const cb = commonOrder(kb, ka);
    if (ca.some((k, i) => cb[i] !== k)) out.push({ id: `order:${list}`, kind: "order", list });
  }
}

function valuesDiffer<T extends { key: string }>(
  a: readonly T[],
  b: readonly T[],
  value: (item: T) => string,
  keyOf: (item: T) => string,
  push: (key: string, pair: Pair<string | undefined>) => void,
): void {
  const ma = new Map<string, string>();
  for (const item of a) if (!ma.has(keyOf(item))) ma.set(keyOf(item), value(item));
  const mb = new Map<string, string>();
  for (const item of b) if (!mb.has(keyOf(item))) mb.set(keyOf(item), value(item));
  for (const key of new Set([...ma.keys(), ...mb.keys()])) {
    if (ma.get(key) !== mb.get(key)) push(key, { a: ma.get(key), b: mb.get(key) });
  }
}

function compareAccess(a: DirectoryDocument, b: DirectoryDocument, out: Difference[]): void {
  const ma = modelOf(a);
  const mb = modelOf(b);
  valuesDiffer(ma.licences, mb.licences, (l) => l.holder, (l) => l.key, (key, holder) => out.push({ id: `licence:${key}`, kind: "licence", key, holder }));
  const settings = (m: DirectoryModel) => m.settings.map((s) => ({ key: s.key ?? s.storedKey, value: s.value }));
  valuesDiffer(settings(ma), settings(mb), (s) => s.value, (s) => settingInfo(s.key)?.key ?? s.key, (key, value) =>
    out.push({ id: `setting:${key}`, kind: "setting", key, value }),
  );
  const rights = (m: DirectoryModel) => m.sqlSchemas.flatMap((s) => s.rights.map((r) => ({ key: `${s.schema}\u0000${r.key}`, value: r.value })));
  valuesDiffer(rights(ma), rights(mb), (r) => r.value, (r) => r.key, (key, value) => {
    const [schema, right] = key.split("\u0000") as [string, string];
    out.push({ id: `sql:${schema}:${right}`, kind: "sql", schema, right, value });
  });
}

/** How many users and groups differ (each counted once), and how many other differences. */
export interface DifferenceCounts {
  readonly users: number;
  readonly groups: number;
  readonly other: number;
}

/** Counts a comparison by what a person looks for: users changed, groups changed, the rest. */
export function differenceCounts(differences: readonly Difference[]): DifferenceCounts {
  const users = new Set<string>();
  const groups = new Set<string>();
  let other = 0;
  for (const d of differences) {
    if (d.kind === "user" || d.kind === "password" || d.kind === "startup" || d.kind === "alias") users.add(d.key);
    else if (d.kind === "member") groups.add(d.group);
    else if (d.kind === "group") groups.add(d.name);
    else other++;
  }
  return { users: users.size, groups: groups.size, other };
}

/**
 * Every difference between `a` and `b` that matters to 4D, in a stable order: users only on one
 * side, passwords, startup methods, aliases, groups only on one side, memberships, the order of
 * users or groups (4D numbers users by their place), licences,
 * access settings, SQL rights. Empty when the two grant the same things to the same people.
 */
export function compareDirectories(a: DirectoryDocument, b: DirectoryDocument): readonly Difference[] {
  const out: Difference[] = [];
  compareUsers(a, b, out);
  compareGroups(a, b, out);
  compareOrder(a, b, out);
  compareAccess(a, b, out);
  return out.sort((x, y) => ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind));
}

/**
 * Importing users from a table (CSV): the plan (what would be added, changed, refused) and the
 * one edit that applies it.
 *
 * Two layouts are read. The **users** layout has a `user` column and any of `password`, `groups`
 * (`;`-separated direct memberships to add) and `startupMethod`. The **rows** layout is what
 * `export --csv --rows` writes (`user,kind,group,how,path`): each `direct` row is a membership,
 * each `inherited` row's path (`A ⊂ B ⊂ C`) says which group contains which, so an export
 * recreates the same memberships in another project. The Designer and the Administrator are
 * matched by kind in that layout, since their names are aliases that differ between projects.
 *
 * All or nothing: the plan lists every row that cannot be applied, and `applyImport` refuses
 * unless there are none. Passwords arrive already hashed (or as redaction tokens): hashing is the
 * main process's job, and no message here ever holds a password value.
 */
import type { DirectoryDocument } from "../document";
import { getString, isJsonObject, setKey, type Json, type JsonObject } from "../json";
import { ADMINISTRATOR_KEY, DESIGNER_KEY, GROUP_ORDER, MAX_ENTRIES, USER_ORDER } from "../keys";
import { groupsObject, modelOf, usersObject } from "../model";
import { fail, ok, type Result } from "../result";
import { edited, plural, type EditResult } from "./edit";
import { checkGroupName, checkUserKey, checkUserName } from "./names";
import { withTop } from "./tree";

/** One row to import, as read from the file (line numbers are the file's, header = line 1). */
export interface ImportRow {
  readonly line: number;
  readonly user: string;
  /** The user kind, in the rows layout (`designer`, `administrator`, `user`). */
  readonly kind?: string;
  /** A prepared password value (hash or token); absent: unchanged. */
  readonly password?: string;
  /** Direct groups to add the user to. */
  readonly groups?: readonly string[];
  /** Group chain from the rows layout, upward: `[direct group, …, group]`. */
  readonly path?: readonly string[];
  /** Startup method; absent or `undefined`: unchanged, `""` clears it. */
  readonly startupMethod?: string;
}

/** A row the plan cannot apply: its line, and the reason in one sentence (`message`, without the line). */
export interface RefusedRow {
  readonly line: number;
  readonly user: string;
  readonly code: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What an import would do. Nothing changes until `applyImport`, and only if `refused` is empty. */
export interface ImportPlan {
  readonly added: readonly string[];
  /** Existing users the import changes, with what changes (`password`, `startupMethod`, `groups`). */
  readonly changed: readonly { readonly user: string; readonly fields: readonly string[] }[];
  readonly createdGroups: readonly string[];
  /** Memberships (user in group, or group in group) the import adds. */
  readonly memberships: number;
  readonly refused: readonly RefusedRow[];
}

/** Options of an import: create groups that do not exist (else rows naming them are refused). */
export interface ImportOptions {
  readonly createGroups: boolean;
}

interface Work {
  readonly plan: ImportPlan;
  readonly root: JsonObject;
}

function refuse(row: ImportRow, failure: { code: string; message: string; params?: Readonly<Record<string, string | number>> }): RefusedRow {
  return { line: row.line, user: row.user, code: failure.code, message: failure.message, params: { line: row.line, ...failure.params } };
}

// The Designer and the Administrator rows of an export: matched by kind, not by name.
function builtinKey(row: ImportRow): string | undefined {
  return row.kind === "designer" ? DESIGNER_KEY : row.kind === "administrator" ? ADMINISTRATOR_KEY : undefined;
}

function plan(doc: DirectoryDocument, rows: readonly ImportRow[], options: ImportOptions): Work {
  const model = modelOf(doc);
  const refused: RefusedRow[] = [];
  const added: string[] = [];
  const changedFields = new Map<string, Set<string>>();
  const createdGroups: string[] = [];
  const knownGroups = new Set(model.groups.map((g) => g.name));
  // Per user key: the fields to set; per group: user members and group members to add.
  const userUpdates = new Map<string, { password?: string; startupMethod?: string }>();
  const newUsers = new Map<string, string>(); // name → key (same for ordinary users)
  const addUsers = new Map<string, string[]>();
  const addGroups = new Map<string, string[]>();
  const seenLine = new Map<string, number>();
  let memberships = 0;

  const groupExists = (row: ImportRow, group: string): boolean => {
    if (knownGroups.has(group)) return true;
    if (!options.createGroups) {
      refused.push(refuse(row, fail("import.group-unknown", `there is no group named ${group}; create it first, or let the import create it (--create-groups).`, { group }).error));
      return false;
    }
    const named = checkGroupName(doc, group);
    if (!named.ok) {
      refused.push(refuse(row, named.error));
      return false;
    }
    knownGroups.add(group);
    createdGroups.push(group);
    return true;
  };
  const addTo = (map: Map<string, string[]>, group: string, member: string, existing: readonly string[]) => {
    const list = map.get(group) ?? [];
    if (existing.includes(member) || list.includes(member)) return false;
    list.push(member);
    map.set(group, list);
    memberships++;
    return true;
  };

  for (const row of rows) {
    const key = builtinKey(row);
    const existing = key ? model.users.find((u) => u.key === key) : model.userByName.get(row.user);
    const name = existing?.name ?? row.user;
    if (!existing) {
      const again = seenLine.get(row.user);
      if (again === undefined) {
        const named = checkUserName(doc, row.user);
        const keyed = named.ok ? checkUserKey(doc, row.user) : named;
        if (!keyed.ok) {
          refused.push(refuse(row, keyed.error));
          continue;
        }
        seenLine.set(row.user, row.line);
        newUsers.set(row.user, row.user);
        added.push(row.user);
      }
    }
    const fields = new Set<string>();
    const update = userUpdates.get(name) ?? {};
    if (row.password !== undefined) {
      update.password = row.password;
      fields.add("password");
    }
    if (row.startupMethod !== undefined && (existing?.startupMethod ?? "") !== row.startupMethod) {
      update.startupMethod = row.startupMethod;
      fields.add("startupMethod");
    }
    userUpdates.set(name, update);
    for (const group of row.groups ?? []) {
      if (!groupExists(row, group)) continue;
      if (addTo(addUsers, group, name, model.groupByName.get(group)?.users ?? [])) fields.add("groups");
    }
    const path = row.path ?? [];
    for (let i = 0; i + 1 < path.length; i++) {
      const [inner, outer] = [path[i] as string, path[i + 1] as string];
      if (!groupExists(row, inner) || !groupExists(row, outer)) break;
      addTo(addGroups, outer, inner, model.groupByName.get(outer)?.groups ?? []);
    }
    if (existing && fields.size > 0) {
      const all = changedFields.get(name) ?? new Set<string>();
      for (const f of fields) all.add(f);
      changedFields.set(name, all);
    }
  }
  const total = model.users.length + added.length;
  if (total > MAX_ENTRIES && rows[0]) {
    refused.push(refuse(rows[0], fail("user.limit", `4D allows at most ${MAX_ENTRIES} users and this import would make ${total}.`, { count: total, max: MAX_ENTRIES }).error));
  }
  if (model.groups.length + createdGroups.length > MAX_ENTRIES && rows[0]) {
    const count = model.groups.length + createdGroups.length;
    refused.push(refuse(rows[0], fail("group.limit", `4D allows at most ${MAX_ENTRIES} groups and this import would make ${count}.`, { count, max: MAX_ENTRIES }).error));
  }
  const result: ImportPlan = {
    added,
    changed: [...changedFields].map(([user, fields]) => ({ user, fields: [...fields] })),
    createdGroups,
    memberships,
    refused,
  };
  if (refused.length > 0) return { plan: result, root: doc.root };
  return { plan: result, root: build(doc, { newUsers, userUpdates, createdGroups, addUsers, addGroups }) };
}

function build(
  doc: DirectoryDocument,
  w: {
    newUsers: Map<string, string>;
    userUpdates: Map<string, { password?: string; startupMethod?: string }>;
    createdGroups: readonly string[];
    addUsers: Map<string, string[]>;
    addGroups: Map<string, string[]>;
  },
): JsonObject {
  const model = modelOf(doc);
  const keyOf = new Map(model.users.map((u) => [u.name, u.key] as const));
  const byKey = new Map<string, { password?: string; startupMethod?: string }>();
  for (const [name, update] of w.userUpdates) byKey.set(keyOf.get(name) ?? (w.newUsers.get(name) as string), update);
  const withUpdate = (entry: JsonObject, update: { password?: string; startupMethod?: string } | undefined): JsonObject => {
    let next = entry;
    if (update?.startupMethod !== undefined && (getString(next, "startupMethod") ?? "") !== update.startupMethod) {
      next = update.startupMethod === "" ? { entries: next.entries.filter(([k]) => k !== "startupMethod") } : setKey(next, "startupMethod", update.startupMethod, USER_ORDER);
    }
    if (update?.password !== undefined && getString(next, "password") !== update.password) next = setKey(next, "password", update.password, USER_ORDER);
    return next;
  };
  const users = usersObject(doc).entries.map((e) => {
    const update = byKey.get(e[0]);
    if (!update || !isJsonObject(e[1])) return e;
    const next = withUpdate(e[1], update);
    return next === e[1] ? e : ([e[0], next] as const);
  });
  for (const key of w.newUsers.values()) users.push([key, withUpdate({ entries: [] }, byKey.get(key))]);
  const groupEntries = groupsObject(doc).entries.slice();
  for (const name of w.createdGroups) groupEntries.push([name, { entries: [] }]);
  const groups = groupEntries.map((e) => {
    const moreUsers = w.addUsers.get(e[0]);
    const moreGroups = w.addGroups.get(e[0]);
    if ((!moreUsers && !moreGroups) || !isJsonObject(e[1])) return e;
    let entry: JsonObject = e[1];
    const append = (list: "users" | "groups", more: readonly string[] | undefined) => {
      if (!more) return;
      const current = entry.entries.find(([k]) => k === list)?.[1];
      const before: readonly Json[] = Array.isArray(current) ? current : [];
      entry = setKey(entry, list, [...before, ...more], GROUP_ORDER);
    };
    append("users", moreUsers);
    append("groups", moreGroups);
    return [e[0], entry] as const;
  });
  let root = withTop(doc.root, "users", { entries: users });
  if (groups.length > 0) root = withTop(root, "groups", { entries: groups });
  return root;
}

/** What importing `rows` would do, without changing anything (the dry run and the app's preview). */
export function planImport(doc: DirectoryDocument, rows: readonly ImportRow[], options: ImportOptions): ImportPlan {
  return plan(doc, rows, options).plan;
}

/**
 * Applies an import as one edit, or refuses it whole when any row cannot be applied (the failure
 * lists the first rows refused; `planImport` gives them all).
 */
export function applyImport(doc: DirectoryDocument, rows: readonly ImportRow[], options: ImportOptions): EditResult {
  const { plan: p, root } = plan(doc, rows, options);
  if (p.refused.length > 0) {
    const first = p.refused.slice(0, 3).map((r) => `line ${r.line}: ${r.message}`).join("; ");
    return fail("import.refused", `${plural(p.refused.length, "row")} cannot be imported, so nothing was changed: ${first}.`, { count: p.refused.length });
  }
  if (p.added.length === 0 && p.changed.length === 0 && p.createdGroups.length === 0 && p.memberships === 0) {
    return fail("edit.unchanged", "The import changes nothing: every row is already as the file says.", {});
  }
  const groups = p.createdGroups.length > 0 ? `; ${plural(p.createdGroups.length, "group")} created` : "";
  return edited(doc, root, "import.applied", `imported ${plural(p.added.length, "new user")} and changed ${plural(p.changed.length, "user")}${groups}`, {
    added: p.added.length,
    changed: p.changed.length,
    groups: p.createdGroups.length,
    memberships: p.memberships,
  });
}

/** Checks a table's header: which layout, or which columns are unknown or missing. */
export function importLayout(header: readonly string[]): Result<"users" | "rows"> {
  const names = header.map((h) => h.trim());
  const rows = ["user", "kind", "group", "how", "path"];
  if (names.length === rows.length && names.every((n, i) => n === rows[i])) return ok("rows");
  const known = new Set(["user", "password", "groups", "startupMethod"]);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    return fail("import.columns-unknown", `unknown column ${unknown.map((u) => `"${u}"`).join(", ")}: the columns are user, password, groups and startupMethod (or the export's user,kind,group,how,path).`, {
      columns: unknown.join(", "),
    });
  }
  if (!names.includes("user")) return fail("import.column-user", 'the header has no "user" column, which is required.', {});
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return fail("import.column-twice", `the column "${twice}" is given twice.`, { column: twice });
  return ok("users");
}

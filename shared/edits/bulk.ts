/**
 * Edits of many users or groups at once: one document, one change-log line, one undo step.
 *
 * Each is a single pass over the parts it touches (never one single edit per name, which would
 * rebuild the document's model once per name): adding 1,000 users to a group in a 16,000-group
 * file costs one walk of the groups object.
 */
import type { DirectoryDocument } from "../document";
import { getString, hasKey, isJsonObject, removeKey, setKey, type Json, type JsonObject } from "../json";
import { GROUP_ORDER, NOBODY, settingInfo, USER_ORDER } from "../keys";
import { modelOf, usersObject, type UserInfo } from "../model";
import { fail, ok, type Result } from "../result";
import { edited, listing, plural, unchanged, type EditResult } from "./edit";
import { nestingPath, type Member } from "./members";
import { findGroup, findUser } from "./names";
import { entryList, mapValues, updateTop, withTop } from "./tree";

/** The kind of a set of members, for the change line: all users, all groups, or a mix. */
function kindOf(members: readonly Member[]): "user" | "group" | "member" {
  const users = members.filter((m) => "user" in m).length;
  return users === members.length ? "user" : users === 0 ? "group" : "member";
}

const nameOf = (m: Member): string => ("user" in m ? m.user : m.group);

/** Distinct names, first occurrence kept (a selection can hold a name once only). */
function distinct(names: readonly string[]): readonly string[] {
  return [...new Set(names)];
}

/** The users named, or the refusal for the first unknown one. */
function findUsers(doc: DirectoryDocument, names: readonly string[]): Result<readonly UserInfo[]> {
  const found: UserInfo[] = [];
  for (const name of distinct(names)) {
    const user = findUser(doc, name);
    if (!user.ok) return user;
    found.push(user.value);
  }
  if (found.length === 0) return fail("bulk.nothing-selected", "Select at least one user.", {});
  return ok(found);
}

/** Checks the target groups and the members (existence, a group in itself, cycles). */
function checkMembers(doc: DirectoryDocument, targets: readonly string[], members: readonly Member[], adding: boolean): Result<true> {
  if (targets.length === 0 || members.length === 0) return fail("bulk.nothing-selected", "Select at least one group and one member.", {});
  for (const target of targets) {
    const found = findGroup(doc, target);
    if (!found.ok) return found;
  }
  for (const member of members) {
    const exists = "user" in member ? findUser(doc, member.user) : findGroup(doc, member.group);
    if (!exists.ok) return exists;
    if (!adding || "user" in member) continue;
    for (const target of targets) {
      const params = { group: target, member: member.group, kind: "group" };
      if (member.group === target) return fail("member.self", `A group cannot contain itself, so ${target} cannot be a member of ${target}.`, params);
      const path = nestingPath(doc, member.group, target);
      if (path) {
        const cycle = [...path, member.group].join(" → ");
        return fail("member.cycle", `${member.group} already contains ${target}, so ${target} cannot contain ${member.group} (${cycle}).`, {
          ...params,
          path: cycle,
        });
      }
    }
  }
  return ok(true);
}

/** Rewrites the member lists of the `targets` groups through `fn`; counts the memberships changed. */
function rewriteTargets(
  doc: DirectoryDocument,
  targets: readonly string[],
  fn: (list: "users" | "groups", members: readonly Json[]) => readonly Json[],
): { root: JsonObject; changed: number } {
  const wanted = new Set(targets);
  let changed = 0;
  const root = updateTop(doc.root, "groups", (groups) =>
    mapValues(groups, (entry, group) => {
      if (!wanted.has(group) || !isJsonObject(entry)) return entry;
      let next = entry;
      for (const list of GROUP_ORDER) {
        const before = entryList(next, list) ?? [];
        const after = fn(list, before);
        if (after === before) continue;
        changed += Math.abs(after.length - before.length);
        next = after.length === 0 ? removeKey(next, list) : setKey(next, list, after, GROUP_ORDER);
      }
      return next;
    }),
  );
  return { root, changed };
}

function targetParams(targets: readonly string[]): { group: string; groups: number } {
  return { group: targets[0] as string, groups: targets.length };
}

function targetWords(targets: readonly string[]): string {
  return targets.length === 1 ? (targets[0] as string) : plural(targets.length, "group");
}

/**
 * Adds every member (users and groups) to every target group, at the end of its lists; members
 * already there are left alone. Refuses unknown names and any nesting that would make a cycle.
 * The change line counts the members: "added 50 users to Sales", "added 3 groups to 2 groups".
 */
export function addMembersToGroups(doc: DirectoryDocument, targets: readonly string[], members: readonly Member[]): EditResult {
  const checked = checkMembers(doc, distinct(targets), members, true);
  if (!checked.ok) return checked;
  const byList = { users: distinct(members.filter((m) => "user" in m).map(nameOf)), groups: distinct(members.filter((m) => "group" in m).map(nameOf)) };
  const { root, changed } = rewriteTargets(doc, distinct(targets), (list, current) => {
    const present = new Set(current);
    const missing = byList[list].filter((name) => !present.has(name));
    return missing.length === 0 ? current : [...current, ...missing];
  });
  const kind = kindOf(members);
  const count = byList.users.length + byList.groups.length;
  if (changed === 0) return unchanged(`Every one of them is already a member of ${listing(distinct(targets))}.`, { count });
  return edited(doc, root, "bulk.members-added", `added ${plural(count, kind)} to ${targetWords(distinct(targets))}`, {
    count,
    kind,
    memberships: changed,
    ...targetParams(distinct(targets)),
  });
}

/** Removes every member from every target group (direct memberships only). */
export function removeMembersFromGroups(doc: DirectoryDocument, targets: readonly string[], members: readonly Member[]): EditResult {
  const checked = checkMembers(doc, distinct(targets), members, false);
  if (!checked.ok) return checked;
  const byList = { users: new Set(members.filter((m) => "user" in m).map(nameOf)), groups: new Set(members.filter((m) => "group" in m).map(nameOf)) };
  const { root, changed } = rewriteTargets(doc, distinct(targets), (list, current) =>
    current.some((m) => typeof m === "string" && byList[list].has(m)) ? current.filter((m) => !(typeof m === "string" && byList[list].has(m))) : current,
  );
  const kind = kindOf(members);
  const count = byList.users.size + byList.groups.size;
  if (changed === 0) return unchanged(`None of them is a direct member of ${listing(distinct(targets))}.`, { count });
  return edited(doc, root, "bulk.members-removed", `removed ${plural(count, kind)} from ${targetWords(distinct(targets))}`, {
    count,
    kind,
    memberships: changed,
    ...targetParams(distinct(targets)),
  });
}

/** Rewrites the stored entries of `users` through `fn`; counts the entries that changed. */
function rewriteUsers(doc: DirectoryDocument, users: readonly UserInfo[], fn: (entry: JsonObject, user: UserInfo) => JsonObject): { root: JsonObject; changed: number } {
  const byKey = new Map(users.map((u) => [u.key, u] as const));
  let changed = 0;
  const next = mapValues(usersObject(doc), (value, key) => {
    const user = byKey.get(key);
    if (!user) return value;
    const entry = isJsonObject(value) ? value : { entries: [] };
    const after = fn(entry, user);
    if (after === entry) return value;
    changed++;
    return after;
  });
  return { root: next === usersObject(doc) ? doc.root : withTop(doc.root, "users", next), changed };
}

/** Sets (or, with `""`, removes) the startup method of every user named. */
export function setStartupMethods(doc: DirectoryDocument, names: readonly string[], method: string): EditResult {
  const users = findUsers(doc, names);
  if (!users.ok) return users;
  const { root, changed } = rewriteUsers(doc, users.value, (entry) => {
    if ((getString(entry, "startupMethod") ?? "") === method) return entry;
    return method === "" ? removeKey(entry, "startupMethod") : setKey(entry, "startupMethod", method, USER_ORDER);
  });
  if (changed === 0) return unchanged(method === "" ? "None of them has a startup method." : `They all start with ${method} already.`, { method });
  if (method === "") return edited(doc, root, "bulk.startup-methods-removed", `removed the startup method of ${plural(changed, "user")}`, { count: changed });
  return edited(doc, root, "bulk.startup-methods-set", `set the startup method of ${plural(changed, "user")} to ${method}`, { count: changed, method });
}

/** The note for an edit that turns the Designer's password (so 4D's access control) on or off. */
function accessControl(users: readonly UserInfo[], on: boolean): { accessControl?: string } {
  return users.some((u) => u.kind === "designer") ? { accessControl: on ? "on" : "off" } : {};
}

/** Removes the password of every user named. Naming the Designer turns 4D's access control off. */
export function clearPasswords(doc: DirectoryDocument, names: readonly string[]): EditResult {
  const users = findUsers(doc, names);
  if (!users.ok) return users;
  const cleared = users.value.filter((u) => u.password !== "none");
  const { root, changed } = rewriteUsers(doc, cleared, (entry) => (hasKey(entry, "password") ? removeKey(entry, "password") : entry));
  if (changed === 0) return unchanged("None of them has a password to clear.", {});
  const extra = accessControl(cleared, false);
  const note = extra.accessControl ? " (4D access control is now off)" : "";
  return edited(doc, root, "bulk.passwords-cleared", `cleared the password of ${plural(changed, "user")}${note}`, { count: changed, ...extra });
}

/**
 * Gives every user named the same prepared password value (a hash or a redaction token: hashing
 * happens in the main process, and no message contains the value). A temporary password for many
 * users at once; giving it to the Designer turns 4D's access control on if it was off.
 */
export function setPasswords(doc: DirectoryDocument, names: readonly string[], value: string): EditResult {
  const users = findUsers(doc, names);
  if (!users.ok) return users;
  const { root, changed } = rewriteUsers(doc, users.value, (entry) =>
    getString(entry, "password") === value ? entry : setKey(entry, "password", value, USER_ORDER),
  );
  if (changed === 0) return unchanged("They all have this password already.", {});
  const designer = users.value.find((u) => u.kind === "designer");
  const extra = designer && designer.password === "none" ? accessControl([designer], true) : {};
  const note = extra.accessControl ? " (4D access control is now on)" : "";
  return edited(doc, root, "bulk.passwords-set", `set the same password for ${plural(changed, "user")}${note}`, { count: changed, ...extra });
}

/**
 * Deletes every user named, takes them out of every group and clears the settings that named
 * them. The Designer and the Administrator cannot be deleted.
 */
export function deleteUsers(doc: DirectoryDocument, names: readonly string[]): EditResult {
  const users = findUsers(doc, names);
  if (!users.ok) return users;
  const builtin = users.value.find((u) => u.kind !== "user");
  if (builtin) {
    const who = builtin.kind === "designer" ? "Designer" : "Administrator";
    return fail("user.builtin-delete", `${builtin.name} is the ${who}, who cannot be deleted: 4D always keeps the Designer and the Administrator.`, {
      name: builtin.name,
      kind: builtin.kind,
    });
  }
  const keys = new Set(users.value.map((u) => u.key));
  const gone = new Set(users.value.map((u) => u.name));
  let root = withTop(doc.root, "users", { entries: usersObject(doc).entries.filter(([key]) => !keys.has(key)) });
  let memberships = 0;
  root = updateTop(root, "groups", (groups) =>
    mapValues(groups, (entry) => {
      if (!isJsonObject(entry)) return entry;
      const list = entryList(entry, "users");
      if (!list || !list.some((m) => typeof m === "string" && gone.has(m))) return entry;
      const kept = list.filter((m) => !(typeof m === "string" && gone.has(m)));
      memberships += list.length - kept.length;
      return kept.length === 0 ? removeKey(entry, "users") : setKey(entry, "users", kept, GROUP_ORDER);
    }),
  );
  // User settings that named a deleted user become "" (no user), as a single delete does.
  let settings = 0;
  root = updateTop(root, "settings", (object) =>
    mapValues(object, (value, key) => {
      if (settingInfo(key)?.target !== "user" || typeof value !== "string" || !gone.has(value)) return value;
      settings++;
      return NOBODY;
    }),
  );
  const count = users.value.length;
  return edited(doc, root, "bulk.users-deleted", `deleted ${plural(count, "user")} (${plural(memberships, "group membership")} removed${settings > 0 ? `; ${plural(settings, "setting")} cleared` : ""})`, {
    count,
    memberships,
    settings,
  });
}

/** The users of `names` in file order, for a selection kept as a set. */
export function inFileOrder(doc: DirectoryDocument, names: ReadonlySet<string>): readonly string[] {
  return modelOf(doc).users.filter((u) => names.has(u.name)).map((u) => u.name);
}

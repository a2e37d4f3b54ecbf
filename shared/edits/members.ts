/**
 * Adding and removing the members of a group: users (by name, the alias for the built-in users)
 * and groups (nesting, docs/directory-json.md §5 rule 6).
 *
 * Nesting may not create a cycle: the check is a depth-first walk down `groups` lists from the
 * candidate member with a visited set, so it is linear and never loops on a cycle already in a file.
 */
import type { DirectoryDocument } from "../document";
import { getObject, removeKey, setKey, type JsonObject } from "../json";
import { GROUP_ORDER } from "../keys";
import { groupsObject, modelOf } from "../model";
import { fail } from "../result";
import { edited, type EditResult } from "./edit";
import { findGroup, findUser } from "./names";
import { entryList, withTop } from "./tree";

/** A group member: a user by name or a group by name. */
export type Member = { readonly user: string } | { readonly group: string };

function described(member: Member): { kind: "user" | "group"; name: string; list: "users" | "groups" } {
  return "user" in member ? { kind: "user", name: member.user, list: "users" } : { kind: "group", name: member.group, list: "groups" };
}

/**
 * The chain of `groups` lists leading down from group `from` to group `to` (`[from, …, to]`),
 * or undefined when `to` is not nested in `from`.
 */
export function nestingPath(doc: DirectoryDocument, from: string, to: string): readonly string[] | undefined {
  const byName = modelOf(doc).groupByName;
  const parent = new Map<string, string>();
  const visited = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (current === to) {
      const path = [to];
      for (let at = to; at !== from; ) {
        at = parent.get(at) as string;
        path.unshift(at);
      }
      return path;
    }
    for (const child of byName.get(current)?.groups ?? []) {
      if (visited.has(child)) continue;
      visited.add(child);
      parent.set(child, current);
      stack.push(child);
    }
  }
  return undefined;
}

function withGroupEntry(doc: DirectoryDocument, group: string, entry: JsonObject): JsonObject {
  return withTop(doc.root, "groups", setKey(groupsObject(doc), group, entry));
}

/**
 * Adds a user or a group to a group's `users`/`groups` list: at its end, or at `position` (an
 * index in that list; a carried-across member takes the place it has in the other copy).
 *
 * Refuses an unknown group or member, a member already listed, a group containing itself, and a
 * nesting that would make a cycle — naming the path, e.g. `Sales already contains Managers, so
 * Managers cannot contain Sales (Sales → Managers → Sales).`
 */
export function addMember(doc: DirectoryDocument, group: string, member: Member, position?: number): EditResult {
  const found = findGroup(doc, group);
  if (!found.ok) return found;
  const { kind, name, list } = described(member);
  const exists = kind === "user" ? findUser(doc, name) : findGroup(doc, name);
  if (!exists.ok) return exists;
  const params = { group, member: name, kind };
  if (found.value[list].includes(name)) {
    return fail("member.duplicate", `${name} is already a member of ${group}.`, params);
  }
  if (kind === "group") {
    if (name === group) return fail("member.self", `A group cannot contain itself, so ${group} cannot be a member of ${group}.`, params);
    const path = nestingPath(doc, name, group);
    if (path) {
      const cycle = [...path, name].join(" → ");
      return fail("member.cycle", `${name} already contains ${group}, so ${group} cannot contain ${name} (${cycle}).`, {
        ...params,
        path: cycle,
      });
    }
  }
  const entry = getObject(groupsObject(doc), group) ?? { entries: [] };
  const members = entryList(entry, list) ?? [];
  const at = position === undefined ? members.length : Math.max(0, Math.min(position, members.length));
  const root = withGroupEntry(doc, group, setKey(entry, list, [...members.slice(0, at), name, ...members.slice(at)], GROUP_ORDER));
  return edited(doc, root, "member.added", `added ${name} to ${group}`, params);
}

/**
 * Removes a user or a group from a group's list; a list left empty is removed, as 4D writes an
 * empty group as `{}`. The member need not exist (a dangling name can be cleaned up this way).
 */
export function removeMember(doc: DirectoryDocument, group: string, member: Member): EditResult {
  const found = findGroup(doc, group);
  if (!found.ok) return found;
  const { kind, name, list } = described(member);
  const params = { group, member: name, kind };
  if (!found.value[list].includes(name)) {
    return fail("member.absent", `${name} is not a member of ${group}, so it cannot be removed from it.`, params);
  }
  const entry = getObject(groupsObject(doc), group) ?? { entries: [] };
  const members = (entryList(entry, list) ?? []).filter((m) => m !== name);
  const next = members.length > 0 ? setKey(entry, list, members, GROUP_ORDER) : removeKey(entry, list);
  return edited(doc, withGroupEntry(doc, group, next), "member.removed", `removed ${name} from ${group}`, params);
}

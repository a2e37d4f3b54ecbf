/**
 * Editing groups: add, duplicate, rename (with its cascade), empty, delete (only with force), next free name.
 *
 * New groups go at the end of `groups`, which is created at its canonical place when missing.
 */
import type { DirectoryDocument } from "../document";
import { lookalikeOf } from "../audit/lookalikes";
import { getObject, removeKey, renameKey, setKey, type JsonObject } from "../json";
import { groupsObject, modelOf } from "../model";
import { fail } from "../result";
import { edited, listing, plural, unchanged, type EditResult } from "./edit";
import { checkGroupName, checkRoom, findGroup, nextFreeName } from "./names";
import { describeReference, groupReferences, removalSummary, rewriteReferences, type Reference } from "./references";
import { withTop } from "./tree";

export { groupReferences } from "./references";

function withNewGroup(doc: DirectoryDocument, name: string, entry: JsonObject): JsonObject {
  return withTop(doc.root, "groups", { entries: [...groupsObject(doc).entries, [name, entry]] });
}

function checkNewGroup(doc: DirectoryDocument, name: string): EditResult | undefined {
  const room = checkRoom(doc, "group");
  if (!room.ok) return room;
  const named = checkGroupName(doc, name);
  return named.ok ? undefined : named;
}

/**
 * Adds a group at the end with the Administrator (by its alias) as its member.
 *
 * docs/directory-json.md §5 rule 3: 4D gives every new group the Administrator; it can be removed afterwards.
 */
export function addGroup(doc: DirectoryDocument, name: string): EditResult {
  const refused = checkNewGroup(doc, name);
  if (refused) return refused;
  const admin = modelOf(doc).users.find((u) => u.kind === "administrator");
  const entry: JsonObject = { entries: admin ? [["users", [admin.name]]] : [] };
  const withAdmin = admin ? ` with ${admin.name} as member` : "";
  return edited(doc, withNewGroup(doc, name, entry), "group.added", `added group ${name}${withAdmin}`, { name });
}

/** Adds a copy of a group at the end: its member users and member groups (not its licences or rights). */
export function duplicateGroup(doc: DirectoryDocument, name: string, newName: string): EditResult {
  const found = findGroup(doc, name);
  if (!found.ok) return found;
  const refused = checkNewGroup(doc, newName);
  if (refused) return refused;
  const stored = getObject(groupsObject(doc), name) ?? { entries: [] };
  const entry: JsonObject = { entries: stored.entries.filter(([key]) => key === "users" || key === "groups") };
  const { users, groups } = found.value;
  return edited(
    doc,
    withNewGroup(doc, newName, entry),
    "group.duplicated",
    `duplicated group ${name} as ${newName} (${plural(users.length, "member user")}, ${plural(groups.length, "member group")}; licences and rights not copied)`,
    { name, newName, users: users.length, groups: groups.length },
  );
}

/**
 * Renames a group (in place) and every reference to it.
 *
 * Other groups' `groups` lists, `remoteGranters` holders, group settings (either capitalisation)
 * and every `sqlSchemaGranters` right. The change message counts the references updated.
 */
export function renameGroup(doc: DirectoryDocument, name: string, newName: string): EditResult {
  const found = findGroup(doc, name);
  if (!found.ok) return found;
  if (newName === name) return unchanged(`Group ${name} already has that name.`, { name });
  const named = checkGroupName(doc, newName, name);
  if (!named.ok) return named;
  const references = groupReferences(doc, name);
  const count = references.length;
  const renamed = withTop(doc.root, "groups", renameKey(groupsObject(doc), name, newName));
  // Only the lists known to name it are rewritten (a group listing itself is keyed newName now).
  const listing = new Set(references.flatMap((r) => (r.kind !== "group-member" ? [] : r.group === name ? [name, newName] : [r.group])));
  const root = rewriteReferences(renamed, "group", name, newName, listing);
  return edited(doc, root, "group.renamed", `renamed group ${name} → ${newName} (${plural(count, "reference")} updated)`, {
    name,
    newName,
    references: count,
  });
}

/**
 * What refers to the group `name` apart from itself: what a forced delete clears (a group that
 * lists itself, which `check` reports as a cycle, goes with it and is not a reference to clear).
 */
export function otherGroupReferences(doc: DirectoryDocument, name: string): readonly Reference[] {
  return groupReferences(doc, name).filter((r) => !(r.kind === "group-member" && r.group === name));
}

/**
 * Empties a group in one step: its `users` and `groups` lists go (4D writes an empty group as
 * `{}`), anything else in its entry stays.
 *
 * This is how 4D retires a group (its editor cannot delete one, docs/directory-json.md §5 rule 4):
 * the group stays, with its licences and rights, but nobody gets them through it any more. One
 * pass over the entry, so emptying a group of 16,000 members costs the same as a small one. The
 * counts are of distinct members (a repeated name is one member). Refused with
 * `group.already-empty` when it has no members.
 */
export function emptyGroup(doc: DirectoryDocument, name: string): EditResult {
  const found = findGroup(doc, name);
  if (!found.ok) return found;
  const users = new Set(found.value.users).size;
  const groups = new Set(found.value.groups).size;
  const stored = getObject(groupsObject(doc), name);
  if (users + groups === 0 || !stored) {
    return fail("group.already-empty", `${name} has no members, so there is nothing to empty.`, { name });
  }
  const entry = removeKey(removeKey(stored, "users"), "groups");
  const root = withTop(doc.root, "groups", setKey(groupsObject(doc), name, entry));
  return edited(
    doc,
    root,
    "group.emptied",
    `emptied group ${name} (${plural(users, "member user")} removed, ${plural(groups, "member group")} removed)`,
    { name, users, groups },
  );
}

/**
 * Deletes a group — only with `force: true`, since 4D itself cannot delete groups (docs/directory-json.md §5 rule 4).
 *
 * Without force: refused with `group.delete-needs-force`, listing the references. With force: the
 * group goes, it leaves every `groups` list, and licences, settings and SQL rights that named it
 * become `""` (nobody).
 */
export function deleteGroup(doc: DirectoryDocument, name: string, options: { readonly force?: boolean } = {}): EditResult {
  const found = findGroup(doc, name);
  if (!found.ok) return found;
  const refs = otherGroupReferences(doc, name);
  const described = refs.map(describeReference);
  if (options.force !== true) {
    const consequence =
      refs.length > 0
        ? `${name} is referred to by ${listing(described)}, which deleting it anyway would clear.`
        : `nothing refers to ${name}, but deleting it anyway needs confirmation.`;
    return fail("group.delete-needs-force", `4D itself cannot delete groups (empty ${name} instead); ${consequence}`, {
      name,
      references: refs.length,
    });
  }
  const root = rewriteReferences(withTop(doc.root, "groups", removeKey(groupsObject(doc), name)), "group", name, null);
  return edited(doc, root, "group.deleted", `deleted group ${name} (${removalSummary(refs)})`, { name, references: refs.length });
}

/** The first free group name `New group1`, `New group2`… (the UI passes its own base). */
export function nextGroupName(doc: DirectoryDocument, base = "New group"): string {
  return nextFreeName(base, (name) => modelOf(doc).groupByName.has(name) || lookalikeOf(doc, "group", name) !== undefined);
}

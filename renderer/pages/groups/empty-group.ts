import type { DirectoryDocument } from "../../../shared/document";
import type { Edit } from "../../../shared/edits";
import { withTop } from "../../../shared/edits/tree";
import { getObject, isJsonObject, removeKey, setKey } from "../../../shared/json";
import { groupsObject, modelOf } from "../../../shared/model";
import { fail, ok, type Result } from "../../../shared/result";

/**
 * Empties a group in one undoable step: its `users` and `groups` lists go (4D writes an empty
 * group as `{}`), anything else in its entry stays.
 *
 * This is how 4D retires a group (its editor cannot delete one, docs/directory-json.md §5 rule 4): the group stays,
 * with its licences and rights, but nobody gets them through it any more. One pass over the
 * entry, so emptying a group of 16,000 members costs the same as emptying a small one.
 */
export function emptyGroup(doc: DirectoryDocument, name: string): Result<Edit> {
  const group = modelOf(doc).groupByName.get(name);
  if (!group) return fail("group.unknown", `There is no group named ${name}.`, { name });
  const users = new Set(group.users).size;
  const groups = new Set(group.groups).size;
  const stored = getObject(groupsObject(doc), name);
  if (users + groups === 0 || !stored || !isJsonObject(stored)) {
    return fail("group.already-empty", `${name} has no members, so there is nothing to empty.`, { name });
  }
  const entry = removeKey(removeKey(stored, "users"), "groups");
  const root = withTop(doc.root, "groups", setKey(groupsObject(doc), name, entry));
  const message = `emptied group ${name} (removed ${users} member users and ${groups} member groups)`;
  return ok({ doc: { layout: doc.layout, root }, change: { code: "group.emptied", message, params: { name, users, groups } } });
}

/**
 * Editing users: add, duplicate, rename (with its cascade), delete, startup method, next free name.
 *
 * Users are named as 4D shows them: the alias for the Designer and the Administrator (stored under
 * the keys `designer`/`administrator`), the key for the others. New users go at the end of `users`.
 */
import type { DirectoryDocument } from "../document";
import { getString, removeKey, renameKey, setKey, type JsonObject } from "../json";
import { USER_ORDER } from "../keys";
import { lookalikeOf } from "../audit/lookalikes";
import { modelOf, usersObject } from "../model";
import { fail } from "../result";
import { edited, listing, plural, unchanged, type EditResult } from "./edit";
import { checkRoom, checkUserKey, checkUserLookalike, checkUserName, findUser, nextFreeName } from "./names";
import { removalSummary, rewriteReferences, userReferences } from "./references";
import { mapGroupLists, withTop } from "./tree";
import { userEntry, withUserEntry } from "./user-entry";

// Passwords and references live in their own files; re-exported here with the other user edits.
export { clearPassword, setPasswordValue } from "./passwords";
export { userReferences, type Reference } from "./references";

function withNewUser(doc: DirectoryDocument, name: string, entry: JsonObject): JsonObject {
  const users = usersObject(doc);
  return withTop(doc.root, "users", { entries: [...users.entries, [name, entry]] });
}

function checkNewUser(doc: DirectoryDocument, name: string): EditResult | undefined {
  const room = checkRoom(doc, "user");
  if (!room.ok) return room;
  const named = checkUserName(doc, name);
  if (!named.ok) return named;
  const keyed = checkUserKey(doc, name);
  if (!keyed.ok) return keyed;
  const distinct = checkUserLookalike(doc, name);
  return distinct.ok ? undefined : distinct;
}

/** Adds a user `{}` (no password, no startup method) at the end of `users`. */
export function addUser(doc: DirectoryDocument, name: string): EditResult {
  const refused = checkNewUser(doc, name);
  if (refused) return refused;
  return edited(doc, withNewUser(doc, name, { entries: [] }), "user.added", `added user ${name}`, { name });
}

/**
 * Adds a copy of a user at the end: its startup method and direct group memberships.
 *
 * The password is never copied (the change message says so): the copy has none until one is set.
 */
export function duplicateUser(doc: DirectoryDocument, name: string, newName: string): EditResult {
  const found = findUser(doc, name);
  if (!found.ok) return found;
  const refused = checkNewUser(doc, newName);
  if (refused) return refused;
  const method = found.value.startupMethod;
  const entry: JsonObject = { entries: method === undefined ? [] : [["startupMethod", method]] };
  const groups = modelOf(doc).groups.filter((g) => g.users.includes(name)).map((g) => g.name);
  const root = mapGroupLists(withNewUser(doc, newName, entry), "users", (members) =>
    members.includes(name) && !members.includes(newName) ? [...members, newName] : members,
  );
  const memberOf = groups.length > 0 ? `member of ${listing(groups)}; ` : "";
  return edited(doc, root, "user.duplicated", `duplicated user ${name} as ${newName} (${memberOf}password not copied)`, {
    name,
    newName,
    groups: groups.length,
  });
}

/**
 * Renames a user and every reference to it (group member lists, user settings).
 *
 * For the Designer and the Administrator the `alias` changes (their keys are fixed); for the
 * others the key changes in place. The change message counts the references updated.
 */
export function renameUser(doc: DirectoryDocument, name: string, newName: string): EditResult {
  const found = findUser(doc, name);
  if (!found.ok) return found;
  const user = found.value;
  if (newName === name) return unchanged(`User ${name} already has that name.`, { name });
  const named = checkUserName(doc, newName);
  if (!named.ok) return named;
  let root: JsonObject;
  if (user.kind === "user") {
    const keyed = checkUserKey(doc, newName);
    if (!keyed.ok) return keyed;
  }
  const distinct = checkUserLookalike(doc, newName, name);
  if (!distinct.ok) return distinct;
  if (user.kind === "user") {
    root = withTop(doc.root, "users", renameKey(usersObject(doc), user.key, newName));
  } else {
    root = withUserEntry(doc, user, setKey(userEntry(doc, user), "alias", newName, USER_ORDER));
  }
  const count = userReferences(doc, name).length;
  root = rewriteReferences(root, "user", name, newName);
  const alias = user.kind === "user" ? "" : `the ${user.kind === "designer" ? "Designer" : "Administrator"}'s alias; `;
  return edited(doc, root, "user.renamed", `renamed user ${name} → ${newName} (${alias}${plural(count, "reference")} updated)`, {
    name,
    newName,
    references: count,
  });
}

/**
 * Deletes a user, takes it out of every group and clears the user settings that named it.
 *
 * The Designer and the Administrator cannot be deleted (docs/directory-json.md §5 rule 1). The change message
 * lists what referred to the user; `userReferences` shows the same list beforehand.
 */
export function deleteUser(doc: DirectoryDocument, name: string): EditResult {
  const found = findUser(doc, name);
  if (!found.ok) return found;
  const user = found.value;
  if (user.kind !== "user") {
    const who = user.kind === "designer" ? "Designer" : "Administrator";
    return fail("user.builtin-delete", `${name} is the ${who}, who cannot be deleted: 4D always keeps the Designer and the Administrator.`, {
      name,
      kind: user.kind,
    });
  }
  const refs = userReferences(doc, name);
  const root = rewriteReferences(withTop(doc.root, "users", removeKey(usersObject(doc), user.key)), "user", name, null);
  return edited(doc, root, "user.deleted", `deleted user ${name} (${removalSummary(refs)})`, { name, references: refs.length });
}

/** Sets a user's startup method; `""` removes the key. */
export function setStartupMethod(doc: DirectoryDocument, name: string, method: string): EditResult {
  const found = findUser(doc, name);
  if (!found.ok) return found;
  const user = found.value;
  const entry = userEntry(doc, user);
  const previous = getString(entry, "startupMethod");
  if ((previous ?? "") === method) {
    return unchanged(method === "" ? `User ${name} has no startup method.` : `The startup method of ${name} is already ${method}.`, {
      name,
      method,
    });
  }
  const was = previous === undefined ? "" : ` (was ${previous})`;
  if (method === "") {
    const root = withUserEntry(doc, user, removeKey(entry, "startupMethod"));
    return edited(doc, root, "user.startup-method-removed", `removed the startup method of ${name}${was}`, { name });
  }
  const root = withUserEntry(doc, user, setKey(entry, "startupMethod", method, USER_ORDER));
  return edited(doc, root, "user.startup-method-set", `set the startup method of ${name} to ${method}${was}`, { name, method });
}

/** The first free user name `New user1`, `New user2`… (the UI passes its own base, e.g. `Nouvel utilisateur`). */
export function nextUserName(doc: DirectoryDocument, base = "New user"): string {
  const keys = new Set(usersObject(doc).entries.map(([key]) => key));
  return nextFreeName(base, (name) => modelOf(doc).userByName.has(name) || keys.has(name) || lookalikeOf(doc, "user", name) !== undefined);
}

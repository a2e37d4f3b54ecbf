/**
 * Checking names and finding users and groups by name, for the edits.
 *
 * docs/directory-json.md §5 rule 5: names are unique among users (the Designer's and Administrator's aliases
 * included) and among groups — a group may share a user's name; no empty name, no `*`; at most
 * 16,000 of each. Nothing is trimmed: a leading space is a legal name, but a name of spaces only
 * is refused. A user other than the two built-in ones is stored under its name, so it can never
 * be named `designer` or `administrator` (those keys are taken).
 *
 * A new name that a person could not tell from an existing one (case, edge or repeated spaces,
 * NFC/NFD, invisible characters: see name-shape.ts) is refused, naming the existing one, and so
 * is a name longer than MAX_NAME_LENGTH characters.
 */
import type { DirectoryDocument } from "../document";
import { ADMINISTRATOR_KEY, DESIGNER_KEY, EVERYBODY, MAX_ENTRIES } from "../keys";
import { lookalikeOf } from "../audit/lookalikes";
import { modelOf, usersObject, type GroupInfo, type UserInfo } from "../model";
import { MAX_NAME_LENGTH, nameLength } from "../name-shape";
import { fail, ok, type Result } from "../result";

/** What a name is for, in messages. */
export type NameOf = "user" | "group";

function checkShape(name: string, of: NameOf): Result<string> {
  if (name === "") return fail(`${of}.name-empty`, `A ${of} name cannot be empty.`, { name });
  if (name === EVERYBODY) {
    return fail(`${of}.name-everybody`, `"*" cannot be a ${of} name: in directory.json it means everybody.`, { name });
  }
  if (name.trim() === "") {
    return fail(`${of}.name-blank`, `A ${of} name cannot be only spaces ("${name}").`, { name });
  }
  const length = nameLength(name);
  if (length > MAX_NAME_LENGTH) {
    return fail(`${of}.name-too-long`, `A ${of} name can have at most ${MAX_NAME_LENGTH} characters; this one has ${length}.`, {
      length,
      max: MAX_NAME_LENGTH,
    });
  }
  return ok(name);
}

/** Refuses a name that looks like an existing one (other than `except`, the name being renamed). */
function checkLookalike(doc: DirectoryDocument, of: NameOf, name: string, except: string | undefined): Result<string> {
  const existing = lookalikeOf(doc, of, name, except);
  if (existing === undefined) return ok(name);
  return fail(
    `${of}.name-lookalike`,
    `"${name}" looks like the existing ${of} "${existing}" (they differ only by case, spaces or invisible characters): choose a name that cannot be mistaken for it.`,
    { name, existing },
  );
}

/** Checks a name for a new or renamed user: shape, length, unique among users and aliases. */
export function checkUserName(doc: DirectoryDocument, name: string): Result<string> {
  const shape = checkShape(name, "user");
  if (!shape.ok) return shape;
  if (modelOf(doc).userByName.has(name)) {
    return fail("user.name-taken", `There is already a user named ${name}; user names must be unique.`, { name });
  }
  return ok(name);
}

/**
 * Refuses a new user name that looks like another user's (checked after the reserved keys, whose
 * refusal says more); `renaming` is the user's current name, which it may resemble ("test" →
 * "Test" is allowed).
 */
export function checkUserLookalike(doc: DirectoryDocument, name: string, renaming?: string): Result<string> {
  return checkLookalike(doc, "user", name, renaming);
}

/** Checks a storage key for a user other than the Designer/Administrator (its key is its name). */
export function checkUserKey(doc: DirectoryDocument, name: string): Result<string> {
  if (name === DESIGNER_KEY || name === ADMINISTRATOR_KEY) {
    const who = name === DESIGNER_KEY ? "Designer" : "Administrator";
    return fail(
      "user.name-reserved",
      `"${name}" is the key under which directory.json stores the ${who}, so no other user can be named that.`,
      { name },
    );
  }
  if (usersObject(doc).entries.some(([key]) => key === name)) {
    return fail("user.name-taken", `There is already a user named ${name}; user names must be unique.`, { name });
  }
  return ok(name);
}

/** Checks a name for a new or renamed group: shape, length, unique among groups, not a look-alike of another group's name. */
export function checkGroupName(doc: DirectoryDocument, name: string, renaming?: string): Result<string> {
  const shape = checkShape(name, "group");
  if (!shape.ok) return shape;
  if (modelOf(doc).groupByName.has(name)) {
    return fail("group.name-taken", `There is already a group named ${name}; group names must be unique.`, { name });
  }
  return checkLookalike(doc, "group", name, renaming);
}

/** Refuses a new user or group once 4D's limit of 16,000 is reached. */
export function checkRoom(doc: DirectoryDocument, of: NameOf): Result<number> {
  const count = of === "user" ? modelOf(doc).users.length : modelOf(doc).groups.length;
  if (count >= MAX_ENTRIES) {
    return fail(`${of}.limit`, `4D allows at most ${MAX_ENTRIES} ${of}s and this file already has ${count}.`, {
      count,
      max: MAX_ENTRIES,
    });
  }
  return ok(count);
}

/** The user named `name` (its alias for the Designer/Administrator), or a `user.unknown` refusal. */
export function findUser(doc: DirectoryDocument, name: string): Result<UserInfo> {
  const user = modelOf(doc).userByName.get(name);
  return user ? ok(user) : fail("user.unknown", `There is no user named ${name}.`, { name });
}

/** The group named `name`, or a `group.unknown` refusal. */
export function findGroup(doc: DirectoryDocument, name: string): Result<GroupInfo> {
  const group = modelOf(doc).groupByName.get(name);
  return group ? ok(group) : fail("group.unknown", `There is no group named ${name}.`, { name });
}

/** The first of `base1`, `base2`… for which `taken` is false. */
export function nextFreeName(base: string, taken: (name: string) => boolean): string {
  for (let i = 1; ; i++) {
    const name = `${base}${i}`;
    if (!taken(name)) return name;
  }
}

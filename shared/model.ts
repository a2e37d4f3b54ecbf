import type { DirectoryDocument } from "./document";
import { getKey, getObject, getString, isJsonArray, isJsonObject, type JsonObject } from "./json";
import { ADMINISTRATOR_KEY, DESIGNER_KEY, licenceInfo, settingInfo } from "./keys";
import { passwordKind, type PasswordKind } from "./password-shape";
import { recentCache } from "./recent-cache";

/** Designer (user 1), Administrator (user 2), or any other user. Derived, never stored. */
export type UserKind = "designer" | "administrator" | "user";

/** A user as the UI and the CLI see it. */
export interface UserInfo {
  /** Storage key under `users` (`designer`/`administrator` for the built-in users). */
  readonly key: string;
  /** Name as 4D shows it and as references use it: the alias for the built-in users, else the key. */
  readonly name: string;
  readonly kind: UserKind;
  /** Position in file order (4D's user id is index + 1, inferred). */
  readonly index: number;
  readonly password: PasswordKind;
  readonly startupMethod: string | undefined;
}

/** A group as stored: its direct member users (by name) and member groups. */
export interface GroupInfo {
  readonly name: string;
  readonly index: number;
  readonly users: readonly string[];
  readonly groups: readonly string[];
}

/** A `remoteGranters` entry: licence key, holder (`*`, `""` or a group), and the known licence if any. */
export interface LicenceGrant {
  readonly key: string;
  readonly holder: string;
  readonly known: boolean;
}

/** A `settings` entry as stored (capitalised keys kept), with its canonical key when known. */
export interface SettingValue {
  readonly storedKey: string;
  readonly key: string | undefined;
  readonly value: string;
}

/** One `sqlSchemaGranters` schema and its rights as stored. */
export interface SqlSchema {
  readonly schema: string;
  readonly rights: readonly { readonly key: string; readonly value: string }[];
}

/** The typed view of a document: lists in file order and name indexes. */
export interface DirectoryModel {
  readonly users: readonly UserInfo[];
  readonly groups: readonly GroupInfo[];
  readonly userByName: ReadonlyMap<string, UserInfo>;
  readonly groupByName: ReadonlyMap<string, GroupInfo>;
  readonly licences: readonly LicenceGrant[];
  readonly settings: readonly SettingValue[];
  readonly sqlSchemas: readonly SqlSchema[];
}

const DEFAULT_ALIAS: Record<string, string> = { [DESIGNER_KEY]: "Designer", [ADMINISTRATOR_KEY]: "Administrator" };

/** The `users` object of a document (empty when absent). */
export function usersObject(doc: DirectoryDocument): JsonObject {
  return getObject(doc.root, "users") ?? { entries: [] };
}

/** The `groups` object of a document (empty when absent). */
export function groupsObject(doc: DirectoryDocument): JsonObject {
  return getObject(doc.root, "groups") ?? { entries: [] };
}

/** The kind of the user stored under `key`. */
export function userKindOf(key: string): UserKind {
  return key === DESIGNER_KEY ? "designer" : key === ADMINISTRATOR_KEY ? "administrator" : "user";
}

/** The visible name of a user entry: the alias for the built-in users, the key otherwise. */
export function userNameOf(key: string, entry: JsonObject | undefined): string {
  if (key !== DESIGNER_KEY && key !== ADMINISTRATOR_KEY) return key;
  return (entry && getString(entry, "alias")) ?? (DEFAULT_ALIAS[key] as string);
}

function strings(value: unknown): readonly string[] {
  return isJsonArray(value as never) ? (value as unknown[]).filter((v): v is string => typeof v === "string") : [];
}

function buildModel(doc: DirectoryDocument): DirectoryModel {
  const users: UserInfo[] = usersObject(doc).entries.map(([key, value], index) => {
    const entry = isJsonObject(value) ? value : undefined;
    return {
      key,
      name: userNameOf(key, entry),
      kind: userKindOf(key),
      index,
      password: passwordKind(entry ? getString(entry, "password") : undefined),
      startupMethod: entry ? getString(entry, "startupMethod") : undefined,
    };
  });
  const groups: GroupInfo[] = groupsObject(doc).entries.map(([name, value], index) => {
    const entry = isJsonObject(value) ? value : undefined;
    return {
      name,
      index,
      users: entry ? strings(getKey(entry, "users")) : [],
      groups: entry ? strings(getKey(entry, "groups")) : [],
    };
  });
  const stringEntries = (object: JsonObject | undefined) =>
    (object?.entries ?? []).filter((e): e is readonly [string, string] => typeof e[1] === "string");
  const licences = stringEntries(getObject(doc.root, "remoteGranters")).map(([key, holder]) => ({
    key,
    holder,
    known: licenceInfo(key) !== undefined,
  }));
  const settings = stringEntries(getObject(doc.root, "settings")).map(([storedKey, value]) => ({
    storedKey,
    key: settingInfo(storedKey)?.key,
    value,
  }));
  const sqlSchemas = (getObject(doc.root, "sqlSchemaGranters")?.entries ?? []).map(([schema, value]) => ({
    schema,
    rights: stringEntries(isJsonObject(value) ? value : undefined).map(([key, v]) => ({ key, value: v })),
  }));
  const userByName = new Map<string, UserInfo>();
  for (const u of users) if (!userByName.has(u.name)) userByName.set(u.name, u);
  const groupByName = new Map<string, GroupInfo>();
  for (const g of groups) if (!groupByName.has(g.name)) groupByName.set(g.name, g);
  return { users, groups, userByName, groupByName, licences, settings, sqlSchemas };
}

const cache = recentCache<JsonObject, DirectoryModel>();

/**
 * The typed view of a document, computed once per document (memoised on its root, for the last
 * few documents: see recent-cache.ts).
 *
 * Assumes the shape was checked (see schema.ts); wrong-typed parts are skipped, never thrown on.
 */
export function modelOf(doc: DirectoryDocument): DirectoryModel {
  return cache.get(doc.root, () => buildModel(doc));
}

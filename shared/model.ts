import type { DirectoryDocument } from "./document";
import { getKey, getObject, getString, isJsonArray, isJsonObject, type Json, type JsonObject } from "./json";
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

/** The model built last and the parts of the document it came from: the next draft reuses what it shares. */
interface Built {
  readonly users: JsonObject;
  readonly groups: JsonObject;
  readonly licences: JsonObject | undefined;
  readonly settings: JsonObject | undefined;
  readonly sqlSchemas: JsonObject | undefined;
  readonly model: DirectoryModel;
}

let lastBuilt: Built | undefined;

const stringEntries = (object: JsonObject | undefined) =>
  (object?.entries ?? []).filter((e): e is readonly [string, string] => typeof e[1] === "string");

function userInfo(key: string, value: Json, index: number): UserInfo {
  const entry = isJsonObject(value) ? value : undefined;
  return {
    key,
    name: userNameOf(key, entry),
    kind: userKindOf(key),
    index,
    password: passwordKind(entry ? getString(entry, "password") : undefined),
    startupMethod: entry ? getString(entry, "startupMethod") : undefined,
  };
}

function groupInfo(name: string, value: Json, index: number): GroupInfo {
  const entry = isJsonObject(value) ? value : undefined;
  return {
    name,
    index,
    users: entry ? strings(getKey(entry, "users")) : [],
    groups: entry ? strings(getKey(entry, "groups")) : [],
  };
}

/**
 * The infos of an object's entries, reusing the previous model's info for each entry that is the
 * same one at the same place (an edit keeps every entry it does not touch), so an edit to one
 * group of 16,000 allocates one info, not 16,000.
 */
function infosOf<T>(object: JsonObject, before: JsonObject | undefined, previous: readonly T[] | undefined, make: (key: string, value: Json, index: number) => T): T[] {
  const old = before?.entries;
  return object.entries.map((entry, index) => (old !== undefined && old[index] === entry && previous ? previous[index]! : make(entry[0], entry[1], index)));
}

function byName<T extends { readonly name: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.name)) map.set(item.name, item);
  return map;
}

function buildModel(doc: DirectoryDocument): DirectoryModel {
  const usersObj = usersObject(doc);
  const groupsObj = groupsObject(doc);
  const licencesObj = getObject(doc.root, "remoteGranters");
  const settingsObj = getObject(doc.root, "settings");
  const sqlObj = getObject(doc.root, "sqlSchemaGranters");
  const last = lastBuilt;
  const reuseUsers = last !== undefined && last.users === usersObj;
  const reuseGroups = last !== undefined && last.groups === groupsObj;
  const users = reuseUsers ? last.model.users : infosOf(usersObj, last?.users, last?.model.users, userInfo);
  const groups = reuseGroups ? last.model.groups : infosOf(groupsObj, last?.groups, last?.model.groups, groupInfo);
  const licences =
    last !== undefined && last.licences === licencesObj
      ? last.model.licences
      : stringEntries(licencesObj).map(([key, holder]) => ({ key, holder, known: licenceInfo(key) !== undefined }));
  const settings =
    last !== undefined && last.settings === settingsObj
      ? last.model.settings
      : stringEntries(settingsObj).map(([storedKey, value]) => ({ storedKey, key: settingInfo(storedKey)?.key, value }));
  const sqlSchemas =
    last !== undefined && last.sqlSchemas === sqlObj
      ? last.model.sqlSchemas
      : (sqlObj?.entries ?? []).map(([schema, value]) => ({
          schema,
          rights: stringEntries(isJsonObject(value) ? value : undefined).map(([key, v]) => ({ key, value: v })),
        }));
  const model: DirectoryModel = {
    users,
    groups,
    userByName: reuseUsers ? last.model.userByName : byName(users),
    groupByName: reuseGroups ? last.model.groupByName : byName(groups),
    licences,
    settings,
    sqlSchemas,
  };
  lastBuilt = { users: usersObj, groups: groupsObj, licences: licencesObj, settings: settingsObj, sqlSchemas: sqlObj, model };
  return model;
}

const cache = recentCache<JsonObject, DirectoryModel>();

/**
 * The typed view of a document, computed once per document (memoised on its root, for the last
 * few documents: see recent-cache.ts), from the model built last for what the two share.
 *
 * Assumes the shape was checked (see schema.ts); wrong-typed parts are skipped, never thrown on.
 */
export function modelOf(doc: DirectoryDocument): DirectoryModel {
  return cache.get(doc.root, () => buildModel(doc));
}

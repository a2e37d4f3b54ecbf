/**
 * Setting the access settings (`settings`) and the SQL schema rights (`sqlSchemaGranters`).
 *
 * Group targets accept a group, `"*"` (everybody) or `""` (nobody); user targets accept a user
 * name or `""` (no user). A file written with the older capitalised keys (`DesignAccessGroup`)
 * keeps them: the edit writes the variant the file uses.
 */
import type { DirectoryDocument } from "../document";
import { getObject, getString, isJsonObject, setKey } from "../json";
import { NOBODY, settingInfo, SQL_RIGHTS, type SettingInfo } from "../keys";
import { modelOf } from "../model";
import { fail } from "../result";
import { edited, unchanged, type EditResult } from "./edit";
import { holderLabel, isGroupHolder } from "./holders";
import { topObject, withTop } from "./tree";

/** The schema every 4D database has, which may be given rights even when the file does not list it yet. */
export const DEFAULT_SCHEMA = "DEFAULT_SCHEMA";

// The order 4D writes `settings` in (observed in every real file), not the order of SETTINGS.
const SETTINGS_ORDER = [
  "localGenericWebUser",
  "designAccessGroup",
  "localMobileAccessGroupRW",
  "remoteMobileAccessGroupRW",
  "remoteGenericWebUser",
  "remoteDefaultUser",
];

const capitalise = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

function storedKeyFor(doc: DirectoryDocument, info: SettingInfo): { key: string; order: readonly string[] } {
  const settings = topObject(doc.root, "settings");
  const existing = settings.entries.find(([k]) => settingInfo(k)?.key === info.key);
  const capitalised = existing
    ? existing[0] !== info.key
    : settings.entries.some(([k]) => settingInfo(k) !== undefined && k !== settingInfo(k)?.key);
  return capitalised
    ? { key: capitalise(info.key), order: SETTINGS_ORDER.map(capitalise) }
    : { key: info.key, order: SETTINGS_ORDER };
}

function valueLabel(info: SettingInfo, value: string | undefined): string {
  return info.target === "user" && value === NOBODY ? "no user" : holderLabel(value);
}

/**
 * Sets an access setting; `key` is canonical (`designAccessGroup`) or as stored (`DesignAccessGroup`).
 *
 * `settings` is created at its canonical place when missing; a new key goes at the position 4D
 * writes it. E.g. `set Design and Runtime Explorer access to Sales (was everybody)`.
 */
export function setSetting(doc: DirectoryDocument, key: string, value: string): EditResult {
  const info = settingInfo(key);
  if (!info) {
    return fail("setting.unknown", `There is no access setting "${key}".`, { key, value });
  }
  const stored = storedKeyFor(doc, info);
  const params = { key: stored.key, value };
  const label = info.label;
  if (info.target === "group" && !isGroupHolder(doc, value)) {
    return fail("setting.unknown-group", `${label} names a group, everybody or nobody, and there is no group named ${value}.`, params);
  }
  if (info.target === "user" && value !== NOBODY && !modelOf(doc).userByName.has(value)) {
    return fail("setting.unknown-user", `${label} names a user or no user, and there is no user named ${value}.`, params);
  }
  const settings = topObject(doc.root, "settings");
  const previous = getString(settings, stored.key);
  if (previous === value) return unchanged(`${label} is already ${valueLabel(info, value)}.`, params);
  const root = withTop(doc.root, "settings", setKey(settings, stored.key, value, stored.order));
  return edited(doc, root, "setting.set", `set ${label} to ${valueLabel(info, value)} (was ${valueLabel(info, previous)})`, {
    ...params,
    previous: previous ?? "",
  });
}

/**
 * Sets one SQL right of a schema (`readOnlyAccessGroup`, `readWriteAccessGroup`, `allAccessGroup`)
 * to a group, `"*"` or `""`.
 *
 * The schema must be in the file, except `DEFAULT_SCHEMA`, created when missing (with
 * `sqlSchemaGranters` at its canonical place).
 */
export function setSqlRight(doc: DirectoryDocument, schema: string, right: string, value: string): EditResult {
  const params = { schema, right, value };
  const rightInfo = SQL_RIGHTS.find((r) => r.key === right);
  if (!rightInfo) {
    const known = SQL_RIGHTS.map((r) => r.key).join(", ");
    return fail("sql.unknown-right", `There is no SQL right "${right}"; the rights are ${known}.`, params);
  }
  const schemas = topObject(doc.root, "sqlSchemaGranters");
  const stored = schemas.entries.find(([k]) => k === schema);
  if (!stored && schema !== DEFAULT_SCHEMA) {
    return fail("sql.unknown-schema", `There is no SQL schema named ${schema} in this file.`, params);
  }
  if (stored && !isJsonObject(stored[1])) {
    return fail("sql.malformed-schema", `The rights of SQL schema ${schema} are not an object, so they cannot be edited.`, params);
  }
  if (!isGroupHolder(doc, value)) {
    return fail("sql.unknown-group", `An SQL right names a group, "*" or nobody, and there is no group named ${value}.`, params);
  }
  const rights = getObject(schemas, schema) ?? { entries: [] };
  const previous = getString(rights, right);
  const what = `${rightInfo.label} of ${schema}`;
  if (previous === value) return unchanged(`${what} is already given to ${holderLabel(value)}.`, params);
  const order = SQL_RIGHTS.map((r) => r.key);
  const root = withTop(doc.root, "sqlSchemaGranters", setKey(schemas, schema, setKey(rights, right, value, order)));
  return edited(doc, root, "sql.right-set", `set SQL right ${what} to ${holderLabel(value)} (was ${holderLabel(previous)})`, {
    ...params,
    previous: previous ?? "",
  });
}

/**
 * The names 4D uses inside directory.json, and their meaning.
 * See docs/directory-json.md §3 (schema, licences, access settings).
 */

/** Top-level keys in the order 4D writes them. */
export const TOP_ORDER = ["users", "groups", "sqlSchemaGranters", "remoteGranters", "settings"] as const;

/** Keys of a user entry, in the order 4D writes them. */
export const USER_ORDER = ["startupMethod", "password", "alias"] as const;

/** Keys of a group entry, in the order 4D writes them. */
export const GROUP_ORDER = ["users", "groups"] as const;

/** Fixed storage key of the Designer (user 1); its visible name is its `alias`. */
export const DESIGNER_KEY = "designer";

/** Fixed storage key of the Administrator (user 2); its visible name is its `alias`. */
export const ADMINISTRATOR_KEY = "administrator";

/** `"*"`: everybody. */
export const EVERYBODY = "*";

/** `""`: nobody / no user. */
export const NOBODY = "";

/** The most users, and the most groups, 4D allows. */
export const MAX_ENTRIES = 16000;

/** 4D's own editor limit for group names and passwords: longer ones get a warning, not a refusal. */
export const EDITOR_NAME_LIMIT = 15;

/** A plug-in licence stored in `remoteGranters`. */
export interface LicenceInfo {
  readonly key: string;
  readonly label: string;
  readonly constant: number;
}

/** The six known licence keys (one group per licence, SET PLUGIN ACCESS). */
export const LICENCES: readonly LicenceInfo[] = [
  { key: "web", label: "4D Client Web", constant: 808465209 },
  { key: "soap", label: "4D Client SOAP", constant: 808465465 },
  { key: "oci", label: "4D for OCI", constant: 808465208 },
  { key: "write", label: "4D Write", constant: 808464697 },
  { key: "view", label: "4D View", constant: 808465207 },
  { key: "odbcPro", label: "4D ODBC Pro", constant: 808464946 },
];

/** What a `settings` value refers to: a group (or `*`) or a user (or `""`). */
export type SettingTarget = "group" | "user";

/** An access setting stored under `settings`. */
export interface SettingInfo {
  readonly key: string;
  readonly target: SettingTarget;
  readonly label: string;
  readonly help: string;
}

/** The known `settings` keys; an older variant capitalises them (`DesignAccessGroup`), kept as read. */
export const SETTINGS: readonly SettingInfo[] = [
  {
    key: "designAccessGroup",
    target: "group",
    label: "Design and Runtime Explorer access",
    help: "Group allowed into Design mode and the Runtime Explorer (the Designer and Administrator always are).",
  },
  {
    key: "remoteDefaultUser",
    target: "user",
    label: "Default user",
    help: "User for connections without a login; no login dialog when that user has no password.",
  },
  {
    key: "localGenericWebUser",
    target: "user",
    label: "Generic web user (local)",
    help: "Web user for BASIC/DIGEST authentication with 4D passwords, on 4D.",
  },
  {
    key: "remoteGenericWebUser",
    target: "user",
    label: "Generic web user (server)",
    help: "Web user for BASIC/DIGEST authentication with 4D passwords, on 4D Server.",
  },
  {
    key: "localMobileAccessGroupRW",
    target: "group",
    label: "REST read/write group (local)",
    help: "Group with read/write access through REST (formerly 4D Mobile), on 4D.",
  },
  {
    key: "remoteMobileAccessGroupRW",
    target: "group",
    label: "REST read/write group (server)",
    help: "Group with read/write access through REST (formerly 4D Mobile), on 4D Server.",
  },
];

/** The rights of one SQL schema under `sqlSchemaGranters.<schema>`. */
export const SQL_RIGHTS = [
  { key: "readOnlyAccessGroup", label: "Read only" },
  { key: "readWriteAccessGroup", label: "Read/write" },
  { key: "allAccessGroup", label: "All (data and structure)" },
] as const;

/** The known settings entry for a key as stored (either capitalisation), or undefined. */
export function settingInfo(storedKey: string): SettingInfo | undefined {
  const lower = storedKey.charAt(0).toLowerCase() + storedKey.slice(1);
  return SETTINGS.find((s) => s.key === lower);
}

/** The known licence for a `remoteGranters` key, or undefined for a third-party plug-in's key. */
export function licenceInfo(key: string): LicenceInfo | undefined {
  return LICENCES.find((l) => l.key === key);
}

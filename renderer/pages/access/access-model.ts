import { DEFAULT_SCHEMA } from "../../../shared/edits";
import { EVERYBODY, NOBODY, SETTINGS, SQL_RIGHTS, type SettingInfo, type SettingTarget } from "../../../shared/keys";
import type { DirectoryModel, SettingValue } from "../../../shared/model";

/** One known access setting as the Access page shows it. */
export interface SettingState {
  readonly info: SettingInfo;
  /** The key as the file stores it (`DesignAccessGroup` in older files); undefined when absent. */
  readonly storedKey: string | undefined;
  /** The stored value; undefined when the file does not have the key. */
  readonly value: string | undefined;
  /** What 4D uses when the key is absent: the value it writes when it creates the file. */
  readonly fallback: string;
  /** True when the value names a group or user the file does not have. */
  readonly missing: boolean;
}

/** One SQL right of a schema as the Access page shows it. */
export interface SqlRightState {
  readonly schema: string;
  readonly right: (typeof SQL_RIGHTS)[number]["key"];
  readonly label: string;
  readonly value: string | undefined;
  readonly fallback: string;
  readonly missing: boolean;
}

/** One schema of `sqlSchemaGranters`: its three rights and any other keys (kept as is). */
export interface SqlSchemaState {
  readonly schema: string;
  readonly rights: readonly SqlRightState[];
  readonly others: readonly { readonly key: string; readonly value: string }[];
}

// The values 4D writes when it creates directory.json (seen in every real file written by 4D);
// the generic web users default to the Designer, under whatever name it has.
const SETTING_FALLBACKS: Readonly<Record<string, string>> = {
  designAccessGroup: EVERYBODY,
  remoteDefaultUser: NOBODY,
  localMobileAccessGroupRW: EVERYBODY,
  remoteMobileAccessGroupRW: EVERYBODY,
};

const SQL_FALLBACKS: Readonly<Record<string, string>> = {
  readOnlyAccessGroup: EVERYBODY,
  readWriteAccessGroup: EVERYBODY,
  allAccessGroup: NOBODY,
};

/** True when `value` names a group (or user) that the file does not have. */
export function namesMissing(model: DirectoryModel, target: SettingTarget, value: string | undefined): boolean {
  if (value === undefined || value === NOBODY) return false;
  if (target === "user") return !model.userByName.has(value);
  return value !== EVERYBODY && !model.groupByName.has(value);
}

function designerName(model: DirectoryModel): string {
  return model.users.find((u) => u.kind === "designer")?.name ?? "Designer";
}

/** Every known access setting, in the order of `SETTINGS`, with its stored or default value. */
export function settingStates(model: DirectoryModel): readonly SettingState[] {
  return SETTINGS.map((info) => {
    const stored = model.settings.find((s) => s.key === info.key);
    const fallback = SETTING_FALLBACKS[info.key] ?? designerName(model);
    return {
      info,
      storedKey: stored?.storedKey,
      value: stored?.value,
      fallback,
      missing: namesMissing(model, info.target, stored?.value),
    };
  });
}

/** The `settings` keys 4D does not define (kept as is, shown read-only). */
export function unknownSettings(model: DirectoryModel): readonly SettingValue[] {
  return model.settings.filter((s) => s.key === undefined);
}

/**
 * The SQL schemas with their rights, in file order; DEFAULT_SCHEMA with 4D's defaults when the
 * file has no schema (setting a right then creates it).
 */
export function sqlSchemaStates(model: DirectoryModel): readonly SqlSchemaState[] {
  const schemas = model.sqlSchemas.length > 0 ? model.sqlSchemas : [{ schema: DEFAULT_SCHEMA, rights: [] }];
  return schemas.map(({ schema, rights }) => ({
    schema,
    rights: SQL_RIGHTS.map((r) => {
      const value = rights.find((s) => s.key === r.key)?.value;
      return {
        schema,
        right: r.key,
        label: r.label,
        value,
        fallback: SQL_FALLBACKS[r.key] ?? NOBODY,
        missing: namesMissing(model, "group", value),
      };
    }),
    others: rights.filter((s) => !SQL_RIGHTS.some((r) => r.key === s.key)),
  }));
}

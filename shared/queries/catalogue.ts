import type { DirectoryModel } from "../model";
import { EVERYBODY, licenceInfo, SETTINGS, SQL_RIGHTS, type SettingTarget } from "../keys";

/** Where a right is stored: a licence (`remoteGranters`) or an access right (`settings`, SQL rights). */
export type RightSection = "licence" | "access";

/**
 * One right the file gives: what it is, to whom (a group, `*`, `""`, or a user), and where it is.
 *
 * Keys: a licence's `remoteGranters` key (`web`); a setting's canonical key
 * (`designAccessGroup`, even when stored capitalised); an SQL right's
 * `sqlSchemaGranters.<schema>.<right>` (`sqlSchemaGranters.DEFAULT_SCHEMA.readOnlyAccessGroup`).
 */
export interface RightEntry {
  readonly section: RightSection;
  readonly key: string;
  readonly label: string;
  /** Whether `value` names a group (or `*`/`""`) or a user (or `""`). */
  readonly target: SettingTarget;
  /** The stored holder (for an absent Design access setting, 4D's default `*`). */
  readonly value: string | undefined;
  /** True when the Designer and the Administrator always have this right (Design access). */
  readonly builtin: boolean;
  /** JSON path of the stored value, or of `settings` when absent. */
  readonly where: readonly (string | number)[];
}

const DESIGN_ACCESS = "designAccessGroup";

/** The key under which an SQL schema right is known to the queries. */
export function sqlRightKey(schema: string, right: string): string {
  return `sqlSchemaGranters.${schema}.${right}`;
}

/** The label of a licence key: the known licence's name, or `other licence: <key>`. */
export function licenceLabel(key: string): string {
  return licenceInfo(key)?.label ?? `other licence: ${key}`;
}

/** The label of an SQL right: `SQL DEFAULT_SCHEMA: read only`. */
export function sqlRightLabel(schema: string, right: string): string {
  const known = SQL_RIGHTS.find((r) => r.key === right);
  return `SQL ${schema}: ${known ? known.label.toLowerCase() : right}`;
}

/**
 * Every right the file gives, in file order: licences, then known settings, then SQL rights.
 *
 * Settings keys 4D does not define are left out (what they name is unknown). The Design access
 * right is always listed: absent from the file, it holds 4D's default (everybody).
 */
export function rightEntries(model: DirectoryModel): readonly RightEntry[] {
  const entries: RightEntry[] = model.licences.map((l) => ({
    section: "licence",
    key: l.key,
    label: licenceLabel(l.key),
    target: "group",
    value: l.holder,
    builtin: false,
    where: ["remoteGranters", l.key],
  }));
  for (const s of model.settings) {
    const info = SETTINGS.find((i) => i.key === s.key);
    if (!info) continue;
    entries.push({
      section: "access",
      key: info.key,
      label: info.label,
      target: info.target,
      value: s.value,
      builtin: info.key === DESIGN_ACCESS,
      where: ["settings", s.storedKey],
    });
  }
  if (!entries.some((e) => e.key === DESIGN_ACCESS)) {
    const info = SETTINGS.find((i) => i.key === DESIGN_ACCESS);
    entries.push({
      section: "access",
      key: DESIGN_ACCESS,
      label: info?.label ?? DESIGN_ACCESS,
      target: "group",
      // 4D writes "*" in every new file (seen in every real file); the Access page shows the same default.
      value: EVERYBODY,
      builtin: true,
      where: ["settings"],
    });
  }
  for (const { schema, rights } of model.sqlSchemas) {
    for (const r of rights) {
      entries.push({
        section: "access",
        key: sqlRightKey(schema, r.key),
        label: sqlRightLabel(schema, r.key),
        target: "group",
        value: r.value,
        builtin: false,
        where: ["sqlSchemaGranters", schema, r.key],
      });
    }
  }
  return entries;
}

import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Change } from "../../shared/edits/edit";
import { referenceMessage, rightReference, type Reference } from "../../shared/edits/references";
import { EVERYBODY, licenceInfo, NOBODY, settingInfo, SQL_RIGHTS } from "../../shared/keys";
import { visibleName } from "../../shared/name-shape";

/**
 * What the engine says: a change-log line, a refusal, a problem, a failure from main, or a
 * reference to a user or group — as it is (`reference`) or as deleting what it names leaves it
 * (`cleared`).
 */
export type EngineSection = "change" | "refusal" | "problem" | "failure" | "reference" | "cleared";

/** Anything with a code, an English sentence and parameters (Change, Failure, Problem). */
export interface EngineMessage {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

type Params = Record<string, string | number>;

// Parameters that hold an access slot's value, where "*" means everybody and "" nobody.
const HOLDER_PARAMS = ["holder", "value", "previous"] as const;

// Parameters that hold a user or group name: their edge spaces are drawn as dots ("·test"), so
// a change log line about " test" never reads like one about "test".
const NAME_PARAMS = ["name", "newName", "existing", "member", "group", "user", ...HOLDER_PARAMS] as const;

// Counts that the sentences say in words ("3 references updated", "in no group"): each becomes
// `<param>Text`, a plural of the `engine:n.*` catalog, so the sentence itself needs no plural.
const COUNTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "user.duplicated": { groups: "n.inGroups" },
  "user.renamed": { references: "n.referencesUpdated" },
  "user.deleted": { references: "n.referencesCleared" },
  "group.duplicated": { users: "n.memberUsers", groups: "n.memberGroups" },
  "group.renamed": { references: "n.referencesUpdated" },
  "group.emptied": { users: "n.usersRemoved", groups: "n.groupsRemoved" },
  "group.deleted": { references: "n.referencesCleared" },
  "group.delete-needs-force": { references: "n.referencesToClear" },
  "bulk.users-deleted": { memberships: "n.membershipsRemoved" },
  "import.applied": { added: "n.newUsers", changed: "n.usersChanged" },
  "compare.user-taken": { groups: "n.inGroups" },
  "compare.group-taken": { users: "n.memberUsers", groups: "n.memberGroups" },
};

function holderWord(t: TFunction, value: string, userSlot: boolean): string {
  if (value === EVERYBODY) return t("common:everybody");
  if (value === NOBODY) return userSlot ? t("common:noUser") : t("common:nobody");
  return value;
}

function rightLabel(t: TFunction, right: string): string {
  const label = SQL_RIGHTS.find((r) => r.key === right)?.label ?? right;
  return t(`engine:sqlRight.${right}`, { defaultValue: label });
}

/**
 * The parameters the catalogs interpolate: the engine's own, plus words for what the engine
 * only gives as data — slot values (`*` everybody, `""` nobody), the licence's product name
 * (`licence`), a setting's label (`setting`), an SQL right's label (`rightLabel`), where a
 * dangling reference is (`place`), and
 * counts as phrases (`referencesText`…).
 */
export function engineParams(t: TFunction, message: EngineMessage): Params {
  const params: Params = { ...message.params };
  const key = typeof params.key === "string" ? params.key : undefined;
  const userSlot = key !== undefined && settingInfo(key)?.target === "user";
  for (const name of NAME_PARAMS) {
    const value = params[name];
    if (typeof value === "string") params[name] = visibleName(value);
  }
  for (const name of HOLDER_PARAMS) {
    const value = params[name];
    if (typeof value === "string") params[name] = holderWord(t, value, userSlot);
  }
  if (key !== undefined) params.licence = licenceInfo(key)?.label ?? key;
  const setting = key !== undefined ? settingInfo(key) : undefined;
  if (setting) params.setting = t(`access:setting.${setting.key}.label`, { defaultValue: setting.label });
  // Bulk edits name their target group, or count the groups: "to Sales", "to 3 groups".
  if (typeof params.groups === "number" && typeof params.group === "string") {
    params.target = params.groups === 1 ? params.group : t("engine:n.groups", { count: params.groups });
  }
  if (typeof params.right === "string") params.rightLabel = rightLabel(t, params.right);
  // A dangling reference says where it is: the key of the right that names nobody real.
  if (message.code === "dangling-reference" && typeof params.right === "string") params.place = referenceText(t, rightReference(params.right));
  // A saved step taken back by Undo names the step it takes back (state/document-slice.ts undoneChange).
  if (message.code === "history.undone" && typeof params.undoneCode === "string") {
    params.what = engineText(t, "change", { code: params.undoneCode, message: message.message.replace(/^undone: /, ""), params: message.params });
  }
  for (const [param, phrase] of Object.entries(COUNTED[message.code] ?? {})) {
    const count = params[param];
    if (typeof count === "number") params[`${param}Text`] = t(`engine:${phrase}`, { count });
  }
  return params;
}

/**
 * An engine message in the interface language: `engine:<section>.<code>`, with the message's
 * `kind` (user, group, designer…) or `accessControl` (on, off) as the i18next context, and the
 * engine's English sentence when the catalog has no entry.
 */
export function engineText(t: TFunction, section: EngineSection, message: EngineMessage): string {
  const params = engineParams(t, message);
  const context = message.params?.kind ?? message.params?.accessControl;
  return t(`engine:${section}.${message.code}`, {
    ...params,
    ...(context === undefined ? {} : { context: String(context) }),
    defaultValue: message.message,
  });
}

/**
 * A failure in the interface language: an edit's refusal when the catalog knows the code as
 * one, otherwise a failure from main (file, disk, request), otherwise the English sentence.
 */
export function failureText(t: TFunction, failure: EngineMessage): string {
  const known = t(`engine:refusal.${failure.code}`, { defaultValue: "" }) !== "";
  return engineText(t, known ? "refusal" : "failure", failure);
}

/**
 * A reference to a user or group in words (`Licence 4D Write`), or with `cleared`, with what
 * deleting the user or group does to it (`Licence 4D Write (given to nobody)`). The one wording
 * of a reference: delete dialogs, problems and the command line's English (`describeReference`).
 */
export function referenceText(t: TFunction, ref: Reference, cleared = false): string {
  return engineText(t, cleared ? "cleared" : "reference", referenceMessage(ref));
}

/** The engine's sentences in the app's language, for components: a refusal, a change-log line. */
export function useEngineText() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      refusal: (failure: EngineMessage) => failureText(t, failure),
      change: (change: Change) => engineText(t, "change", change),
    }),
    [t],
  );
}

import type { TFunction } from "i18next";
import type { Reference } from "../../../shared/edits";
import { licenceInfo, settingInfo, SQL_RIGHTS } from "../../../shared/keys";

/** One place that refers to a user, in words (for the delete confirmation). */
export function referenceText(t: TFunction, ref: Reference): string {
  switch (ref.kind) {
    case "group-member":
      return t("users:ref.group", { group: ref.group });
    case "setting": {
      const key = settingInfo(ref.key)?.key ?? ref.key;
      return t("users:ref.setting", { setting: t(`users:setting.${key}`, { defaultValue: ref.key }) });
    }
    case "licence":
      return t("users:ref.licence", { licence: licenceInfo(ref.key)?.label ?? ref.key });
    case "sql-right":
      return t("users:ref.sql", {
        schema: ref.schema,
        right: t(`engine:sqlRight.${ref.right}`, { defaultValue: SQL_RIGHTS.find((r) => r.key === ref.right)?.label ?? ref.right }),
      });
  }
}

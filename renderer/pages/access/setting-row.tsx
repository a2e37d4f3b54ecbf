import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { setSetting } from "../../../shared/edits";
import { EVERYBODY, NOBODY, type SettingTarget } from "../../../shared/keys";
import { PrincipalPicker } from "../../components/principal-picker";
import { useAppStore } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";
import { selectModel } from "../../state/selectors";
import type { SettingState } from "./access-model";

/** A stored value in words: Everybody, Nobody, No user, or the name itself. */
export function useDescribeValue(): (target: SettingTarget, value: string) => string {
  const { t } = useTranslation();
  return (target, value) =>
    value === EVERYBODY && target === "group"
      ? t("everybody")
      : value === NOBODY
        ? t(target === "user" ? "noUser" : "nobody")
        : value;
}

/** A warning line under a row: a name that does not exist, kept until changed. */
export function Warning({ children }: { children: ReactNode }) {
  return (
    <span className="access-note access-warning">
      <TriangleAlert size={13} aria-hidden="true" /> {children}
    </span>
  );
}

const REST_KEYS = new Set(["localMobileAccessGroupRW", "remoteMobileAccessGroupRW"]);

/**
 * One access setting: its label, a picker of groups or users, what it controls, and notes (absent
 * key and its 4D default, a name that does not exist, the default user's missing password).
 */
export function SettingRow({ state }: { state: SettingState }) {
  const { t } = useTranslation("access");
  const describe = useDescribeValue();
  const apply = useApplyEdit();
  const model = useAppStore(selectModel);
  const { info, value, storedKey } = state;
  const chosenUser = info.target === "user" && value ? model?.userByName.get(value) : undefined;

  const description = (
    <>
      <span className="access-help">{t(`setting.${info.key}.help`, { defaultValue: info.help })}</span>
      {REST_KEYS.has(info.key) && <span className="access-note">{t("restNote")}</span>}
      {storedKey !== undefined && storedKey !== info.key && <span className="access-note">{t("storedAs", { key: storedKey })}</span>}
      {value === undefined && <span className="access-note">{t("absent", { value: describe(info.target, state.fallback) })}</span>}
      {state.missing && value !== undefined && (
        <Warning>{t(info.target === "group" ? "missingGroup" : "missingUser", { name: value })}</Warning>
      )}
      {info.key === "remoteDefaultUser" && chosenUser?.password === "none" && (
        <span className="access-note access-important">{t("noLoginDialog", { name: chosenUser.name })}</span>
      )}
    </>
  );

  return (
    <PrincipalPicker
      className="access-row"
      showLabel
      label={t(`setting.${info.key}.label`, { defaultValue: info.label })}
      target={info.target}
      value={value ?? null}
      placeholder={value === undefined ? t("defaultPlaceholder", { value: describe(info.target, state.fallback) }) : undefined}
      nobodyHint={info.key === "designAccessGroup" ? t("nobodyDesign") : undefined}
      description={description}
      onChange={(next) => apply((doc) => setSetting(doc, storedKey ?? info.key, next))}
    />
  );
}

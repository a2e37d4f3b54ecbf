import { useMemo, useState } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { setStartupMethod } from "../../../shared/edits";
import type { UserInfo } from "../../../shared/model";
import { useAppStore } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";

/**
 * The user's startup method: committed on Enter or when leaving the field, empty removes it.
 * When the project's methods are known, a name none of them has is flagged (4D would not find it).
 */
export function StartupMethod(props: { readonly user: UserInfo }) {
  const { user } = props;
  const { t } = useTranslation("users");
  const apply = useApplyEdit();
  const methods = useAppStore((s) => s.snapshot?.methods ?? null);
  // 4D method names are not case-sensitive.
  const known = useMemo(() => (methods ? new Set(methods.map((m) => m.toLowerCase())) : null), [methods]);
  const stored = user.startupMethod ?? "";
  const [value, setValue] = useState(stored);
  const [shown, setShown] = useState({ name: user.name, stored });
  if (shown.name !== user.name || shown.stored !== stored) {
    setShown({ name: user.name, stored });
    setValue(stored);
  }

  const commit = () => {
    if (value === stored) return;
    apply((doc) => setStartupMethod(doc, user.name, value));
  };
  const missing = known !== null && stored !== "" && !known.has(stored.toLowerCase());

  return (
    <section className="detail-section" aria-labelledby="user-startup-heading">
      <h3 id="user-startup-heading">{t("startup.title")}</h3>
      <TextField
        className="field startup-field"
        value={value}
        onChange={setValue}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          else if (e.key === "Escape") setValue(stored);
          else e.continuePropagation();
        }}
      >
        <Label className="sr-only">{t("startup.label")}</Label>
        <Input placeholder={t("startup.placeholder")} spellCheck={false} />
        {missing ? (
          <Text slot="description" className="field-warning">
            {t("startup.missing", { method: stored })}
          </Text>
        ) : (
          <Text slot="description" className="field-help">
            {t("startup.help")}
          </Text>
        )}
      </TextField>
    </section>
  );
}

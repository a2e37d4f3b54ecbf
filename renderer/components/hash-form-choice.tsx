import { Label, Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { HashForm } from "../../shared/password-shape";

/** The hash form a new password gets: bcrypt (4D v19 R3 and later) or 4D's legacy form. */
export function HashFormChoice(props: { readonly value: HashForm; readonly onChange: (form: HashForm) => void }) {
  const { t } = useTranslation("users");
  return (
    <RadioGroup className="field password-form-choice" value={props.value} onChange={(v) => props.onChange(v as HashForm)}>
      <Label className="field-label">{t("password.form")}</Label>
      <Radio className="radio" value="bcrypt">
        {t("password.formBcrypt")}
      </Radio>
      <Radio className="radio" value="legacy">
        {t("password.formLegacy")}
      </Radio>
    </RadioGroup>
  );
}

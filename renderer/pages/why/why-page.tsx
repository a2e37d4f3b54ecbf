import { ShieldOff } from "lucide-react";
import { useState } from "react";
import { Label, Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/context";
import { selectDraft, selectModel } from "../../state/selectors";
import { SimulateAnswer } from "./simulate-answer";
import { UserAnswer } from "./user-answer";
import "./why.css";

type Mode = "user" | "simulate";

/**
 * The Why page: "what is this user allowed, and why?" — every group, licence and access right
 * with the path that grants it, and what is lacking with who has it instead; or, in "simulate"
 * mode, what a session with exactly the chosen groups would get (SET GROUP ACCESS).
 */
export function WhyPage() {
  const { t } = useTranslation("why");
  const doc = useAppStore(selectDraft);
  const model = useAppStore(selectModel);
  const [mode, setMode] = useState<Mode>("user");
  if (!doc || !model) return null;
  // docs/directory-json.md §5.10: until the Designer has a password, 4D applies none of this.
  const designer = model.users.find((u) => u.kind === "designer");
  const controlOff = designer !== undefined && designer.password === "none";

  return (
    <div className="why-page">
      <div className="why-content">
        <h2>{t("title")}</h2>
        <p className="muted">{t("intro")}</p>
        {controlOff && (
          <div className="notice notice-warning why-off" role="note">
            <ShieldOff size={15} aria-hidden="true" />
            <span>{t("designerOff", { name: designer.name })}</span>
          </div>
        )}
        <RadioGroup className="why-mode" orientation="horizontal" value={mode} onChange={(m) => setMode(m as Mode)}>
          <Label className="sr-only">{t("mode.label")}</Label>
          <Radio value="user" className="radio">
            {t("mode.user")}
          </Radio>
          <Radio value="simulate" className="radio">
            {t("mode.simulate")}
          </Radio>
        </RadioGroup>
        {mode === "user" ? <UserAnswer doc={doc} model={model} /> : <SimulateAnswer doc={doc} model={model} />}
      </div>
    </div>
  );
}

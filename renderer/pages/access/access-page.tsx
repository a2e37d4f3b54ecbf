import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/context";
import { selectModel } from "../../state/selectors";
import { settingStates, sqlSchemaStates, unknownSettings, type SettingState } from "./access-model";
import { SettingRow } from "./setting-row";
import { SqlSchemaRights } from "./sql-rights";
import "./access.css";

// The sections follow 4D's Settings: Security, then the HTTP, REST and SQL servers.
const SECTIONS: readonly { readonly id: string; readonly keys: readonly string[] }[] = [
  { id: "security", keys: ["designAccessGroup", "remoteDefaultUser"] },
  { id: "http", keys: ["localGenericWebUser", "remoteGenericWebUser"] },
  { id: "rest", keys: ["localMobileAccessGroupRW", "remoteMobileAccessGroupRW"] },
];

function Section({ id, title, help, children }: { id: string; title: string; help?: string; children: ReactNode }) {
  return (
    <section className="access-section" aria-labelledby={`access-${id}`}>
      <h3 id={`access-${id}`}>{title}</h3>
      {help && <p className="access-section-help muted">{help}</p>}
      {children}
    </section>
  );
}

/**
 * The Access page (4D's Settings > Security, and the servers' access groups): one scrolling form.
 * Each row names the setting, offers a picker, and says what it controls; absent keys show 4D's
 * default, names that do not exist are flagged and kept, unknown keys are listed read-only.
 */
export function AccessPage() {
  const { t } = useTranslation("access");
  const model = useAppStore(selectModel);
  const settings = useMemo(() => (model ? settingStates(model) : []), [model]);
  const schemas = useMemo(() => (model ? sqlSchemaStates(model) : []), [model]);
  const unknown = useMemo(() => (model ? unknownSettings(model) : []), [model]);
  if (!model) return null;
  const byKey = new Map<string, SettingState>(settings.map((s) => [s.info.key, s]));

  return (
    <div className="access-page">
      <div className="access-content">
        <h2>{t("title")}</h2>
        <p className="muted">{t("intro")}</p>
        {SECTIONS.map((section) => (
          <Section key={section.id} id={section.id} title={t(`section.${section.id}`)}>
            {section.keys.map((key) => {
              const state = byKey.get(key);
              return state ? <SettingRow key={key} state={state} /> : null;
            })}
          </Section>
        ))}
        <Section id="sql" title={t("section.sql")} help={t("sql.help")}>
          {schemas.map((s) => (
            <SqlSchemaRights key={s.schema} state={s} absent={model.sqlSchemas.length === 0} />
          ))}
        </Section>
        {unknown.length > 0 && (
          <Section id="other" title={t("section.other")} help={t("other.help")}>
            <dl className="access-kept">
              {unknown.map((s) => (
                <div key={s.storedKey} className="access-kept-row">
                  <dt className="mono">{s.storedKey}</dt>
                  <dd className="mono">{JSON.stringify(s.value)}</dd>
                  <dd className="muted">{t("other.keptAsIs")}</dd>
                </div>
              ))}
            </dl>
          </Section>
        )}
      </div>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { setSqlRight } from "../../../shared/edits";
import { PrincipalPicker } from "../../components/principal-picker";
import { useApplyEdit } from "../../state/use-apply-edit";
import type { SqlSchemaState } from "./access-model";
import { useDescribeValue, Warning } from "./setting-row";

/** The rights of one SQL schema: read only, read/write, all — each a group picker. */
export function SqlSchemaRights({ state, absent }: { state: SqlSchemaState; absent: boolean }) {
  const { t } = useTranslation("access");
  const describe = useDescribeValue();
  const apply = useApplyEdit();
  const headingId = `sql-schema-${state.schema}`;
  return (
    <div className="access-schema" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="access-schema-name">
        {t("sql.schema", { schema: state.schema })}
      </h4>
      {absent && <p className="access-note">{t("sql.noSchema", { schema: state.schema })}</p>}
      {state.rights.map((r) => {
        const label = t(`sql.${r.right}`, { defaultValue: r.label });
        return (
          <PrincipalPicker
            key={r.right}
            className="access-row"
            showLabel
            label={label}
            accessibleLabel={t("sql.accessibleLabel", { schema: r.schema, right: label })}
            target="group"
            value={r.value ?? null}
            placeholder={r.value === undefined ? t("defaultPlaceholder", { value: describe("group", r.fallback) }) : undefined}
            description={
              r.missing && r.value !== undefined ? <Warning>{t("missingGroup", { name: r.value })}</Warning> : undefined
            }
            onChange={(next) => apply((doc) => setSqlRight(doc, r.schema, r.right, next))}
          />
        );
      })}
      {state.others.length > 0 && (
        <dl className="access-kept" aria-label={t("sql.other", { schema: state.schema })}>
          {state.others.map((o) => (
            <div key={o.key} className="access-kept-row">
              <dt className="mono">{o.key}</dt>
              <dd className="mono">{JSON.stringify(o.value)}</dd>
              <dd className="muted">{t("other.keptAsIs")}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

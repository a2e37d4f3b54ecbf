import { XCircle } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { OpenFailure } from "../../shared/ipc-contract";
import { failureText } from "./engine-text";

// A file broken everywhere lists its first problems; fixing those usually reveals the rest.
const SHOWN_ISSUES = 20;

/** Why a project could not be opened: the file, each problem at its line and column, and the fix. */
export function OpenErrorPanel({ failure }: { failure: OpenFailure }) {
  const { t } = useTranslation("shell");
  const path = typeof failure.params?.path === "string" ? failure.params.path : undefined;
  const file = failure.file ?? path;
  const issues = failure.issues ?? [];
  return (
    <section className="open-error notice-error" role="alert" aria-labelledby="open-error-title">
      <h2 id="open-error-title" className="open-error-title">
        <XCircle size={16} aria-hidden="true" />
        {t("start.openFailed")}
      </h2>
      {file !== undefined && (
        <p className="open-error-file">
          <span className="muted">{t("start.file")}</span> <span className="mono">{file}</span>
        </p>
      )}
      <p>{failureText(t, { ...failure, params: { path: file ?? "", ...failure.params } })}</p>
      {issues.length > 0 && (
        <ul className="open-error-issues" aria-label={t("start.issues")}>
          {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <li key={i}>
              <span className="mono open-error-where">{t("start.lineColumn", { line: issue.line, column: issue.column })}</span> {issue.message}
            </li>
          ))}
          {issues.length > SHOWN_ISSUES && <li className="muted">{t("start.moreIssues", { count: issues.length - SHOWN_ISSUES })}</li>}
        </ul>
      )}
    </section>
  );
}

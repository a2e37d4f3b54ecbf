import { XCircle } from "lucide-react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { OpenFailure } from "../../shared/ipc-contract";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { failureText } from "./engine-text";

// A file broken everywhere lists its first problems; fixing those usually reveals the rest.
const SHOWN_ISSUES = 20;

/**
 * Why a project could not be opened: the file, each problem at its line and column, and the fix.
 * `titled` false leaves the heading to a dialog around it.
 */
export function OpenErrorPanel({ failure, titled = true }: { failure: OpenFailure; titled?: boolean }) {
  const { t } = useTranslation("shell");
  const path = typeof failure.params?.path === "string" ? failure.params.path : undefined;
  const file = failure.file ?? path;
  const issues = failure.issues ?? [];
  return (
    <section className={titled ? "open-error notice-error" : "open-error open-error-bare"} role={titled ? "alert" : undefined} aria-labelledby={titled ? "open-error-title" : undefined}>
      {titled && (
        <h2 id="open-error-title" className="open-error-title">
          <XCircle size={16} aria-hidden="true" />
          {t("start.openFailed")}
        </h2>
      )}
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

/**
 * The same view when a project is open: opening another one (or reloading this one) failed. The
 * dialog says why, where and how to fix it, and that the open project stays as it was.
 */
export function OpenErrorDialog() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const failure = useAppStore((s) => (s.snapshot ? s.openError : null));
  const project = useAppStore((s) => s.snapshot?.location.projectName ?? "");
  const close = () => store.getState().dismissErrors();
  return (
    <AppDialog
      alert
      wide
      title={t("start.openFailed")}
      isOpen={failure !== null}
      onClose={close}
      actions={
        <Button className="btn btn-primary" onPress={close} autoFocus>
          {t("common:ok")}
        </Button>
      }
    >
      {failure && <OpenErrorPanel failure={failure} titled={false} />}
      <p className="muted">{t("openError.kept", { project })}</p>
    </AppDialog>
  );
}

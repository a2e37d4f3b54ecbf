import { ChevronRight, ShieldAlert, ShieldCheck } from "lucide-react";
import { useEffect, useMemo } from "react";
import { Button, Disclosure, DisclosurePanel, Heading, Label, ProgressBar } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { AUDIT_SEVERITIES, type AuditSeverity, type Finding } from "../../../shared/audit";
import { ShownName } from "../../components/shown-name";
import { useAppStore, useAppStoreApi } from "../../state/context";
import { selectAuditFindings, selectDraft } from "../../state/selectors";
import type { AppStore } from "../../state/store";
import "./audit.css";

// After an edit, main re-checks the hashes once typing has paused: the quick run is cheap
// (a lookup per user) but sends the whole draft.
const RERUN_AFTER_MS = 400;

function openName(store: AppStore, kind: "user" | "group", name: string): void {
  const state = store.getState();
  if (kind === "user") {
    state.goTo("users");
    state.selectUser(name);
  } else {
    state.goTo("groups");
    state.selectGroup(name);
  }
}

function NameLinks({ kind, names }: { readonly kind: "user" | "group"; readonly names: readonly string[] }) {
  const { t } = useTranslation("audit");
  const store = useAppStoreApi();
  return (
    <div className="audit-names">
      <h5 className="audit-names-label">{t(kind === "user" ? "users" : "groups", { count: names.length })}</h5>
      <ul className="audit-name-list">
        {names.map((name) => (
          <li key={name}>
            <Button className="audit-name" onPress={() => openName(store, kind, name)} aria-label={t(kind === "user" ? "openUser" : "openGroup", { name })}>
              <ShownName name={name} />
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FindingItem({ finding }: { readonly finding: Finding }) {
  const { t } = useTranslation("audit");
  const n = (finding.users?.length ?? 0) + (finding.groups?.length ?? 0);
  const params = { ...finding.params, count: n };
  const context = finding.code === "default-user-open" && finding.params?.design === 1 ? "design" : finding.code === "no-password" && finding.params?.empty === 1 ? "empty" : undefined;
  const title = t(`finding.${finding.code}.title`, { ...params, context, name: finding.users?.[0] ?? "" });
  const hasNames = n > 0;
  return (
    <Disclosure className={`audit-finding severity-${finding.severity}`} isDisabled={!hasNames}>
      <Heading level={4} className="audit-finding-heading">
        <Button slot="trigger" className="audit-finding-trigger">
          {hasNames && <ChevronRight size={14} aria-hidden="true" className="audit-chevron" />}
          <span className="audit-finding-title">{title}</span>
          <span className="audit-code">{finding.code}</span>
        </Button>
      </Heading>
      <p className="audit-why">
        {t(`finding.${finding.code}.why`, { context })} <strong className="audit-fix">{t(`finding.${finding.code}.fix`, { context })}</strong>
      </p>
      {hasNames && (
        <DisclosurePanel className="audit-panel">
          {finding.users && <NameLinks kind="user" names={finding.users} />}
          {finding.groups && <NameLinks kind="group" names={finding.groups} />}
        </DisclosurePanel>
      )}
    </Disclosure>
  );
}

/** The bcrypt guesses, on demand: how many hashes were not tried, a button, then progress and Cancel. */
function DeepGuess() {
  const { t } = useTranslation("audit");
  const store = useAppStoreApi();
  const auditing = useAppStore((s) => s.auditing);
  const report = useAppStore((s) => s.auditRun?.report);
  if (auditing?.deep) {
    return (
      <div className="audit-deep">
        <ProgressBar className="audit-progress" value={auditing.done} maxValue={Math.max(auditing.total, 1)}>
          {({ percentage }) => (
            <>
              <Label>{t("deep.progress", { done: auditing.done, total: auditing.total })}</Label>
              <div className="audit-progress-track">
                <div className="audit-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
        <Button className="btn" onPress={() => void store.getState().cancelAudit()}>
          {t("common:cancel")}
        </Button>
      </div>
    );
  }
  const untried = report?.bcryptNotTried ?? 0;
  if (untried === 0) {
    return report && report.bcryptTried > 0 ? <p className="muted audit-deep-note">{t("deep.done", { count: report.bcryptTried })}</p> : null;
  }
  return (
    <div className="audit-deep">
      <p className="audit-deep-note">{t(report?.cancelled ? "deep.cancelled" : "deep.untried", { count: untried })}</p>
      <Button className="btn" onPress={() => void store.getState().runAudit(true)}>
        {t("deep.run", { count: untried })}
      </Button>
    </div>
  );
}

/**
 * The Audit page: what in this directory would let the wrong person in, worst first. Each
 * finding says why it matters and the fix, and opens to its users and groups (each a link).
 * The structural findings follow every edit; main re-checks the hashes shortly after each one.
 */
export function AuditPage() {
  const { t } = useTranslation("audit");
  const store = useAppStoreApi();
  const draft = useAppStore(selectDraft);
  const findings = useAppStore(selectAuditFindings);
  const checkedRoot = useAppStore((s) => s.auditRun?.root);
  const deepRunning = useAppStore((s) => s.auditing?.deep === true);
  const failure = useAppStore((s) => s.auditError);

  useEffect(() => {
    if (!draft || checkedRoot === draft.root || deepRunning) return;
    const timer = setTimeout(() => void store.getState().runAudit(false), checkedRoot === undefined ? 0 : RERUN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, checkedRoot, deepRunning, store]);

  const by = useMemo(() => {
    const groups: Record<AuditSeverity, Finding[]> = { high: [], medium: [], low: [] };
    for (const f of findings) groups[f.severity].push(f);
    return groups;
  }, [findings]);
  if (!draft) return null;

  return (
    <div className="audit-page">
      <div className="audit-content">
        <h2>{t("title")}</h2>
        <p className="muted">{t("intro")}</p>
        <p className="audit-summary" role="status">
          {findings.length === 0 ? (
            <>
              <ShieldCheck size={16} aria-hidden="true" className="audit-ok" /> {t("none")}
            </>
          ) : (
            <>
              <ShieldAlert size={16} aria-hidden="true" className={by.high.length > 0 ? "audit-bad" : "audit-warn"} />{" "}
              {AUDIT_SEVERITIES.map((s) => t(`count.${s}`, { count: by[s].length })).join(" · ")}
            </>
          )}
        </p>
        {failure && (
          <p className="notice notice-error" role="alert">
            {t("failed", { message: failure.message })}
          </p>
        )}
        <DeepGuess />
        {AUDIT_SEVERITIES.filter((s) => by[s].length > 0).map((severity) => (
          <section key={severity} className={`audit-section audit-${severity}`} aria-labelledby={`audit-${severity}`}>
            <h3 id={`audit-${severity}`}>
              {t(`severity.${severity}`)} <span className="audit-count">({by[severity].length})</span>
            </h3>
            {by[severity].map((f, i) => (
              <FindingItem key={`${f.code}-${i}`} finding={f} />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

import { AlertTriangle, CheckCircle2, ChevronRight, Info, XCircle } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "react-aria-components";
import type { Problem, Severity } from "../../shared/check";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectProblems } from "../state/selectors";
import type { AppStore } from "../state/store";
import { engineText } from "./engine-text";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

// A file with thousands of problems (a generated one, say) lists the first ones of each kind.
const SHOWN_PER_SEVERITY = 200;

/** The problems of the draft by severity, memoised on the (stable) problems list. */
function useProblemsBySeverity(): Readonly<Record<Severity, readonly Problem[]>> {
  const problems = useAppStore(selectProblems);
  return useMemo(() => {
    const by: Record<Severity, Problem[]> = { error: [], warning: [], info: [] };
    for (const p of problems) by[p.severity].push(p);
    return by;
  }, [problems]);
}

/** The header's problems count, which opens the list: `2 errors, 1 warning`, or `No problems`. */
export function ProblemsButton() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const by = useProblemsBySeverity();
  const errors = by.error.length;
  const warnings = by.warning.length;
  const parts = [
    ...(errors > 0 ? [t("problems.errors", { count: errors })] : []),
    ...(warnings > 0 ? [t("problems.warnings", { count: warnings })] : []),
  ];
  if (parts.length === 0 && by.info.length > 0) parts.push(t("problems.notes", { count: by.info.length }));
  const Icon = errors > 0 ? XCircle : warnings > 0 ? AlertTriangle : parts.length > 0 ? Info : CheckCircle2;
  const tone = errors > 0 ? "tone-error" : warnings > 0 ? "tone-warning" : "tone-none";
  const summary = parts.length > 0 ? parts.join(", ") : t("problems.none");
  return (
    <Button
      className={`btn btn-quiet problems-button ${tone}`}
      aria-label={t("problems.buttonLabel", { summary })}
      onPress={() => store.getState().openDialog("problems")}
    >
      <Icon size={14} aria-hidden="true" />
      {summary}
    </Button>
  );
}

/** Opens what a problem is about: its user, its group, or the Access page. */
function goToTarget(store: AppStore, problem: Problem): void {
  const target = problem.where.target;
  const state = store.getState();
  if (!target || target.kind === "file") return;
  if (target.kind === "user") {
    state.goTo("users");
    state.selectUser(target.name);
  } else if (target.kind === "group") {
    state.goTo("groups");
    state.selectGroup(target.name);
  } else state.goTo("access");
  state.openDialog(null);
}

function ProblemItem({ problem }: { problem: Problem }) {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const text = engineText(t, "problem", problem);
  const target = problem.where.target;
  if (!target || target.kind === "file") {
    return (
      <li className="problem-item">
        <span className="problem-text">{text}</span>
      </li>
    );
  }
  return (
    <li className="problem-item">
      <Button className="problem-link" onPress={() => goToTarget(store, problem)}>
        <span className="problem-text">{text}</span>
        <ChevronRight size={14} aria-hidden="true" className="problem-go" />
      </Button>
    </li>
  );
}

/** The problems of the draft, errors first; each one opens what it is about. */
export function ProblemsDialog() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const isOpen = useAppStore((s) => s.dialog === "problems");
  const by = useProblemsBySeverity();
  const close = () => store.getState().openDialog(null);
  const total = by.error.length + by.warning.length + by.info.length;
  return (
    <AppDialog
      title={t("problems.title")}
      isOpen={isOpen}
      onClose={close}
      wide
      actions={
        <Button className="btn" onPress={close}>
          {t("common:close")}
        </Button>
      }
    >
      {total === 0 && <p className="muted">{t("problems.empty")}</p>}
      {SEVERITIES.filter((s) => by[s].length > 0).map((severity) => (
        <section key={severity} className={`problems-section problems-${severity}`} aria-label={t(`problems.heading.${severity}`)}>
          <h3>
            {t(`problems.heading.${severity}`)} <span className="muted">({by[severity].length})</span>
          </h3>
          <ul className="problem-list">
            {by[severity].slice(0, SHOWN_PER_SEVERITY).map((p, i) => (
              <ProblemItem key={`${p.code}-${i}`} problem={p} />
            ))}
          </ul>
          {by[severity].length > SHOWN_PER_SEVERITY && (
            <p className="muted">{t("problems.more", { count: by[severity].length - SHOWN_PER_SEVERITY })}</p>
          )}
        </section>
      ))}
    </AppDialog>
  );
}

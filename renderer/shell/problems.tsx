import { AlertTriangle, CheckCircle2, ChevronRight, Hourglass, Info, XCircle } from "lucide-react";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Button, Disclosure, DisclosurePanel, Heading } from "react-aria-components";
import { checkDirectory, type Problem, type Severity } from "../../shared/check";
import { useAfterPaint } from "../components/after-paint";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectDraft } from "../state/selectors";
import type { AppStore } from "../state/store";
import { engineText } from "./engine-text";
import "./problems.css";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

// A file with thousands of problems (a generated one, say) lists the first ones of each kind.
const SHOWN_PER_SEVERITY = 200;

// A kind of note seen this many times or more is shown as one line that opens to the list.
const GROUP_FROM = 3;

/** Whether a problem can be hidden: warnings and notes only (an error stops 4D reading the file). */
const hideable = (p: Problem) => p.severity !== "error";

const NO_PROBLEMS: readonly Problem[] = [];
/** The problems while a file just opened is being checked: none listed yet. */
const NOT_YET: Readonly<Record<Severity, readonly Problem[]>> = { error: [], warning: [], info: [] };

/**
 * The problems of the draft by severity, without the kinds hidden for this project. They follow
 * every edit, but off the input path: checking 16,000 users and groups takes tens of
 * milliseconds, so the edit is painted first and the problems follow (useAfterPaint); a file just
 * opened shows its list first, then its problems (null until then).
 */
function useProblemsBySeverity(): Readonly<Record<Severity, readonly Problem[]>> | null {
  const draft = useAfterPaint(useAppStore(selectDraft), undefined);
  const problems = useMemo(() => (draft === undefined ? undefined : draft ? checkDirectory(draft) : NO_PROBLEMS), [draft]);
  const hidden = useAppStore((s) => s.hiddenKinds);
  return useMemo(() => {
    if (problems === undefined) return null;
    const by: Record<Severity, Problem[]> = { error: [], warning: [], info: [] };
    const skip = new Set(hidden);
    for (const p of problems) if (!(hideable(p) && skip.has(p.code))) by[p.severity].push(p);
    return by;
  }, [problems, hidden]);
}

/** The project the hidden kinds are remembered for: its folder, or its file when alone. */
function useProjectKey(): string | null {
  return useAppStore((s) => (s.snapshot ? (s.snapshot.location.projectRoot ?? s.snapshot.location.inForce.path) : null));
}

/** Problems of one severity in runs by code, in the order each code first appears. */
function byCode(problems: readonly Problem[]): readonly (readonly Problem[])[] {
  const runs = new Map<string, Problem[]>();
  for (const p of problems) {
    const run = runs.get(p.code);
    if (run) run.push(p);
    else runs.set(p.code, [p]);
  }
  return [...runs.values()];
}

/** The header's problems count, which opens the list: `2 errors, 1 warning`, or `No problems`. */
export function ProblemsButton() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const by = useProblemsBySeverity() ?? NOT_YET;
  const checked = by !== NOT_YET;
  const project = useProjectKey();
  useEffect(() => {
    if (project !== null && store.getState().prefsProject !== project) void store.getState().loadPrefs(project);
  }, [project, store]);
  const errors = by.error.length;
  const warnings = by.warning.length;
  const parts = [
    ...(errors > 0 ? [t("problems.errors", { count: errors })] : []),
    ...(warnings > 0 ? [t("problems.warnings", { count: warnings })] : []),
  ];
  if (parts.length === 0 && by.info.length > 0) parts.push(t("problems.notes", { count: by.info.length }));
  const Icon = errors > 0 ? XCircle : warnings > 0 ? AlertTriangle : parts.length > 0 ? Info : checked ? CheckCircle2 : Hourglass;
  const tone = errors > 0 ? "tone-error" : warnings > 0 ? "tone-warning" : "tone-none";
  const summary = parts.length > 0 ? parts.join(", ") : checked ? t("problems.none") : t("problems.checking");
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
  return (
    <li className="problem-item">
      <ProblemLink problem={problem} />
      {hideable(problem) && <HideKind code={problem.code} />}
    </li>
  );
}

function ProblemLink({ problem }: { problem: Problem }) {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const text = engineText(t, "problem", problem);
  const target = problem.where.target;
  if (!target || target.kind === "file") return <span className="problem-text">{text}</span>;
  return (
    <Button className="problem-link" onPress={() => goToTarget(store, problem)}>
      <span className="problem-text">{text}</span>
      <ChevronRight size={14} aria-hidden="true" className="problem-go" />
    </Button>
  );
}

/** "Hide this kind" for a warning or a note: remembered for this project. */
function HideKind({ code }: { readonly code: string }) {
  const { t } = useTranslation("audit");
  const store = useAppStoreApi();
  return (
    <Button className="btn btn-quiet problem-hide" onPress={() => void store.getState().setKindHidden(code, true)} aria-label={t("problems.hideLabel", { code })}>
      {t("problems.hide")}
    </Button>
  );
}

/** Several notes of one kind: one line that says what they are and opens to the list. */
function ProblemGroup({ problems }: { readonly problems: readonly Problem[] }) {
  const { t } = useTranslation("audit");
  const first = problems[0]!;
  const count = problems.length;
  const summary = t(`problemGroup.${first.code}`, { count, ...first.params, defaultValue: t("problemGroup.other", { count, code: first.code }) });
  return (
    <li className="problem-group">
      <Disclosure>
        <div className="problem-group-row">
          <Heading level={4} className="problem-group-heading">
            <Button slot="trigger" className="problem-group-trigger">
              <ChevronRight size={14} aria-hidden="true" className="problem-group-chevron" />
              {summary}
            </Button>
          </Heading>
          {hideable(first) && <HideKind code={first.code} />}
        </div>
        <DisclosurePanel>
          <ul className="problem-list">
            {problems.slice(0, SHOWN_PER_SEVERITY).map((p, i) => (
              <ProblemItem key={`${p.code}-${i}`} problem={p} />
            ))}
          </ul>
          {count > SHOWN_PER_SEVERITY && <p className="muted">{t("shell:problems.more", { count: count - SHOWN_PER_SEVERITY })}</p>}
        </DisclosurePanel>
      </Disclosure>
    </li>
  );
}

/** "3 kinds hidden", with the button that shows them again. */
function HiddenKinds() {
  const { t } = useTranslation("audit");
  const store = useAppStoreApi();
  const hidden = useAppStore((s) => s.hiddenKinds);
  if (hidden.length === 0) return null;
  return (
    <p className="problems-hidden muted">
      {t("problems.hidden", { count: hidden.length })}{" "}
      <Button className="btn btn-quiet" onPress={() => void store.getState().showAllKinds()}>
        {t("problems.showAll")}
      </Button>
    </p>
  );
}

/** The problems of the draft, errors first; each one opens what it is about. */
export function ProblemsDialog() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const isOpen = useAppStore((s) => s.dialog === "problems");
  const by = useProblemsBySeverity() ?? NOT_YET;
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
      <HiddenKinds />
      {SEVERITIES.filter((s) => by[s].length > 0).map((severity) => (
        <section key={severity} className={`problems-section problems-${severity}`} aria-label={t(`problems.heading.${severity}`)}>
          <h3>
            {t(`problems.heading.${severity}`)} <span className="muted">({by[severity].length})</span>
          </h3>
          <ul className="problem-list">
            {byCode(by[severity]).flatMap((run) =>
              run.length >= GROUP_FROM
                ? [<ProblemGroup key={`group-${run[0]!.code}`} problems={run} />]
                : run.map((p, i) => <ProblemItem key={`${p.code}-${i}`} problem={p} />),
            )}
          </ul>
        </section>
      ))}
    </AppDialog>
  );
}

import { FlaskConical, FolderOpen } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "react-aria-components";
import type { Api, RecentProject } from "../../shared/ipc-contract";
import { useAppStore, useAppStoreApi } from "../state/context";
import { chooseAndOpen } from "./commands";
import { failureText } from "./engine-text";
import { OpenErrorPanel } from "./open-error";

/** The projects opened before, newest first; each opens on click. */
function RecentList({ recent, disabled }: { recent: readonly RecentProject[] | null; disabled: boolean }) {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  if (recent === null) return null;
  if (recent.length === 0) return <p className="muted start-empty">{t("start.noRecent")}</p>;
  return (
    <ul className="recent-list" aria-label={t("start.recent")}>
      {recent.map((project) => (
        <li key={project.target}>
          <Button className="recent-item" isDisabled={disabled} onPress={() => void store.getState().open(project.target)}>
            <span className="recent-name">{project.name}</span>
            <span className="recent-path mono" title={project.target}>
              {project.target}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the window shows before a project is open: Open Project…, the recent projects, the
 * sample project, and — when opening failed — why, where, and how to fix it.
 */
export function StartScreen({ api }: { api: Api }) {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const openError = useAppStore((s) => s.openError);
  const opening = useAppStore((s) => s.busy === "opening");
  const notice = useAppStore((s) => (s.notice?.kind === "refusal" ? s.notice.failure : null));
  const [recent, setRecent] = useState<readonly RecentProject[] | null>(null);

  useEffect(() => {
    let live = true;
    void api.recentProjects(null).then((result) => live && setRecent(result.ok ? result.value : []));
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <main className="start">
      <div className="start-panel">
        <h1 className="start-title">{t("common:appName")}</h1>
        <p className="muted">{t("start.tagline")}</p>
        <div className="start-actions">
          <Button className="btn btn-primary" isDisabled={opening} onPress={() => void chooseAndOpen(api, store)}>
            <FolderOpen size={15} aria-hidden="true" />
            {t("start.open")}
          </Button>
          <Button className="btn" isDisabled={opening} onPress={() => void store.getState().openSample()}>
            <FlaskConical size={15} aria-hidden="true" />
            {t("start.sample")}
          </Button>
        </div>
        <p className="muted start-sample-help">{t("start.sampleHelp")}</p>
        {opening && (
          <p className="muted" role="status">
            {t("start.opening")}
          </p>
        )}
        {openError && <OpenErrorPanel failure={openError} />}
        {notice && !openError && (
          <p className="notice notice-error" role="alert">
            {failureText(t, notice)}
          </p>
        )}
        <h2 className="start-section">{t("start.recent")}</h2>
        <RecentList recent={recent} disabled={opening} />
      </div>
    </main>
  );
}

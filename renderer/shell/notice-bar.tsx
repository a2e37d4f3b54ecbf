import { AlertTriangle, Info, X, XCircle } from "lucide-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "react-aria-components";
import { UNCHANGED } from "../../shared/edits/edit";
import { useAppStore, useAppStoreApi } from "../state/context";
import { engineText, failureText } from "./engine-text";
import { relativePath } from "./paths";

// An info notice ("Saved …") fades after this long; refusals stay until dismissed or outdated.
export const INFO_NOTICE_MS = 4000;

function DismissButton({ onPress }: { onPress: () => void }) {
  const { t } = useTranslation();
  return (
    <Button className="btn btn-icon btn-quiet notice-dismiss" aria-label={t("dismiss")} onPress={onPress}>
      <X size={14} aria-hidden="true" />
    </Button>
  );
}

/** The file changed on disk while there are unsaved edits: reload, compare or overwrite. */
function ConflictBanner() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const saving = useAppStore((s) => s.busy === "saving");
  const overwrite = async () => {
    const location = store.getState().snapshot?.location;
    if ((await store.getState().save(true)) !== null || !location) return;
    store.getState().notify({ kind: "info", text: t("notice.saved", { file: relativePath(location.inForce.path, location.projectRoot) }) });
  };
  return (
    <div className="notice notice-warning banner" role="alert">
      <AlertTriangle size={15} aria-hidden="true" />
      <span className="notice-text">{t("conflict.text")}</span>
      <div className="notice-actions">
        <Button className="btn" onPress={() => store.getState().ask({ kind: "reload" })}>
          {t("conflict.reload")}
        </Button>
        <Button className="btn" onPress={() => void store.getState().compareWithDisk()}>
          {t("conflict.compare")}
        </Button>
        <Button className="btn btn-danger" isDisabled={saving} onPress={() => void overwrite()}>
          {t("conflict.overwrite")}
        </Button>
      </div>
    </div>
  );
}

/**
 * The last save failure (other than the conflict, which has its banner). An open failure has its
 * own view, the same as on the start screen (OpenErrorDialog).
 */
function ErrorNotice() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const saveError = useAppStore((s) => (s.saveError?.code === "changed-on-disk" ? null : s.saveError));
  if (!saveError) return null;
  return (
    <div className="notice notice-error banner" role="alert">
      <XCircle size={15} aria-hidden="true" />
      <span className="notice-text">
        <strong>{t("notice.saveFailed")}</strong> {failureText(t, saveError)}
      </span>
      <DismissButton onPress={() => store.getState().dismissErrors()} />
    </div>
  );
}

/** The passing notice: a refusal (what and why, translated) or a confirmation such as "Saved". */
function PassingNotice() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  // A notice goes by itself when its context changes (see NoticeContext in the store).
  const notice = useAppStore((s) => s.notice);

  useEffect(() => {
    if (notice === null || notice.kind === "refusal") return;
    const timer = setTimeout(() => {
      if (store.getState().notice === notice) store.getState().notify(null);
    }, INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);

  if (!notice) return null;
  const quiet = notice.kind !== "refusal" || notice.failure.code === UNCHANGED;
  const text = notice.kind === "info" ? notice.text : notice.kind === "change" ? engineText(t, "change", notice.change) : failureText(t, notice.failure);
  return (
    <div className={`notice banner ${quiet ? "notice-info" : "notice-error"}`} role={quiet ? "status" : "alert"}>
      {quiet ? <Info size={15} aria-hidden="true" /> : <XCircle size={15} aria-hidden="true" />}
      <span className="notice-text">{text}</span>
      <DismissButton onPress={() => store.getState().notify(null)} />
    </div>
  );
}

/** The strip under the header: conflict banner, save/open failure, then the passing notice. */
export function NoticeBar() {
  const conflict = useAppStore((s) => s.conflict !== null);
  return (
    <div className="notice-bar">
      {conflict && <ConflictBanner />}
      <ErrorNotice />
      <PassingNotice />
    </div>
  );
}

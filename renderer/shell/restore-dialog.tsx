import { useEffect, useState } from "react";
import { Button, ListBox, ListBoxItem, type Selection } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../../shared/ipc-contract";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { failureText } from "./engine-text";
import { relativePath } from "./paths";

/**
 * File → Restore Previous Version…: the backups the app kept of the open file (one before each
 * save), newest first, each with its date, size and how it differs from the file now. Restoring
 * puts the backup in the draft as one ordinary edit: reviewed, saved (or undone) like any other.
 */
export function RestoreDialog() {
  const { t, i18n } = useTranslation("shell");
  const store = useAppStoreApi();
  const isOpen = useAppStore((s) => s.dialog === "restore");
  const location = useAppStore((s) => s.snapshot?.location);
  const [backups, setBackups] = useState<readonly BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!isOpen) return;
    let live = true;
    void store.getState().listBackups().then((result) => {
      if (!live) return;
      setBackups(result.ok ? result.value : []);
      setChosen(result.ok ? (result.value[0]?.id ?? null) : null);
      setError(result.ok ? null : failureText(t, result.error));
    });
    return () => {
      live = false;
      setBackups(null);
    };
  }, [isOpen, store, t]);

  const date = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "medium" }).format(ms);
  const size = (bytes: number) => t("restore.size", { kb: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / 1024) });
  const differs = (b: BackupInfo) => {
    if (!b.differs) return t("restore.unreadable");
    const { users, groups, other } = b.differs;
    if (users + groups + other === 0) return t("restore.same");
    return [users && t("restore.users", { count: users }), groups && t("restore.groups", { count: groups }), other && t("restore.other", { count: other })].filter(Boolean).join(", ");
  };
  const close = () => store.getState().openDialog(null);
  const restore = async () => {
    const backup = backups?.find((b) => b.id === chosen);
    if (!backup) return;
    const refused = await store.getState().restoreBackup(backup.id, date(backup.createdAt));
    if (refused) return setError(failureText(t, refused));
    close();
    store.getState().notify({ kind: "info", text: t("restore.done", { date: date(backup.createdAt) }) });
  };
  const file = location ? relativePath(location.inForce.path, location.projectRoot) : "";

  return (
    <AppDialog
      title={t("restore.title")}
      isOpen={isOpen}
      onClose={close}
      wide
      actions={
        <>
          <Button className="btn" onPress={close}>
            {t("common:cancel")}
          </Button>
          <Button className="btn btn-primary" isDisabled={chosen === null} onPress={() => void restore()}>
            {t("restore.action")}
          </Button>
        </>
      }
    >
      <p>{t("restore.intro", { file })}</p>
      {backups === null ? (
        <p className="muted" role="status">
          {t("restore.loading")}
        </p>
      ) : backups.length === 0 ? (
        <p className="muted">{t("restore.none")}</p>
      ) : (
        <ListBox
          className="restore-list"
          aria-label={t("restore.listLabel")}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={chosen ? [chosen] : []}
          onSelectionChange={(keys: Selection) => keys !== "all" && setChosen((([first]) => (first === undefined ? null : String(first)))([...keys]))}
          items={backups}
        >
          {(b) => (
            <ListBoxItem id={b.id} textValue={`${date(b.createdAt)} ${differs(b)}`} className="restore-row">
              <span className="restore-date">{date(b.createdAt)}</span>
              <span className="restore-size muted">{size(b.size)}</span>
              <span className="restore-differs">{differs(b)}</span>
            </ListBoxItem>
          )}
        </ListBox>
      )}
      {error && (
        <p className="inline-refusal" role="alert">
          {error}
        </p>
      )}
      <p className="muted">{t("restore.help")}</p>
    </AppDialog>
  );
}

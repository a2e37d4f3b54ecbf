import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Disclosure, DisclosurePanel } from "react-aria-components";
import type { DirectoryDocument } from "../../shared/document";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { savedOf } from "../state/document-slice";
import { selectChanges, selectDraft } from "../state/selectors";
import { DiffView } from "./diff-view";
import { engineText, failureText } from "./engine-text";
import { relativePath } from "./paths";

/** The change log of the unsaved edits, one translated line each, oldest first. */
function ChangeLog() {
  const { t } = useTranslation("shell");
  const changes = useAppStore(selectChanges);
  if (changes.length === 0) return <p className="muted">{t("review.noChanges")}</p>;
  return (
    <ol className="change-log" aria-label={t("review.changes")}>
      {changes.map((change, i) => (
        <li key={i} className="change-line">
          {engineText(t, "change", change)}
        </li>
      ))}
    </ol>
  );
}

/** "Show text diff": the unified diff, computed only once it is opened. */
function TextDiff({ before, after, initiallyOpen }: { before: DirectoryDocument; after: DirectoryDocument; initiallyOpen: boolean }) {
  const { t } = useTranslation("shell");
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <Disclosure className="disclosure" isExpanded={open} onExpandedChange={setOpen}>
      <Button slot="trigger" className="disclosure-trigger">
        <ChevronRight size={14} aria-hidden="true" className="disclosure-chevron" />
        {t("review.showDiff")}
      </Button>
      <DisclosurePanel className="disclosure-panel">{open && <DiffView before={before} after={after} label={t("review.diffLabel")} />}</DisclosurePanel>
    </Disclosure>
  );
}

/**
 * The review before save (store.dialog === "review"): the change log, then the text diff, then
 * Save. In compare mode (the file changed on disk, store.comparison holds it) the diff runs from
 * the disk version to the draft, and the button overwrites the file.
 */
export function ReviewDialog() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const saved = useAppStore(savedOf);
  const isOpen = useAppStore((s) => s.dialog === "review");
  const snapshot = useAppStore((s) => s.snapshot);
  const draft = useAppStore(selectDraft);
  const comparison = useAppStore((s) => s.comparison);
  const saving = useAppStore((s) => s.busy === "saving");
  // The store owns the save failure (the notice bar shows it too once the dialog is closed); a
  // changed-on-disk refusal closes the dialog for the conflict banner instead.
  const saveError = useAppStore((s) => (s.saveError?.code === "changed-on-disk" ? null : s.saveError));
  if (!snapshot || !draft) return null;
  const comparing = comparison !== null;
  const file = relativePath(snapshot.location.inForce.path, snapshot.location.projectRoot);

  const close = () => {
    store.getState().openDialog(null);
    store.getState().endComparison();
  };
  const save = async () => {
    const failure = await store.getState().save(comparing);
    if (failure === null) {
      store.getState().notify({ kind: "info", text: t("notice.saved", { file }) });
      close();
    } else if (failure.code === "changed-on-disk") close();
  };

  return (
    <AppDialog
      title={comparing ? t("review.compareTitle", { file }) : t("review.title", { file })}
      isOpen={isOpen}
      onClose={close}
      wide
      actions={
        <>
          <Button className="btn" onPress={close}>
            {t("common:cancel")}
          </Button>
          <Button className={comparing ? "btn btn-danger" : "btn btn-primary"} isDisabled={saving} onPress={() => void save()}>
            {saving ? t("review.saving") : comparing ? t("review.overwrite") : t("review.save")}
          </Button>
        </>
      }
    >
      {comparing && <p>{t("review.compareIntro")}</p>}
      <h3 className="review-heading">{t("review.changes")}</h3>
      <ChangeLog />
      {saveError !== null && (
        <div className="notice notice-error" role="alert">
          {failureText(t, saveError)}
        </div>
      )}
      {isOpen && <TextDiff before={comparison ?? saved ?? snapshot.document} after={draft} initiallyOpen={comparing} />}
    </AppDialog>
  );
}

import { useTranslation } from "react-i18next";
import { Button } from "react-aria-components";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectChanges } from "../state/selectors";
import type { AppStore } from "../state/store";
import type { Confirmation } from "../state/ui-slice";

function proceed(store: AppStore, confirmation: Confirmation): void {
  const state = store.getState();
  state.ask(null);
  switch (confirmation.kind) {
    case "revert":
      return state.revert();
    case "reload":
      return void state.reload();
    case "close":
      return void state.closeProject();
    case "open":
      return void state.open(confirmation.target);
  }
}

/**
 * Asks before unsaved edits are dropped (revert, reload from disk, close, open another
 * project) — the one thing undo cannot bring back.
 */
export function ConfirmHost() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const confirmation = useAppStore((s) => s.confirmation);
  const changes = useAppStore((s) => selectChanges(s).length);
  const project = useAppStore((s) => s.snapshot?.location.projectName ?? "");
  const cancel = () => store.getState().ask(null);
  const kind = confirmation?.kind ?? "revert";
  return (
    <AppDialog
      title={t(`confirm.${kind}.title`)}
      isOpen={confirmation !== null}
      onClose={cancel}
      alert
      actions={
        <>
          <Button className="btn" onPress={cancel} autoFocus>
            {t("common:cancel")}
          </Button>
          <Button className="btn btn-danger" onPress={() => confirmation && proceed(store, confirmation)}>
            {t(`confirm.${kind}.action`)}
          </Button>
        </>
      }
    >
      <p>{t(`confirm.${kind}.body`, { count: changes, project })}</p>
      <p className="muted">{t("confirm.cannotUndo")}</p>
    </AppDialog>
  );
}

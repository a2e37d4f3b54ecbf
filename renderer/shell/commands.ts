import type { TFunction } from "i18next";
import type { Api, MenuCommand } from "../../shared/ipc-contract";
import { selectDirty } from "../state/selectors";
import type { AppStore } from "../state/store";
import type { Page } from "../state/ui-slice";
import { isTextField } from "./platform";

/** Opens a project, asking first when the open one has unsaved changes. */
export function requestOpen(store: AppStore, target: string): void {
  const state = store.getState();
  if (state.snapshot && selectDirty(state)) state.ask({ kind: "open", target });
  else void state.open(target);
}

/** Shows the native open dialog, then opens what was chosen (nothing when cancelled). */
export async function chooseAndOpen(api: Api, store: AppStore): Promise<void> {
  const chosen = await api.chooseProject(null);
  if (!chosen.ok) store.getState().notify({ kind: "refusal", failure: chosen.error });
  else if (chosen.value !== null) requestOpen(store, chosen.value);
}

/** File → Compare with…: chooses any directory.json (or project), then opens the comparison view. */
export async function chooseAndCompare(api: Api, store: AppStore): Promise<void> {
  if (!store.getState().snapshot) return;
  const chosen = await api.chooseCompareFile(null);
  if (!chosen.ok) store.getState().notify({ kind: "refusal", failure: chosen.error });
  else if (chosen.value !== null) await store.getState().compareWith(chosen.value);
}

/** Opens the review before save, or says there is nothing to save. */
export function requestReview(store: AppStore, t: TFunction): void {
  const state = store.getState();
  if (!state.snapshot) return;
  if (selectDirty(state)) state.openDialog("review");
  else state.notify({ kind: "info", text: t("shell:notice.nothingToSave") });
}

// Undo and Redo from the native menu reach the page even when a text field has focus: there
// they must stay the field's own text undo, as the platform does everywhere else.
function undoOrRedo(store: AppStore, which: "undo" | "redo"): void {
  if (isTextField(document.activeElement)) {
    document.execCommand(which);
    return;
  }
  store.getState()[which]();
}

/**
 * Runs a command of the native menu (or of the page's own shortcuts): the same actions as the
 * header's buttons, with the same questions before unsaved changes are dropped.
 */
export async function runCommand(command: MenuCommand, api: Api, store: AppStore, t: TFunction): Promise<void> {
  const state = store.getState();
  const dirty = selectDirty(state);
  switch (command) {
    case "open":
      return chooseAndOpen(api, store);
    case "review":
      return requestReview(store, t);
    case "save-and-close": {
      if (dirty && (await state.save()) !== null) return;
      await api.closeWindow(null);
      return;
    }
    case "revert":
      if (dirty) state.ask({ kind: "revert" });
      return;
    case "close":
      if (!state.snapshot) return;
      if (dirty) state.ask({ kind: "close" });
      else await state.closeProject();
      return;
    case "undo":
    case "redo":
      return undoOrRedo(store, command);
    case "find":
      return state.requestFind();
    case "compare-with":
      return chooseAndCompare(api, store);
    case "import":
      return state.startImport();
    case "export":
      return state.startExport();
    case "restore":
      if (state.snapshot) state.openDialog("restore");
      return;
    default:
      if (state.snapshot) state.goTo(command.slice("page:".length) as Page);
  }
}

import { CopyPlus, FileWarning, GitCompare, History, Redo2, RotateCcw, Undo2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Button, Tooltip, TooltipTrigger } from "react-aria-components";
import type { DirectoryLocation } from "../../shared/location";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectCanRedo, selectCanUndo, selectDirty, selectRedoChange, selectUndoChange } from "../state/selectors";
import { CompareDialog } from "./compare-dialog";
import { ConfirmHost } from "./confirm-dialog";
import { OpenErrorDialog } from "./open-error";
import { RestoreDialog } from "./restore-dialog";
import { engineText, failureText } from "./engine-text";
import { relativePath } from "./paths";
import { shortcut } from "./platform";
import { ProblemsButton, ProblemsDialog } from "./problems";
import { ExportDialog } from "./export-dialog";
import { ImportDialog } from "./import-dialog";
import { ReviewDialog } from "./review-dialog";
import { Truncated } from "../components/truncated";

/** Which copy of directory.json is edited: `Data/Settings/directory.json — in force`. */
function CopyInForce({ location }: { location: DirectoryLocation }) {
  const { t } = useTranslation("shell");
  const file = relativePath(location.inForce.path, location.projectRoot);
  return (
    <Truncated className="header-copy" text={location.inForce.exists ? t("header.inForce", { file }) : t("header.newFile", { file })} note={location.inForce.path} />
  );
}

/**
 * The other copy, when there is one: the user copy shadowed by the data copy (4D ignores it),
 * or — worse — the data copy that wins over the user copy being edited.
 */
function ShadowedNotice({ location }: { location: DirectoryLocation }) {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const shadowed = location.shadowed;
  if (!shadowed) return null;
  const file = relativePath(shadowed.path, location.projectRoot);
  const text = shadowed.copy === "user" ? t("header.shadowedByData", { file }) : t("header.dataWins", { file });
  return (
    <div className="notice notice-warning header-shadowed" role="note">
      <FileWarning size={15} aria-hidden="true" />
      <span className="notice-text">{text}</span>
      <Button className="btn" onPress={() => void store.getState().compareWith()}>
        <GitCompare size={14} aria-hidden="true" />
        {t("compare:header.compare")}
      </Button>
      <Button className="btn" onPress={() => void store.getState().open(location.projectRoot ?? shadowed.path, shadowed.copy)}>
        {t("header.openInstead")}
      </Button>
    </div>
  );
}

/**
 * A project with only one copy of directory.json: make the other from it (the data copy from
 * the user copy, or the reverse), byte for byte, from the file as saved.
 */
function CreateOtherCopy({ location }: { location: DirectoryLocation }) {
  const { t } = useTranslation("compare");
  const store = useAppStoreApi();
  const dirty = useAppStore(selectDirty);
  const { inForce } = location;
  if (location.shadowed || !location.projectRoot || !inForce.exists || inForce.copy === "file") return null;
  const create = async () => {
    const state = store.getState();
    if (dirty) return state.notify({ kind: "info", text: t("header.saveFirst") });
    const result = await state.createOtherCopy();
    if (!result.ok) return state.notify({ kind: "info", text: failureText(t, result.error) });
    const created = result.value.location.inForce.copy === "data" ? result.value.location.dataPath : result.value.location.userPath;
    state.notify({ kind: "info", text: t("header.created", { file: relativePath(created ?? "", location.projectRoot) }) });
  };
  return (
    <Button className="btn header-create-copy" onPress={() => void create()}>
      <CopyPlus size={14} aria-hidden="true" />
      {inForce.copy === "user" ? t("header.createData") : t("header.createUser")}
    </Button>
  );
}

/** The header's undo, redo, revert and review-and-save buttons. */
function HeaderActions() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const undoChange = useAppStore(selectUndoChange);
  const redoChange = useAppStore(selectRedoChange);
  // The tooltips name the step: "Undo: renamed user Bob → Robert".
  const undoText = undoChange ? t("header.undoWhat", { what: engineText(t, "change", undoChange) }) : t("header.undo");
  const redoText = redoChange ? t("header.redoWhat", { what: engineText(t, "change", redoChange) }) : t("header.redo");
  const dirty = useAppStore(selectDirty);
  const saving = useAppStore((s) => s.busy === "saving");
  return (
    <div className="header-actions">
      <TooltipTrigger delay={500}>
        <Button className="btn btn-icon" aria-label={t("header.undo")} isDisabled={!canUndo} onPress={() => store.getState().undo()}>
          <Undo2 size={15} aria-hidden="true" />
        </Button>
        <Tooltip className="tooltip">{`${undoText} (${shortcut("Z")})`}</Tooltip>
      </TooltipTrigger>
      <TooltipTrigger delay={500}>
        <Button className="btn btn-icon" aria-label={t("header.redo")} isDisabled={!canRedo} onPress={() => store.getState().redo()}>
          <Redo2 size={15} aria-hidden="true" />
        </Button>
        <Tooltip className="tooltip">{`${redoText} (${shortcut("Z", true)})`}</Tooltip>
      </TooltipTrigger>
      <TooltipTrigger delay={500}>
        <Button className="btn btn-icon" aria-label={t("header.restore")} onPress={() => store.getState().openDialog("restore")}>
          <History size={15} aria-hidden="true" />
        </Button>
        <Tooltip className="tooltip">{t("header.restore")}</Tooltip>
      </TooltipTrigger>
      <Button className="btn" isDisabled={!dirty} onPress={() => store.getState().ask({ kind: "revert" })}>
        <RotateCcw size={14} aria-hidden="true" />
        {t("header.revert")}
      </Button>
      <Button className="btn btn-primary" isDisabled={!dirty || saving} onPress={() => store.getState().openDialog("review")}>
        {t("header.reviewAndSave")}
      </Button>
    </div>
  );
}

/**
 * The top bar of an open project: its name, the copy in force (and the other one, when it is
 * shadowed), the problems count, and the history and save actions. It also hosts the shell's
 * dialogs (review before save, problems, "discard unsaved changes?"), since it is on screen
 * whenever a project is open.
 */
export function Header() {
  const location = useAppStore((s) => s.snapshot?.location);
  if (!location) return null;
  return (
    <header className="header">
      <div className="header-bar">
        <div className="header-project">
          <h1 className="header-name">
            <Truncated text={location.projectName} />
          </h1>
          <CopyInForce location={location} />
          <CreateOtherCopy location={location} />
        </div>
        <ProblemsButton />
        <HeaderActions />
      </div>
      <ShadowedNotice location={location} />
      <ReviewDialog />
      <CompareDialog />
      <ImportDialog />
      <ExportDialog />
      <ProblemsDialog />
      <ConfirmHost />
      <OpenErrorDialog />
      <RestoreDialog />
    </header>
  );
}

import { FileWarning, Redo2, RotateCcw, Undo2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Button, Tooltip, TooltipTrigger } from "react-aria-components";
import type { DirectoryLocation } from "../../shared/location";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectCanRedo, selectCanUndo, selectDirty } from "../state/selectors";
import { ConfirmHost } from "./confirm-dialog";
import { relativePath } from "./paths";
import { shortcut } from "./platform";
import { ProblemsButton, ProblemsDialog } from "./problems";
import { ReviewDialog } from "./review-dialog";

/** Which copy of directory.json is edited: `Data/Settings/directory.json — in force`. */
function CopyInForce({ location }: { location: DirectoryLocation }) {
  const { t } = useTranslation("shell");
  const file = relativePath(location.inForce.path, location.projectRoot);
  return (
    <span className="header-copy" title={location.inForce.path}>
      {location.inForce.exists ? t("header.inForce", { file }) : t("header.newFile", { file })}
    </span>
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
      <Button className="btn" onPress={() => void store.getState().open(location.projectRoot ?? shadowed.path, shadowed.copy)}>
        {t("header.openInstead")}
      </Button>
    </div>
  );
}

/** The header's undo, redo, revert and review-and-save buttons. */
function HeaderActions() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const dirty = useAppStore(selectDirty);
  const saving = useAppStore((s) => s.busy === "saving");
  return (
    <div className="header-actions">
      <TooltipTrigger delay={500}>
        <Button className="btn btn-icon" aria-label={t("header.undo")} isDisabled={!canUndo} onPress={() => store.getState().undo()}>
          <Undo2 size={15} aria-hidden="true" />
        </Button>
        <Tooltip className="tooltip">{`${t("header.undo")} (${shortcut("Z")})`}</Tooltip>
      </TooltipTrigger>
      <TooltipTrigger delay={500}>
        <Button className="btn btn-icon" aria-label={t("header.redo")} isDisabled={!canRedo} onPress={() => store.getState().redo()}>
          <Redo2 size={15} aria-hidden="true" />
        </Button>
        <Tooltip className="tooltip">{`${t("header.redo")} (${shortcut("Z", true)})`}</Tooltip>
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
          <h1 className="header-name">{location.projectName}</h1>
          <CopyInForce location={location} />
        </div>
        <ProblemsButton />
        <HeaderActions />
      </div>
      <ShadowedNotice location={location} />
      <ReviewDialog />
      <ProblemsDialog />
      <ConfirmHost />
    </header>
  );
}

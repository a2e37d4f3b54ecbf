import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Api, MenuCommand } from "../../shared/ipc-contract";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectDirty } from "../state/selectors";
import { requestOpen, runCommand } from "./commands";
import { hasNativeMenu, isMac, isTextField } from "./platform";

/** The window title: `Demo — 4D Directory Editor`, `• Demo — 4D Directory Editor` when unsaved. */
export function windowTitle(appName: string, project: string | null, dirty: boolean): string {
  if (project === null) return appName;
  return `${dirty ? "• " : ""}${project} — ${appName}`;
}

/** The command a key press stands for, when the page handles shortcuts itself. */
export function shortcutCommand(event: KeyboardEvent, mac = isMac()): MenuCommand | null {
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !mac && !event.shiftKey) return "redo";
  if (key === "s" && !event.shiftKey) return "review";
  if (key === "f" && !event.shiftKey) return "find";
  return null;
}

function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("[role=dialog], [role=alertdialog]") !== null;
}

/**
 * Connects the window to main: menu commands, changes on disk, paths to open; keeps the window
 * title and the unsaved-changes state in sync; and, when there is no native menu (the e2e
 * harness runs the renderer in a plain browser), handles Cmd/Ctrl+Z, Shift+Z, Y, S and F itself
 * — leaving undo and redo to a focused text field.
 */
export function useMainEvents(api: Api, keyboard = !hasNativeMenu()): void {
  const store = useAppStoreApi();
  const { t, i18n } = useTranslation();
  const project = useAppStore((s) => s.snapshot?.location.projectName ?? null);
  const dirty = useAppStore(selectDirty);

  useEffect(() => {
    void api.setDocumentState({ title: windowTitle(t("appName"), project, dirty), dirty });
  }, [api, t, project, dirty]);

  // The menu, the native dialogs and the close prompt speak the app's language.
  const language = i18n.language === "fr" ? "fr" : "en";
  useEffect(() => {
    void api.setLanguage({ language });
  }, [api, language]);

  useEffect(() => {
    const offs = [
      api.on("menuCommand", (command) => void runCommand(command, api, store, t)),
      api.on("fileChanged", ({ revision }) => void store.getState().diskChanged(revision)),
      api.on("openRequested", ({ target }) => requestOpen(store, target)),
    ];
    return () => offs.forEach((off) => off());
  }, [api, store, t]);

  useEffect(() => {
    if (!keyboard) return;
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command || event.defaultPrevented) return;
      const undoing = command === "undo" || command === "redo";
      // A text field keeps its own undo; a dialog (focus is trapped in it) keeps its own keys.
      if (undoing && isTextField(document.activeElement)) return;
      if (inDialog(event.target)) return;
      event.preventDefault();
      void runCommand(command, api, store, t);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [keyboard, api, store, t]);
}

import { Menu, shell } from "electron";
import type { Language, MenuCommand, RecentProject } from "../../shared/ipc-contract";
import { USERS_AND_GROUPS_DOC } from "../services/app-url";
import { menuTemplate } from "./menu-template";
import { nativeText } from "./native-text";

/** The native menu in `language` (see menu-template.ts). */
export function buildMenu(
  language: Language,
  recent: readonly RecentProject[],
  actions: { readonly command: (command: MenuCommand) => void; readonly openRecent: (target: string) => void },
): Menu {
  // Nothing to wait for: the browser opens the page, or the system says why it cannot.
  const openDocumentation = () => void shell.openExternal(USERS_AND_GROUPS_DOC);
  return Menu.buildFromTemplate(menuTemplate(nativeText(language), recent, { ...actions, openDocumentation }, process.platform === "darwin"));
}

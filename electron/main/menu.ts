import { Menu, shell, type MenuItemConstructorOptions } from "electron";
import { USERS_AND_GROUPS_DOC } from "../services/app-url";
import type { MenuCommand, RecentProject } from "../../shared/ipc-contract";

/** What the menu does when an item is chosen. */
export interface MenuActions {
  readonly command: (command: MenuCommand) => void;
  readonly openRecent: (target: string) => void;
}

/**
 * The native menu: File, Edit, View, Help (plus the app menu on macOS). Accelerators use
 * CmdOrCtrl so each platform gets its own shortcut. Items send commands to the renderer,
 * which owns the document state.
 */
export function buildMenu(recent: readonly RecentProject[], actions: MenuActions): Menu {
  const isMac = process.platform === "darwin";
  const send = (command: MenuCommand) => () => actions.command(command);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: "appMenu" as const }] : []),
    {
      label: "&File",
      submenu: [
        { label: "Open Project…", accelerator: "CmdOrCtrl+O", click: send("open") },
        {
          label: "Open Recent",
          submenu: recent.length
            ? recent.map((r) => ({ label: `${r.name} — ${r.target}`, click: () => actions.openRecent(r.target) }))
            : [{ label: "No recent projects", enabled: false }],
        },
        { label: "Compare With…", click: send("compare-with") },
        { type: "separator" },
        { label: "Save…", accelerator: "CmdOrCtrl+S", click: send("review") },
        { label: "Revert", click: send("revert") },
        { type: "separator" },
        { label: "Import Users…", click: send("import") },
        { label: "Export…", click: send("export") },
        { type: "separator" },
        { label: "Close Project", accelerator: "CmdOrCtrl+W", click: send("close") },
        ...(isMac ? [] : [{ type: "separator" as const }, { role: "quit" as const }]),
      ],
    },
    {
      label: "&Edit",
      submenu: [
        { label: "Undo", accelerator: "CmdOrCtrl+Z", click: send("undo") },
        { label: "Redo", accelerator: isMac ? "Shift+Cmd+Z" : "Ctrl+Y", click: send("redo") },
        { type: "separator" },
        { role: "cut" },
        { role: "copy" },
        { role: "paste" },
        { role: "selectAll" },
        { type: "separator" },
        { label: "Find", accelerator: "CmdOrCtrl+F", click: send("find") },
      ],
    },
    {
      label: "&View",
      submenu: [
        { label: "Users", accelerator: "CmdOrCtrl+1", click: send("page:users") },
        { label: "Groups", accelerator: "CmdOrCtrl+2", click: send("page:groups") },
        { label: "Access", accelerator: "CmdOrCtrl+3", click: send("page:access") },
        { label: "Why", accelerator: "CmdOrCtrl+4", click: send("page:why") },
        { label: "Audit", accelerator: "CmdOrCtrl+5", click: send("page:audit") },
        { type: "separator" },
        { role: "resetZoom" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        { type: "separator" },
        { role: "togglefullscreen" },
      ],
    },
    {
      role: "help",
      submenu: [
        {
          label: "4D Users and Groups documentation",
          click: () => void shell.openExternal(USERS_AND_GROUPS_DOC),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

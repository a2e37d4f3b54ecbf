import type { MenuItemConstructorOptions } from "electron";
import type { TFunction } from "i18next";
import type { MenuCommand, RecentProject } from "../../shared/ipc-contract";

/** What the menu does when an item is chosen. */
export interface MenuActions {
  readonly command: (command: MenuCommand) => void;
  readonly openRecent: (target: string) => void;
  readonly openDocumentation: () => void;
}

/**
 * The native menu's template: File, Edit, View, Help (plus the app menu on macOS), every label
 * from the `native` catalog in the app's language (`t`). Accelerators use CmdOrCtrl so each
 * platform gets its own shortcut. Items send commands to the renderer, which owns the document
 * state. Pure (Electron's types only), so a test builds it without Electron.
 */
export function menuTemplate(t: TFunction, recent: readonly RecentProject[], actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => actions.command(command);
  return [
    ...(isMac ? [{ role: "appMenu" as const }] : []),
    {
      label: t("menu.file"),
      submenu: [
        { label: t("menu.openProject"), accelerator: "CmdOrCtrl+O", click: send("open") },
        {
          label: t("menu.openRecent"),
          submenu: recent.length
            ? recent.map((r) => ({ label: t("menu.recentItem", { name: r.name, target: r.target }), click: () => actions.openRecent(r.target) }))
            : [{ label: t("menu.noRecent"), enabled: false }],
        },
        { label: t("menu.compareWith"), click: send("compare-with") },
        { type: "separator" },
        { label: t("menu.save"), accelerator: "CmdOrCtrl+S", click: send("review") },
        { label: t("menu.revert"), click: send("revert") },
        { label: t("menu.restore"), click: send("restore") },
        { type: "separator" },
        { label: t("menu.import"), click: send("import") },
        { label: t("menu.export"), click: send("export") },
        { type: "separator" },
        { label: t("menu.close"), accelerator: "CmdOrCtrl+W", click: send("close") },
        ...(isMac ? [] : [{ type: "separator" as const }, { role: "quit" as const, label: t("menu.quit") }]),
      ],
    },
    {
      label: t("menu.edit"),
      submenu: [
        { label: t("menu.undo"), accelerator: "CmdOrCtrl+Z", click: send("undo") },
        { label: t("menu.redo"), accelerator: isMac ? "Shift+Cmd+Z" : "Ctrl+Y", click: send("redo") },
        { type: "separator" },
        { role: "cut", label: t("menu.cut") },
        { role: "copy", label: t("menu.copy") },
        { role: "paste", label: t("menu.paste") },
        { role: "selectAll", label: t("menu.selectAll") },
        { type: "separator" },
        { label: t("menu.find"), accelerator: "CmdOrCtrl+F", click: send("find") },
      ],
    },
    {
      label: t("menu.view"),
      submenu: [
        { label: t("common:nav.users"), accelerator: "CmdOrCtrl+1", click: send("page:users") },
        { label: t("common:nav.groups"), accelerator: "CmdOrCtrl+2", click: send("page:groups") },
        { label: t("common:nav.access"), accelerator: "CmdOrCtrl+3", click: send("page:access") },
        { label: t("common:nav.why"), accelerator: "CmdOrCtrl+4", click: send("page:why") },
        { label: t("common:nav.audit"), accelerator: "CmdOrCtrl+5", click: send("page:audit") },
        { type: "separator" },
        { role: "resetZoom", label: t("menu.resetZoom") },
        { role: "zoomIn", label: t("menu.zoomIn") },
        { role: "zoomOut", label: t("menu.zoomOut") },
        { type: "separator" },
        { role: "togglefullscreen", label: t("menu.fullScreen") },
      ],
    },
    {
      role: "help",
      label: t("menu.help"),
      submenu: [{ label: t("menu.documentation"), click: actions.openDocumentation }],
    },
  ];
}

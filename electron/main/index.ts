import { app, dialog, Menu, type BrowserWindow, type IpcMainInvokeEvent } from "electron";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Language, MenuCommand } from "../../shared/ipc-contract";
import { DirectoryService } from "../services/directory-service";
import { createHandlers } from "../services/handlers";
import { isAppPage } from "../services/app-url";
import { registerAppScheme, serveAppScheme } from "./app-protocol";
import { registerIpc, sendEvent } from "./ipc";
import { buildMenu } from "./menu";
import { nativeText } from "./native-text";
import { AppStateStore } from "../services/settings-store";
import { watchFile } from "../services/watcher";
import { createWindow } from "./window";


let win: BrowserWindow | undefined;
let dirty = false;
let closing = false;
// The app's language, as the renderer tells it (setLanguage); the system's until then.
let language: Language = "en";
let pendingTarget = targetFromArgs(process.argv);

/** A project path given on the command line (`4d-directory-editor /path/to/project`). */
function targetFromArgs(argv: readonly string[]): string | undefined {
  // In development argv holds the app folder too (`electron .`), and switches may come first.
  const appPath = resolve(app.getAppPath());
  const args = argv.slice(1).filter((a) => !a.startsWith("-") && resolve(a) !== appPath);
  const candidate = args.at(-1);
  return candidate && existsSync(candidate) ? resolve(candidate) : undefined;
}

function sampleSource(): string {
  return app.isPackaged ? join(process.resourcesPath, "sample-project") : join(app.getAppPath(), "build", "sample-project");
}

function command(c: MenuCommand): void {
  if (win) sendEvent(win.webContents, "menuCommand", c);
}

function requestOpen(target: string): void {
  if (win) sendEvent(win.webContents, "openRequested", { target });
  else pendingTarget = target;
}

async function start(): Promise<void> {
  // Read once the app is ready (Windows gives the locale only then).
  language = app.getLocale().toLowerCase().startsWith("fr") ? "fr" : "en";
  const state = new AppStateStore(join(app.getPath("userData"), "state.json"));
  await state.load();
  const service = new DirectoryService({
    backupDir: join(app.getPath("userData"), "backups"),
    sample: { source: sampleSource(), target: join(app.getPath("userData"), "Sample Project") },
    watch: watchFile,
    onFileChanged: (revision) => win && sendEvent(win.webContents, "fileChanged", { revision }),
    onAuditProgress: (done, total) => win && sendEvent(win.webContents, "auditProgress", { done, total }),
  });
  // The native open dialog for a project folder, a .4DProject or a directory.json; null when cancelled.
  const choosePath = async (which: "open" | "compare"): Promise<string | null> => {
    const t = nativeText(language);
    const result = await dialog.showOpenDialog(win!, {
      title: t(`dialog.${which}.title`),
      buttonLabel: t(`dialog.${which}.button`),
      properties: ["openFile", "openDirectory"],
      filters: [{ name: t("dialog.open.filter"), extensions: ["4DProject", "json"] }],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const refreshMenu = () => Menu.setApplicationMenu(buildMenu(language, state.recent(), { command, openRecent: requestOpen }));
  const handlers = createHandlers(service, state, {
    chooseProject: () => choosePath("open"),
    chooseCompareFile: () => choosePath("compare"),
    chooseCsv: async (mode, suggestedName) => {
      const t = nativeText(language);
      const filters = [{ name: t("dialog.csv.filter"), extensions: ["csv"] }];
      if (mode === "save") {
        const result = await dialog.showSaveDialog(win!, { title: t("dialog.csv.exportTitle"), defaultPath: suggestedName, filters });
        return result.canceled ? null : (result.filePath ?? null);
      }
      const result = await dialog.showOpenDialog(win!, { title: t("dialog.csv.importTitle"), properties: ["openFile"], filters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    setDocumentState: (title, isDirty) => {
      dirty = isDirty;
      win?.setTitle(title);
      // The edited dot and the proxy icon in the title bar are macOS's.
      if (process.platform === "darwin") {
        win?.setDocumentEdited(isDirty);
        const path = service.openPath();
        if (path) win?.setRepresentedFilename(path);
      }
    },
    closeWindow: () => {
      closing = true;
      win?.close();
    },
    setLanguage: (next) => {
      if (next === language) return;
      language = next;
      refreshMenu();
    },
  });
  registerIpc(
    {
      ...handlers,
      openProject: async (arg) => {
        const result = await handlers.openProject(arg);
        refreshMenu();
        return result;
      },
    },
    (event: IpcMainInvokeEvent) =>
      win !== undefined && event.sender.id === win.webContents.id && event.senderFrame === win.webContents.mainFrame && isAppPage(event.senderFrame?.url),
  );
  refreshMenu();
  serveAppScheme(join(__dirname, "..", "renderer"));
  win = createWindow(state);
  win.webContents.once("did-finish-load", () => {
    if (pendingTarget) requestOpen(pendingTarget);
    pendingTarget = undefined;
  });
  // The close guard: unsaved changes are never lost silently.
  win.on("close", (event) => {
    if (!dirty || closing) return;
    event.preventDefault();
    const t = nativeText(language);
    const choice = dialog.showMessageBoxSync(win!, {
      type: "warning",
      buttons: [t("close.save"), t("close.dontSave"), t("close.cancel")],
      defaultId: 0,
      cancelId: 2,
      message: t("close.message"),
      detail: t("close.detail"),
    });
    if (choice === 0) command("save-and-close");
    if (choice === 1) {
      closing = true;
      win?.close();
    }
  });
  win.on("closed", () => {
    service.close();
    win = undefined;
  });
}

// The renderer's scheme is declared before the app is ready, as Electron requires.
registerAppScheme();

// One window for the whole app: a second launch hands its path to the first, then quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", (_event, argv) => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
    const target = targetFromArgs(argv);
    if (target) requestOpen(target);
  });
  app.on("open-file", (event, path) => {
    event.preventDefault();
    requestOpen(path);
  });
  app.on("window-all-closed", () => app.quit());
  void app.whenReady().then(start);
}

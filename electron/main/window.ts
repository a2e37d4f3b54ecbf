import { BrowserWindow, screen, session, shell } from "electron";
import { join } from "node:path";
import { APP_PAGE_URL, isDocumentationLink } from "../services/app-url";
import type { AppStateStore, WindowBounds } from "../services/settings-store";

const DEFAULT_BOUNDS: WindowBounds = { width: 1180, height: 760 };

/** True when the saved bounds still fit on a connected display (monitors come and go). */
function visible(bounds: WindowBounds): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return true;
  return screen.getAllDisplays().some(({ workArea: a }) => bounds.x! >= a.x - 50 && bounds.y! >= a.y - 50 && bounds.x! < a.x + a.width && bounds.y! < a.y + a.height);
}

/**
 * Creates the one window, locked down per Electron's security checklist:
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
export function createWindow(state: AppStateStore): BrowserWindow {
  const saved = state.windowBounds();
  const bounds = saved && visible(saved) ? saved : DEFAULT_BOUNDS;
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 820,
    minHeight: 520,
    show: false,
    title: "4D Directory Editor",
    backgroundColor: "#f6f6f7",
    webPreferences: {
      preload: join(__dirname, "..", "preload", "index.js"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved?.maximized) win.maximize();
  win.once("ready-to-show", () => win.show());

  // Navigation and new windows are denied; links into 4D's documentation open in the browser.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isDocumentationLink(url)) void shell.openExternal(url);
    return { action: "deny" };
  });
  win.webContents.on("will-navigate", (event) => event.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const remember = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    void state.setWindowBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  win.on("resized", remember);
  win.on("moved", remember);
  win.on("close", remember);

  // Served by app-protocol.ts from out/renderer (never file://).
  void win.loadURL(APP_PAGE_URL);
  return win;
}

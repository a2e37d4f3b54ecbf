import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { APP_PAGE_URL, APP_SCHEME, USERS_AND_GROUPS_DOC } from "../../electron/services/app-url";
import type { AppStateStore } from "../../electron/services/settings-store";

// The window's lockdown (Electron's security checklist), each protection pinned by a test that
// fails without it. Electron cannot run here: main's modules run against a stand-in `electron`
// module that records what they register (as in ipc-bridge.test.ts).

const REPO = resolve(__dirname, "../..");
const rec = {
  schemes: [] as unknown[],
  handlers: new Map<string, (request: { url: string }) => unknown>(),
  fetched: [] as string[],
  opened: [] as string[],
  windows: [] as FakeWindow[],
};

class FakeWindow {
  readonly loaded: string[] = [];
  readonly contents = new Map<string, (...args: unknown[]) => unknown>();
  openHandler?: (details: { url: string }) => { action: string };
  readonly webContents = {
    setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => (this.openHandler = fn),
    on: (event: string, fn: (...args: unknown[]) => unknown) => this.contents.set(event, fn),
  };
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    rec.windows.push(this);
  }
  once(): void {}
  on(): void {}
  maximize(): void {}
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loaded.push(pathToFileURL(path).toString());
    return Promise.resolve();
  }
}

vi.mock("electron", () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => rec.schemes.push(...schemes),
    handle: (scheme: string, fn: (request: { url: string }) => unknown) => rec.handlers.set(scheme, fn),
  },
  net: { fetch: async (url: string) => (rec.fetched.push(url), new Response("file")) },
  shell: { openExternal: async (url: string) => void rec.opened.push(url) },
  BrowserWindow: FakeWindow,
  screen: { getAllDisplays: () => [] },
  session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
}));

const state = { windowBounds: () => undefined, setWindowBounds: async () => undefined } as unknown as AppStateStore;

describe("app:// protocol (main/app-protocol.ts)", () => {
  it("declares app:// standard and secure, without bypassing the CSP", async () => {
    const { registerAppScheme } = await import("../../electron/main/app-protocol");
    registerAppScheme();
    expect(rec.schemes).toEqual([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
  });

  it("serves files of the renderer folder, and nothing outside it", async () => {
    const { serveAppScheme } = await import("../../electron/main/app-protocol");
    const root = join(REPO, "out", "renderer");
    serveAppScheme(root);
    const handle = rec.handlers.get(APP_SCHEME)!;
    const status = async (url: string) => ((await handle({ url })) as Response).status;

    expect(await status(APP_PAGE_URL)).toBe(200);
    expect(rec.fetched).toEqual([pathToFileURL(join(root, "index.html")).toString()]);
    for (const url of ["app://renderer/..%2f..%2fpackage.json", "app://renderer/..%5cmain%5cindex.js", "app://main/index.js", "app://renderer/C:/Windows/win.ini"]) {
      expect(await status(url)).toBe(404);
    }
    expect(rec.fetched).toHaveLength(1);
  });
});

describe("the window (main/window.ts)", () => {
  it("loads the renderer from app://, never file://", async () => {
    const { createWindow } = await import("../../electron/main/window");
    createWindow(state);
    const win = rec.windows.at(-1)!;
    expect(win.loaded).toEqual([APP_PAGE_URL]);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  it("opens only 4D's documentation in the browser, and never a new window", async () => {
    const { createWindow } = await import("../../electron/main/window");
    createWindow(state);
    const win = rec.windows.at(-1)!;
    rec.opened.length = 0;
    for (const url of [USERS_AND_GROUPS_DOC, "https://evil.example/", "http://developer.4d.com/docs", "file:///etc/passwd", "app://renderer/index.html"]) {
      expect(win.openHandler!({ url })).toEqual({ action: "deny" });
    }
    expect(rec.opened).toEqual([USERS_AND_GROUPS_DOC]);
  });

  it("refuses every navigation away from the page", async () => {
    const { createWindow } = await import("../../electron/main/window");
    createWindow(state);
    let prevented = false;
    rec.windows.at(-1)!.contents.get("will-navigate")!({ preventDefault: () => (prevented = true) }, "https://evil.example/");
    expect(prevented).toBe(true);
  });
});

describe("renderer CSP (renderer/index.html)", () => {
  const html = readFileSync(join(REPO, "renderer", "index.html"), "utf8");
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
  const directive = (name: string) => csp.split(";").map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];

  it("allows no inline script or style and nothing remote", () => {
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive("default-src")).toEqual(["'self'"]);
    expect(directive("script-src")).toEqual(["'self'"]);
    expect(directive("object-src")).toEqual(["'none'"]);
  });

  it("allows exactly the one <style> React Aria injects (its hash, read from the installed react-aria)", () => {
    // usePress prepends <style id="react-aria-pressable-style"> with this text; an upgrade that changes it fails here.
    const source = readFileSync(join(REPO, "node_modules", "react-aria", "dist", "private", "interactions", "usePress.mjs"), "utf8");
    const text = /style\.textContent = `([\s\S]*?)`\.trim\(\)/.exec(source)![1]!.replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/, "data-react-aria-pressable").trim();
    expect(text).toContain("[data-react-aria-pressable]");
    const hash = `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(directive("style-src")).toEqual(["'self'", hash]);
  });
});

describe("packaging", () => {
  const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { build: { electronFuses: Record<string, boolean> } };

  it("turns off the fuse that gives file:// pages extra privileges (the renderer is on app://)", () => {
    expect(pkg.build.electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false, runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it("asks macOS for no entitlement but V8's JIT", () => {
    const plist = readFileSync(join(REPO, "build", "entitlements.mac.plist"), "utf8");
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(["com.apple.security.cs.allow-jit"]);
  });
});

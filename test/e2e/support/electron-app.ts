import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { _electron, type ElectronApplication, type Page } from "playwright-core";
import { BUILT, REPO, SAMPLE } from "./harness-process";
import { VIEWPORT } from "./browser";

/** Why the Electron spec is skipped on a machine without the binary. */
export const NO_ELECTRON = "no Electron binary on this machine: it downloads from GitHub";

/**
 * The Electron executable, when it is on this machine; undefined otherwise.
 *
 * This mirrors node_modules/electron/index.js without calling it: since Electron 45, requiring
 * `electron` DOWNLOADS the binary when it is missing, which must not happen in a test run (and
 * cannot on a closed network). A binary is there once `npm start` or `npx install-electron` ran.
 */
export function electronBinary(): string | undefined {
  const dir = join(REPO, "node_modules", "electron");
  const pathFile = join(dir, "path.txt");
  const relative = existsSync(pathFile) ? readFileSync(pathFile, "utf8").trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative ?? "electron") : relative ? join(dir, "dist", relative) : undefined;
  return candidate !== undefined && existsSync(candidate) ? candidate : undefined;
}

/** The built app running in Electron on a fresh copy of the sample project. */
export interface ElectronSession {
  readonly app: ElectronApplication;
  readonly page: Page;
  /** The project folder it opened (a temp copy of build/sample-project). */
  readonly project: string;
  /** The window's title, as main set it. */
  title(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Launches the built app (`electron .`, so the app path is the repository, as `npm start` does)
 * with a temp copy of the sample as its command-line argument, on a temp profile.
 */
export async function launchElectron(executablePath: string): Promise<ElectronSession> {
  if (!existsSync(BUILT.main)) throw new Error(`${BUILT.main} is missing: run the e2e suite with \`npm run test:e2e\` (it builds first).`);
  const scratch = mkdtempSync(join(tmpdir(), "4dde-electron-"));
  const project = join(scratch, "Sample");
  cpSync(SAMPLE, project, { recursive: true });
  const profile = join(scratch, "profile");
  const app = await _electron.launch({
    executablePath,
    cwd: REPO,
    // The project comes last: main opens the last argument that exists (process.argv).
    args: [`--user-data-dir=${profile}`, REPO, project],
    env: { ...process.env, XDG_CONFIG_HOME: profile, ELECTRON_ENABLE_LOGGING: "0" },
  });
  const page = await app.firstWindow();
  page.setDefaultTimeout(10_000);
  await app.evaluate(({ BrowserWindow }, size) => BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height), VIEWPORT);
  await page.getByRole("tab", { name: "Users", exact: true }).waitFor();
  return {
    app,
    page,
    project,
    title: () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? ""),
    close: async () => {
      // app.exit skips the close guard ("Save the changes…?"), which would wait for a click.
      await app.evaluate(({ app: electron }) => electron.exit(0)).catch(() => undefined);
      await app.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

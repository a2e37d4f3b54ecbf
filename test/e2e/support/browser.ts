import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { INVOKE_CHANNELS } from "../../../shared/ipc-contract";
import { REPO, startHarnessProcess, type HarnessClient } from "./harness-process";

/** The system Chromium (apt-get install chromium); never a Playwright download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium quiet on a closed network (docs/toolchain.md). */
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The window size of every screenshot. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Where screenshots go. */
export const SCREENSHOTS = join(REPO, "test-results", "screenshots");

/** One Chromium for a spec file, on a fresh profile that is removed afterwards. */
export interface BrowserSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium headless on a fresh temp profile. */
export async function launchBrowser(locale = "en-US"): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const profile = await mkdtemp(join(tmpdir(), "4dde-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: VIEWPORT,
    locale,
    deviceScaleFactor: 1,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The init script that gives the page its `window.api` (test/e2e/http-api.js). */
function apiScript(): string {
  const source = readFileSync(join(REPO, "test", "e2e", "http-api.js"), "utf8");
  return `${source}\ninstallHttpApi(${JSON.stringify(Object.keys(INVOKE_CHANNELS))});`;
}

/** The app in one page, on its own harness (own temp folders), and what went wrong in the page. */
export interface AppSession {
  readonly page: Page;
  readonly harness: HarnessClient;
  /** Uncaught errors and console errors seen in the page. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Starts a harness and opens the app on it in a new page of `browser`. */
export async function openApp(browser: BrowserSession): Promise<AppSession> {
  const harness = await startHarnessProcess();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript({ content: apiScript() });
  await page.goto(harness.url);
  await harness.waitForListeners();
  return {
    page,
    harness,
    errors,
    close: async () => {
      await page.close();
      await harness.stop();
    },
  };
}

/** Saves a full-window screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

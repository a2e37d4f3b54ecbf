import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { changeDesignAccess, createGroup, giveLicence, nestGroups, renameDesignerAlias, reviewThenSave, setPassword } from "./flows/editing";
import { externalChangeWhileClean, externalChangeWhileDirty } from "./flows/disk";
import type { Driver } from "./flows/driver";
import { launchBrowser, openApp, screenshot, type AppSession, type BrowserSession } from "./support/browser";
import { changedLines, inForcePath, layoutProblems, readText } from "./support/files";
import { SAMPLE } from "./support/harness-process";
import { goTo, pick, reviewAndSave, selectGroup, toggle } from "./support/ui";

// The app in a real Chromium, against the real service handlers (test/e2e/harness): each test has
// its own harness, so its own fresh copy of the sample project, backups and recent list.

let browser: BrowserSession;
const scratch: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder removed after the suite. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

/** Runs `body` on a fresh app; the page must log no error. */
async function withApp(body: (app: AppSession) => Promise<void>): Promise<void> {
  const app = await openApp(browser);
  try {
    await body(app);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
}

/** Opens the sample from the start screen, then runs a flow on it. */
async function withSample(flow: (d: Driver, app: AppSession) => Promise<void>): Promise<void> {
  await withApp(async (app) => {
    await app.page.getByRole("button", { name: "Open sample project", exact: true }).click();
    await app.page.getByRole("tab", { name: "Users", exact: true }).waitFor();
    await flow({ page: app.page, project: app.harness.sampleTarget, shot: async (name) => void (await screenshot(app.page, name)) }, app);
  });
}

/** Opens `target` with Open Project… (the harness answers the open dialog with it). */
async function openWithDialog(app: AppSession, target: string): Promise<void> {
  await app.harness.choose(target);
  await app.page.getByRole("button", { name: "Open Project…", exact: true }).click();
}

/** A copy of the sample project whose data copy is `edit(text)`. */
function sampleCopy(edit: (text: string) => string): string {
  const root = join(tempDir("4dde-project-"), "Sample");
  cpSync(SAMPLE, root, { recursive: true });
  writeFileSync(inForcePath(root), edit(readText(inForcePath(root))));
  return root;
}

describe("the app in Chromium, on the real service handlers", () => {
  it("starts on the start screen, then opens the sample project", async () => {
    await withApp(async ({ page, harness }) => {
      await page.getByRole("button", { name: "Open Project…", exact: true }).waitFor();
      expect((await harness.state()).title).toBe("4D Directory Editor");
      await screenshot(page, "start-screen");

      await page.getByRole("button", { name: "Open sample project", exact: true }).click();
      await page.getByRole("tab", { name: "Users", exact: true }).waitFor();
      await page.getByText("Data/Settings/directory.json — in force", { exact: true }).waitFor();
      await page.getByText("Settings/directory.json exists but is shadowed by the data copy", { exact: false }).waitFor();
      const state = await harness.state();
      expect(state.title).toBe("Sample — 4D Directory Editor");
      expect(state.dirty).toBe(false);
      expect(readText(inForcePath(harness.sampleTarget))).toBe(readText(inForcePath(SAMPLE)));
    });
  });

  it("renames the Designer alias, and the file follows everywhere", async () => {
    await withSample(async (d, app) => {
      await renameDesignerAlias(d);
      expect((await app.harness.state()).dirty).toBe(false);
      expect((await app.harness.state()).calls).toContain("save");
    });
  });

  it("sets a password with Edit…: one bcrypt line changes, nothing else", () => withSample(setPassword));

  it("creates a group with the Administrator as its member", () => withSample(createGroup));

  it("nests groups and refuses a cycle with its path", () => withSample(nestGroups));

  it("gives a licence, taking it from the group that held it", () => withSample(giveLicence));

  it("changes the design access group", () => withSample(changeDesignAccess));

  it("lists each change in the review, then saves them all in 4D's layout", () => withSample(reviewThenSave));

  it("reloads silently when the file changes on disk while nothing is unsaved", () => withSample(externalChangeWhileClean));

  it("shows the conflict banner when the file changes on disk during unsaved edits", () => withSample(externalChangeWhileDirty));

  it("tells the window it has unsaved changes, and marks the title", async () => {
    await withSample(async ({ page }, { harness }) => {
      await goTo(page, "Groups");
      await selectGroup(page, "Sales");
      await toggle(page.getByRole("checkbox", { name: "4D Write", exact: true }));
      await expect.poll(async () => (await harness.state()).dirty).toBe(true);
      expect((await harness.state()).title).toBe("• Sample — 4D Directory Editor");
    });
  });

  it("answers on the Why page what a user may do, and through which groups", async () => {
    await withSample(async ({ page }) => {
      await goTo(page, "Why");
      await pick(page, "User", "Zoé Dubois");
      const answer = page.locator(".why-content");
      await answer.getByText("Management", { exact: false }).first().waitFor();
      expect(await answer.textContent()).toMatch(/Accounting/);
      await screenshot(page, "why");
    });
  });

  it("follows main's events: a path to open, then menu commands", async () => {
    const project = sampleCopy((text) => text);
    await withApp(async ({ page, harness }) => {
      await harness.emit("openRequested", { target: project });
      await page.getByRole("tab", { name: "Users", selected: true }).waitFor();
      await harness.emit("menuCommand", "page:groups");
      await page.getByRole("tab", { name: "Groups", selected: true }).waitFor();
      await selectGroup(page, "Sales");
      const write = page.getByRole("checkbox", { name: "4D Write", exact: true });
      await toggle(write);
      expect(await write.isChecked()).toBe(true);
      await harness.emit("menuCommand", "undo");
      await expect.poll(() => write.isChecked()).toBe(false);
      await harness.emit("menuCommand", "redo");
      await expect.poll(() => write.isChecked()).toBe(true);
      await harness.emit("menuCommand", "find");
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Search — Groups");
      await harness.emit("menuCommand", "review");
      await page.getByRole("dialog", { name: /^Review changes to / }).waitFor();
    });
  });

  it("keeps a BOM and CRLF line endings on save, as 4D wrote them", async () => {
    const project = sampleCopy((text) => "\uFEFF" + text.replace(/\n/g, "\r\n"));
    const before = readText(inForcePath(project));
    await withApp(async (app) => {
      await openWithDialog(app, project);
      const { page } = app;
      await goTo(page, "Groups");
      await selectGroup(page, "Sales");
      await toggle(page.getByRole("checkbox", { name: "4D Write", exact: true }));
      await reviewAndSave(page);
    });
    const after = readText(inForcePath(project));
    expect(layoutProblems(after, { bom: true, eol: "\r\n" })).toEqual([]);
    expect(changedLines(before, after).map((n) => after.split("\n")[n - 1])).toEqual(['\t\t"write": "Sales",\r']);
  });

  it("lists the problems of a file, each leading to what it is about", async () => {
    const project = sampleCopy((text) => text.replace('"Support Desk",', '"Support Desk",\n\t\t\t\t"Ghost",'));
    await withApp(async (app) => {
      await openWithDialog(app, project);
      const { page } = app;
      // Once checked (a file just opened says "Checking…" until its first paint).
      const button = page.getByRole("button", { name: /^Problems: (?!Checking)/ });
      await button.click();
      const dialog = page.getByRole("dialog", { name: "Problems", exact: true });
      await dialog.waitFor();
      const ghost = dialog.getByRole("button", { name: /Ghost/ });
      expect(await ghost.count()).toBe(1);
      await screenshot(page, "problems-list");
      await ghost.click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByRole("tab", { name: "Groups", selected: true }).waitFor();
      expect(await page.getByRole("textbox", { name: "Group name", exact: true }).inputValue()).toBe("Support");
    });
  });

  it("shows where an invalid file is broken (line and column), without a stack trace", async () => {
    const root = join(tempDir("4dde-broken-"), "Broken");
    mkdirSync(join(root, "Project"), { recursive: true });
    mkdirSync(join(root, "Settings"), { recursive: true });
    writeFileSync(join(root, "Project", "Broken.4DProject"), "{}");
    writeFileSync(join(root, "Settings", "directory.json"), '{\n\t"users": {\n\t\t"designer": {\n\t\t\t"alias": "Designer",\n\t\t}\n\t}\n}');
    await withApp(async (app) => {
      await openWithDialog(app, root);
      const { page } = app;
      const panel = page.getByRole("alert").filter({ hasText: "could not be opened" });
      await panel.waitFor();
      const text = (await panel.textContent()) ?? "";
      expect(text).toContain(join(root, "Settings", "directory.json"));
      expect(text).toMatch(/Line 4, column \d+:/);
      expect(text).toMatch(/trailing comma/);
      expect(text).not.toMatch(/\bat \S+ \(|Error:|\.ts:\d+|node:internal/);
      await screenshot(page, "open-error");
    });
  });
});

describe("the app in French", () => {
  it("speaks 4D's French words", async () => {
    const french = await launchBrowser("fr-FR");
    try {
      const app = await openApp(french);
      try {
        await app.page.getByRole("button", { name: "Ouvrir le projet exemple", exact: true }).click();
        await app.page.getByRole("tab", { name: "Utilisateurs", exact: true }).waitFor();
        await app.page.getByText("Type d'utilisateur : Super_Utilisateur", { exact: true }).waitFor();
        await app.page.getByRole("heading", { name: "Membre des groupes", exact: true }).waitFor();
        await screenshot(app.page, "users-fr");
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    } finally {
      await french.close();
    }
  });
});

describe("the app in the OS's dark theme", () => {
  it("follows prefers-color-scheme with its dark palette", async () => {
    await withSample(async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe("rgb(30, 30, 32)");
      await screenshot(page, "users-dark");
      await goTo(page, "Groups");
      await selectGroup(page, "Accounting");
      await screenshot(page, "groups-dark");
    });
  });
});

describe("the app by keyboard alone", () => {
  it("moves in the list with the arrows, renames with F2 and Enter, undoes with Ctrl+Z", async () => {
    await withSample(async ({ page }) => {
      const list = page.getByRole("listbox", { name: "Users", exact: true });
      await page.getByRole("searchbox", { name: "Search — Users" }).focus();
      // Search, then the Filters button, then the list.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("option");
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
      await list.locator('[role="option"][aria-selected="true"]', { hasText: "Marc Olivier" }).waitFor();

      await page.keyboard.press("F2");
      const name = page.getByRole("textbox", { name: "User name" });
      await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type("Marc O.");
      await page.keyboard.press("Enter");
      await list.getByRole("option", { name: "Marc O.", exact: true }).waitFor();

      await list.getByRole("option", { name: "Marc O.", exact: true }).focus();
      await page.keyboard.press("Control+z");
      await list.getByRole("option", { name: "Marc Olivier", exact: true }).waitFor();
    });
  });
});

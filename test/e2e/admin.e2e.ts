import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { serializeDirectory } from "../../shared/serialize";
import { buildLargeDirectory } from "../helpers/large-directory";
import { documentOf } from "../helpers/documents";
import { launchBrowser, openApp, screenshot, type AppSession, type BrowserSession } from "./support/browser";
import { backupFolderFor } from "../../electron/services/backups";
import { goTo, groupsList, reviewAndSave, selectUser, usersList } from "./support/ui";

// Issue 8, what a 4D admin tripped over on real files: names cut with no way to read them, a
// delete that renumbers silently, nothing to filter by. The screenshots are for people to judge
// (test-results/screenshots/admin-*.png).

const LONG_GROUP = "Inspection Members of the Northern Region";
const scratch: string[] = [];

/** A project folder whose Settings/directory.json is `text`. */
function project(text: string): string {
  const root = mkdtempSync(join(tmpdir(), "4dde-admin-"));
  scratch.push(root);
  mkdirSync(join(root, "Settings"));
  writeFileSync(join(root, "Settings", "directory.json"), text);
  return root;
}

/** Built-in users under their English aliases and without passwords: the widest French rows. */
const builtins = () =>
  project(
    serializeDirectory(
      documentOf({
        users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" }, "Hélène Martin": {}, Bob: {} },
        groups: { [LONG_GROUP]: { users: ["Bob"] }, Vendeurs: { users: ["Bob", "Hélène Martin"] }, Vide: {} },
        remoteGranters: { web: "Vendeurs" },
      }),
    ),
  );

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Opens `root` from the start screen. */
async function openProject(app: AppSession, root: string, button = "Open Project…"): Promise<void> {
  await app.harness.choose(root);
  await app.page.getByRole("button", { name: button, exact: true }).click();
  await app.page.getByRole("listbox").first().waitFor();
}

/** Whether a row's name is drawn whole (no ellipsis). */
async function nameFits(page: Page, list: "Users" | "Utilisateurs" | "Groups" | "Groupes", name: string): Promise<boolean> {
  const el = page.getByRole("listbox", { name: list, exact: true }).locator(".row-name", { hasText: name }).first();
  return el.evaluate((e) => e.scrollWidth <= e.clientWidth);
}

describe("in French, with the built-in users under their English names", () => {
  let french: BrowserSession;
  beforeAll(async () => {
    french = await launchBrowser("fr-FR");
  });
  afterAll(async () => {
    await french?.close();
  });

  it("shows Designer and Administrator whole, the kind giving way first; a long group name has a tooltip", async () => {
    const app = await openApp(french);
    try {
      const { page } = app;
      await openProject(app, builtins(), "Ouvrir un projet…");
      const list = page.getByRole("listbox", { name: "Utilisateurs", exact: true });
      await list.getByRole("option").first().waitFor();
      expect(await nameFits(page, "Utilisateurs", "Designer")).toBe(true);
      expect(await nameFits(page, "Utilisateurs", "Administrator")).toBe(true);
      await screenshot(page, "admin-users-fr");
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "admin-users-fr-dark");
      await page.emulateMedia({ colorScheme: "light" });

      await page.getByRole("tab", { name: "Groupes", exact: true }).click();
      const name = page.getByRole("listbox", { name: "Groupes", exact: true }).locator(".row-name", { hasText: LONG_GROUP });
      await name.hover();
      await expect.poll(() => name.getAttribute("title")).toBe(LONG_GROUP);
      await screenshot(page, "admin-group-long-name");
      // The licence rows give their 4D constant and the SET PLUGIN ACCESS line.
      await page.getByRole("listbox", { name: "Groupes", exact: true }).getByRole("option", { name: /^Vendeurs/ }).click();
      await page.getByText("4D Write license = 808464697", { exact: true }).waitFor();
      await screenshot(page, "admin-licence-code-fr");
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe("a large file", () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the delete dialog says how many users change number, with no settings file found", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await openProject(app, project(serializeDirectory(buildLargeDirectory({ users: 1413, groups: 400 }))));
      await page.getByRole("searchbox", { name: "Search — Users" }).fill("user-778");
      await usersList(page).getByRole("option", { name: /^user-778/ }).click();
      await page.getByRole("button", { name: "Delete user", exact: true }).click();
      const dialog = page.getByRole("alertdialog", { name: "Delete user user-778?" });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain("the 634 users after user-778 each take the number before theirs");
      await screenshot(page, "admin-delete-large");
      await dialog.getByRole("button", { name: "Delete", exact: true }).click();
      await dialog.waitFor({ state: "hidden" });
      // The search shows nothing now: the details pane shows no user the list hides.
      expect(await page.getByRole("region", { name: /^Properties of / }).count()).toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("filters and sorts the lists, and finds groups by a member's name", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await openProject(app, builtins());
      await page.getByRole("button", { name: "Filters", exact: true }).click();
      await page.getByRole("button", { name: "No password", exact: true }).click();
      await page.getByRole("radio", { name: "A–Z", exact: true }).click();
      await expect.poll(() => usersList(page).getByRole("option").count()).toBe(4);
      await screenshot(page, "admin-filters-users");

      await goTo(page, "Groups");
      await page.getByRole("searchbox", { name: "Search — Groups" }).fill("bob");
      await groupsList(page).getByRole("option", { name: /member: Bob/ }).first().waitFor();
      await page.getByRole("button", { name: "Filters", exact: true }).click();
      await page.getByRole("button", { name: "Holds a licence", exact: true }).click();
      await expect.poll(() => groupsList(page).getByRole("option").count()).toBe(1);
      await screenshot(page, "admin-filters-groups");
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "admin-filters-groups-dark");
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe("a failed open with a project open", () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the file, line and column over the project, which stays open and untouched", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await openProject(app, builtins());
      await page.getByRole("button", { name: "Add user", exact: true }).click();
      await page.keyboard.type("Ada");
      await page.keyboard.press("Enter");
      await usersList(page).getByRole("option", { name: /^Ada/ }).waitFor();
      for (const [text, expected] of [
        ["", "the file is empty"],
        ["[]", "Line 1, column 1"],
      ] as const) {
        const broken = project(text);
        await app.harness.choose(broken);
        await app.harness.emit("menuCommand", "open");
        // The project has an unsaved user: the app asks first, and keeps it when the open fails.
        await page.getByRole("alertdialog", { name: "Open another project without saving?" }).getByRole("button", { name: "Open without saving" }).click();
        const dialog = page.getByRole("alertdialog", { name: "The project could not be opened" });
        await dialog.waitFor();
        const shown = (await dialog.textContent()) ?? "";
        expect(shown).toContain(join(broken, "Settings", "directory.json"));
        expect(shown).toContain(expected);
        expect(shown).toMatch(/Line \d+, column \d+/);
        if (text === "") await screenshot(page, "admin-open-error-over-project");
        await dialog.getByRole("button", { name: "OK", exact: true }).click();
        await dialog.waitFor({ state: "hidden" });
        await usersList(page).getByRole("option", { name: /^Ada/ }).waitFor();
        // Focus is back in the app, not on <body>.
        expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
      }
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe("Restore previous version", () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the backups of a file saved three times and restores one, which saves back byte-identical", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      const root = builtins();
      const file = join(root, "Settings", "directory.json");
      const original = readFileSync(file);
      await openProject(app, root);
      for (const [from, to] of [["Bob", "Bob 1"], ["Bob 1", "Bob 2"], ["Hélène Martin", "Hélène M."]] as const) {
        await selectUser(page, from);
        const field = page.getByRole("textbox", { name: "User name", exact: true });
        await field.fill(to);
        await field.press("Enter");
        await usersList(page).getByRole("option", { name: new RegExp(`^${to}`) }).waitFor();
        await reviewAndSave(page);
      }
      const folder = backupFolderFor(file, join(app.harness.root, "backups"));
      expect(readdirSync(folder).filter((n) => n.endsWith(".json"))).toHaveLength(3);

      // Undo still steps back after the saves, and makes the draft edited again.
      await page.getByRole("button", { name: "Undo", exact: true }).click();
      await usersList(page).getByRole("option", { name: /^Hélène Martin/ }).waitFor();
      await page.getByRole("button", { name: "Redo", exact: true }).click();
      await usersList(page).getByRole("option", { name: /^Hélène M\./ }).waitFor();

      await page.getByRole("button", { name: "Restore previous version…", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Restore previous version" });
      const rows = dialog.getByRole("option");
      await expect.poll(() => rows.count()).toBe(3);
      expect(await rows.nth(0).textContent()).toContain("2 users differ");
      await screenshot(page, "admin-restore");
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "admin-restore-dark");
      await page.emulateMedia({ colorScheme: "light" });
      await rows.nth(2).click();
      await dialog.getByRole("button", { name: "Restore", exact: true }).click();
      await dialog.waitFor({ state: "hidden" });
      await usersList(page).getByRole("option", { name: /^Bob/ }).first().waitFor();
      const changes = await reviewAndSave(page);
      expect(changes).toEqual([expect.stringMatching(/^restored the version saved before /)]);
      const oldest = readdirSync(folder).filter((n) => n.endsWith(".json")).sort()[0]!;
      expect(readFileSync(file)).toEqual(readFileSync(join(folder, oldest)));
      expect(readFileSync(file)).toEqual(original);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeDirectory } from "../../shared/serialize";
import { buildLargeDirectory } from "../helpers/large-directory";
import type { Locator } from "playwright-core";
import { launchBrowser, openApp, screenshot, type BrowserSession } from "./support/browser";
import { goTo, groupsList, usersList } from "./support/ui";

// A 4D application near 4D's limits: 15,992 users and 15,990 groups (at 16,000 Add is refused). The lists are virtualized,
// so only the rows on screen exist; a row added at the end must be scrolled into view.

/** True when the row is inside the list's visible area (not merely rendered in its overscan). */
async function inView(list: Locator, name: string): Promise<boolean> {
  const [box, row] = await Promise.all([list.boundingBox(), list.getByRole("option", { name: new RegExp(`^${name}`) }).boundingBox({ timeout: 1000 }).catch(() => null)]);
  return box !== null && row !== null && row.y >= box.y && row.y + row.height <= box.y + box.height + 0.5;
}

let browser: BrowserSession;
let root: string;

beforeAll(async () => {
  browser = await launchBrowser();
  root = mkdtempSync(join(tmpdir(), "4dde-large-"));
  mkdirSync(join(root, "Settings"));
  writeFileSync(join(root, "Settings", "directory.json"), serializeDirectory(buildLargeDirectory({ users: 15_990, groups: 15_990 })));
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("a directory of nearly 16,000 users and 16,000 groups", () => {
  it("opens, adds a user and a group at the end of the lists, and shows them", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await app.harness.choose(root);
      const started = Date.now();
      await page.getByRole("button", { name: "Open Project…", exact: true }).click();
      await usersList(page).getByRole("option").first().waitFor();
      console.log(`e2e: 15,992 users shown ${Date.now() - started} ms after Open`);
      await page.getByText("15,992 users · 15,990 groups", { exact: false }).waitFor();
      expect(await usersList(page).getByRole("option").count()).toBeLessThan(200);

      await page.getByRole("button", { name: "Add user", exact: true }).click();
      await expect.poll(() => inView(usersList(page), "New user1")).toBe(true);
      await screenshot(page, "users-16000");

      await goTo(page, "Groups");
      await page.getByRole("button", { name: "Add group", exact: true }).click();
      await expect.poll(() => inView(groupsList(page), "New group1")).toBe(true);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

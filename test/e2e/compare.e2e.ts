import type { Page } from "playwright-core";
import { launchBrowser, openApp, screenshot, type BrowserSession } from "./support/browser";
import { violations } from "./support/axe";
import { inForcePath, readText, userCopyPath } from "./support/files";
import { goTo, openReview, pick, saveFromReview, selectGroup } from "./support/ui";

// The two copies of the sample project side by side, and the nesting drawn as a picture
// (Management ⊂ Finances ⊂ Accounting): screenshots in both themes, axe on each view.

/** Screenshots `<name>` and `<name>-dark`, and answers what axe finds in either theme. */
async function bothThemes(page: Page, name: string): Promise<string[]> {
  await screenshot(page, name);
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, `${name}-dark`);
  const dark = await violations(page);
  await page.emulateMedia({ colorScheme: "light" });
  return [...light, ...dark];
}

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("comparing the two copies", () => {
  it("the user copy takes everything from the data copy: one line each in the review, then both files are byte-identical", async () => {
    const app = await openApp(browser);
    try {
      const { page, harness } = app;
      await page.getByRole("button", { name: "Open sample project", exact: true }).click();
      await page.getByRole("button", { name: "Open it instead", exact: true }).click();
      await page.getByText("Settings/directory.json — in force").waitFor();
      await page.getByRole("button", { name: "Compare with the other copy", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Compare with Data/Settings/directory.json" });
      await dialog.waitFor();
      const list = dialog.getByRole("grid", { name: "Differences with the data copy" });
      await list.getByRole("row").first().waitFor();
      await list.getByRole("row", { name: /^User Zoé Dubois: only in the data copy/ }).click();
      await dialog.getByRole("button", { name: "Take selected (1)", exact: true }).waitFor();
      expect(await bothThemes(page, "compare-view")).toEqual([]);

      await dialog.getByRole("button", { name: "Take all", exact: true }).click();
      await dialog.getByText("No differences: this copy and the data copy give the same rights to the same people.").waitFor();
      await dialog.getByRole("button", { name: "Close", exact: true }).click();
      const { dialog: review, changes } = await openReview(page);
      expect(changes[0]).toBe("added user Zoé Dubois as in the other copy (in 1 group)");
      expect(changes).toContain("changed the password of Boss");
      expect(changes).toContain("put the groups in the other copy's order");
      expect(changes.join("\n")).not.toMatch(/\$2y\$|==/);
      await saveFromReview(page, review);
      expect(readText(userCopyPath(harness.sampleTarget))).toBe(readText(inForcePath(harness.sampleTarget)));
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe("the hierarchy picture", () => {
  it("draws Management ⊂ Finances ⊂ Accounting around Finances, in both themes, each group a link; and the path of a right on the Why page", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await page.getByRole("button", { name: "Open sample project", exact: true }).click();
      await goTo(page, "Groups");
      await selectGroup(page, "Finances");
      await page.getByRole("button", { name: "Hierarchy", exact: true }).click();
      const picture = page.getByRole("figure", { name: /^Where Finances is nested/ });
      await picture.getByRole("button", { name: "Management", exact: true }).waitFor();
      await picture.getByRole("button", { name: "Accounting", exact: true }).waitFor();
      expect(await picture.getByRole("list").getByRole("listitem").allTextContents()).toEqual([
        "Management contains Finances",
        "Finances contains Accounting",
      ]);
      // Screen positions: containing groups above, contained below.
      const top = async (name: string) => (await picture.getByRole("button", { name, exact: true }).boundingBox())!.y;
      expect(await top("Management")).toBeLessThan(await top("Finances"));
      expect(await top("Finances")).toBeLessThan(await top("Accounting"));
      expect(await bothThemes(page, "hierarchy")).toEqual([]);

      // Each node is a link to its group, by keyboard too.
      await picture.getByRole("button", { name: "Accounting", exact: true }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("textbox", { name: "Group name", exact: true }).waitFor();
      expect(await page.getByRole("textbox", { name: "Group name", exact: true }).inputValue()).toBe("Accounting");

      await goTo(page, "Why");
      await pick(page, "User", "Zoé Dubois");
      await page.getByRole("button", { name: "Draw the path: Design and Runtime Explorer access", exact: true }).click();
      const path = page.getByRole("figure", { name: /^How Zoé Dubois gets Design and Runtime Explorer access/ });
      await path.getByRole("button", { name: "Management", exact: true }).waitFor();
      await path.scrollIntoViewIfNeeded();
      await screenshot(page, "why-path");
      expect(await violations(page)).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

import { launchBrowser, openApp, screenshot, type BrowserSession } from "./support/browser";
import { goTo } from "./support/ui";

// The Audit page on the bundled sample (Admin's password is its name, two common passwords,
// Lucía Fernández without one, legacy hashes, bcrypt ones not yet tried), in both languages and
// both themes. The screenshots are for people to judge: test-results/screenshots/audit-*.png.

let browser: BrowserSession;
let french: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
  french = await launchBrowser("fr-FR");
});
afterAll(async () => {
  await browser?.close();
  await french?.close();
});

describe("the Audit page", () => {
  it("lists the sample's findings by severity; a name opens its user", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      await page.getByRole("button", { name: "Open sample project", exact: true }).click();
      await page.getByRole("tab", { name: "Users", exact: true }).waitFor();
      await goTo(page, "Audit");
      await page.getByRole("status").getByText("2 high · 1 medium · 1 low").waitFor();
      const name = page.getByRole("button", { name: /1 user has their own name as password/ });
      await name.click();
      await page.getByRole("button", { name: "Open user Admin" }).waitFor();
      await page.getByRole("button", { name: /1 user has no password/ }).click();
      await screenshot(page, "audit");
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "audit-dark");
      await page.emulateMedia({ colorScheme: "light" });

      await page.getByRole("button", { name: "Open user Admin" }).click();
      await page.getByRole("textbox", { name: "User name" }).waitFor();
      expect(await page.getByRole("textbox", { name: "User name" }).inputValue()).toBe("Admin");
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it("speaks French, in both themes", async () => {
    const app = await openApp(french);
    try {
      const { page } = app;
      await page.getByRole("button", { name: "Ouvrir le projet exemple", exact: true }).click();
      await page.getByRole("tab", { name: "Audit de sécurité", exact: true }).click();
      await page.getByRole("heading", { level: 2, name: "Audit de sécurité" }).waitFor();
      await page.getByRole("status").getByText("2 élevés · 1 moyen · 1 faible").waitFor();
      await page.getByRole("button", { name: /ont un mot de passe parmi les premiers essayés/ }).click();
      await screenshot(page, "audit-fr");
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, "audit-fr-dark");
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

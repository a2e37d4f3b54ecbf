import { launchBrowser, openApp, type BrowserSession } from "./support/browser";
import { violations } from "./support/axe";
import { goTo, selectGroup, toggle } from "./support/ui";

// Every page checked with axe-core (WCAG 2.1 A and AA rules) as a screen-reader and keyboard
// user would meet it (support/axe.ts).

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it("finds no violation on the start screen, each page and the dialogs", async () => {
    const app = await openApp(browser);
    try {
      const { page } = app;
      const report: Record<string, string[]> = {};
      await page.getByRole("button", { name: "Open sample project", exact: true }).waitFor();
      report.start = await violations(page);
      await page.getByRole("button", { name: "Open sample project", exact: true }).click();
      await page.getByRole("tab", { name: "Users", exact: true }).waitFor();
      report.users = await violations(page);
      await goTo(page, "Groups");
      await selectGroup(page, "Sales");
      report.groups = await violations(page);
      await goTo(page, "Access");
      report.access = await violations(page);
      await goTo(page, "Why");
      report.why = await violations(page);
      await goTo(page, "Audit");
      await page.getByRole("button", { name: /their own name as password/ }).click();
      await page.getByRole("button", { name: "Open user Admin" }).waitFor();
      report.audit = await violations(page);
      await page.emulateMedia({ colorScheme: "dark" });
      report.auditDark = await violations(page);
      await page.emulateMedia({ colorScheme: "light" });

      await goTo(page, "Users");
      await page.getByRole("button", { name: "Edit password…" }).click();
      await page.getByRole("dialog").waitFor();
      report.passwordDialog = await violations(page);
      await page.getByRole("button", { name: "Cancel", exact: true }).click();

      await goTo(page, "Groups");
      await selectGroup(page, "Sales");
      await toggle(page.getByRole("checkbox", { name: "4D Write", exact: true }));
      await page.getByRole("button", { name: "Review & Save", exact: true }).click();
      await page.getByRole("dialog").waitFor();
      await page.getByRole("button", { name: "Show text diff" }).click();
      report.reviewDialog = await violations(page);

      expect(report).toEqual({ start: [], users: [], groups: [], access: [], why: [], audit: [], auditDark: [], passwordDialog: [], reviewDialog: [] });
    } finally {
      await app.close();
    }
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { modelOf } from "../../shared/model";
import { serializeDirectory } from "../../shared/serialize";
import { documentFromText } from "../helpers/documents";
import { buildLargeDirectory } from "../helpers/large-directory";
import { launchBrowser, openApp, screenshot, type BrowserSession } from "./support/browser";
import { openReview, row, saveFromReview, toggle, usersList } from "./support/ui";

// Many at once, at 4D's limit: a Shift-click range of 50 users in a 16,000-user file joins a
// group in one edit (one undo step, one change line), and the file gains exactly those 50 lines.

let browser: BrowserSession;
let root: string;
const file = () => join(root, "Settings", "directory.json");

beforeAll(async () => {
  browser = await launchBrowser();
  root = mkdtempSync(join(tmpdir(), "4dde-bulk-"));
  mkdirSync(join(root, "Settings"));
  writeFileSync(file(), serializeDirectory(buildLargeDirectory({ users: 15_998, groups: 16_000 })));
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("many users at once, in a 16,000-user file", () => {
  it("Shift-click selects 50 users, adds them to a group, undo, redo, review (one line), save", async () => {
    const before = readFileSync(file(), "utf8");
    const model = modelOf(documentFromText(before));
    const names = model.users.slice(2, 52).map((u) => u.name);
    const group = model.groups.find((g) => names.every((n) => !g.users.includes(n)))!.name;
    const app = await openApp(browser);
    try {
      const { page } = app;
      await app.harness.choose(root);
      await page.getByRole("button", { name: "Open Project…", exact: true }).click();
      const list = usersList(page);
      await list.getByRole("option").first().waitFor({ timeout: 30_000 });
      await row(list, names[0]!).click();
      // The 50th row is past the first screenful: scroll it into view, then Shift-click it.
      await list.evaluate((el) => (el.scrollTop = 40 * 28));
      await row(list, names[49]!).click({ modifiers: ["Shift"] });
      await page.getByRole("heading", { name: "50 users selected" }).waitFor();
      await page.getByRole("status").filter({ hasText: "50 selected" }).waitFor();
      await screenshot(page, "bulk-users-pane");

      const pane = page.getByRole("region", { name: "50 users selected" });
      await pane.getByRole("searchbox").fill(group);
      await toggle(pane.getByRole("checkbox", { name: group, exact: true }));
      await expect.poll(() => pane.getByRole("checkbox", { name: group, exact: true }).isChecked()).toBe(true);

      await page.getByRole("button", { name: /^Undo/ }).click();
      await expect.poll(() => pane.getByRole("checkbox", { name: group, exact: true }).isChecked()).toBe(false);
      await page.getByRole("button", { name: /^Redo/ }).click();
      await expect.poll(() => pane.getByRole("checkbox", { name: group, exact: true }).isChecked()).toBe(true);

      const { dialog, changes } = await openReview(page);
      expect(changes).toEqual([`added 50 users to ${group}`]);
      // Saving 2.5 MB on a busy 2-core machine can take longer than a click's usual wait.
      await dialog.getByRole("button", { name: "Save", exact: true }).click();
      await dialog.waitFor({ state: "hidden", timeout: 60_000 });

      const after = readFileSync(file(), "utf8");
      const added = after.split("\n").length - before.split("\n").length;
      expect(added).toBe(50);
      expect(modelOf(documentFromText(after)).groupByName.get(group)!.users.slice(-50)).toEqual(names);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe("import users from a CSV", () => {
  it("previews what would change, refuses bad rows by line, then imports as one edit", async () => {
    const project = mkdtempSync(join(tmpdir(), "4dde-import-"));
    mkdirSync(join(project, "Settings"));
    const small = buildLargeDirectory({ users: 40, groups: 12 });
    const existing = modelOf(small).groups[0]!.name;
    writeFileSync(join(project, "Settings", "directory.json"), serializeDirectory(small));
    const csv = join(project, "staff.csv");
    const app = await openApp(browser);
    try {
      const { page } = app;
      await app.harness.choose(project);
      await page.getByRole("button", { name: "Open Project…", exact: true }).click();
      await usersList(page).getByRole("option").first().waitFor();

      writeFileSync(csv, `user;password;groups\nNina;s3cret;${existing}\nOmar;;Night shift\n*;;\n`);
      await app.harness.choose(csv);
      await app.harness.emit("menuCommand", "import");
      const dialog = page.getByRole("dialog", { name: "Import users from staff.csv" });
      await dialog.getByText("2 rows cannot be imported", { exact: false }).waitFor();
      await dialog.getByText("Line 3: There is no group named Night shift", { exact: false }).waitFor();
      expect(await dialog.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
      await screenshot(page, "import-preview-refused");

      writeFileSync(csv, `user;password;groups\nNina;s3cret;${existing}\nOmar;;Night shift\n`);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await app.harness.emit("menuCommand", "import");
      await toggle(dialog.getByRole("checkbox", { name: "Create the groups that do not exist yet" }));
      await dialog.getByText("2 users to add · 0 users to change · 1 group to create · 2 memberships to add", { exact: false }).waitFor();
      await dialog.getByText("holds 1 password in plain text", { exact: false }).waitFor();
      await screenshot(page, "import-preview");
      await dialog.getByRole("button", { name: "Import", exact: true }).click();
      await dialog.waitFor({ state: "hidden" });

      const { dialog: review, changes } = await openReview(page);
      expect(changes).toEqual(["imported users: 2 new users, 0 users changed"]);
      await saveFromReview(page, review);
      const saved = modelOf(documentFromText(readFileSync(join(project, "Settings", "directory.json"), "utf8")));
      expect(saved.userByName.get("Nina")!.password).toBe("bcrypt");
      expect(saved.groupByName.get("Night shift")!.users).toEqual(["Omar"]);

      // File → Export…: one row per membership, readable back by Import.
      const exported = join(project, "memberships.csv");
      await app.harness.choose(exported);
      await app.harness.emit("menuCommand", "export");
      const exportDialog = page.getByRole("dialog", { name: "Export memberships as CSV" });
      await exportDialog.getByRole("button", { name: "Export…" }).click();
      await exportDialog.waitFor({ state: "hidden" });
      const lines = readFileSync(exported, "utf8").trim().split("\n");
      expect(lines[0]).toBe("user,kind,group,how,path");
      expect(lines).toContain("Omar,user,Night shift,direct,Night shift");
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

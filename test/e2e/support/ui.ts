import type { Locator, Page } from "playwright-core";

// The app as a person uses it: by role and accessible name (the names the renderer's English
// catalogs give), never by CSS class. Shared by the browser and the Electron specs.

/** Opens a page tab: Users, Groups, Access, Why or Audit. */
export async function goTo(page: Page, tab: "Users" | "Groups" | "Access" | "Why" | "Audit"): Promise<void> {
  const target = page.getByRole("tab", { name: tab, exact: true });
  await target.click();
  await page.waitForFunction((name) => [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].some((t) => t.textContent?.trim() === name), tab);
}

/** The users list (left of the Users page). */
export function usersList(page: Page): Locator {
  return page.getByRole("listbox", { name: "Users", exact: true });
}

/** The groups list (left of the Groups page). */
export function groupsList(page: Page): Locator {
  return page.getByRole("listbox", { name: "Groups", exact: true });
}

/** Waits until a text field shows `value`. */
export async function waitForValue(field: Locator, value: string, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await field.inputValue()) !== value) {
    if (Date.now() > until) throw new Error(`the field shows "${await field.inputValue()}", not "${value}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A row of a master list by its name (a row also reads out what it shows after it: "Boss Designer", "Sales 3 members"). */
export function row(list: Locator, name: string): Locator {
  return list.getByRole("option", { name: new RegExp(`^${escape(name)}(?: .*)?$`) });
}

/** A row of the users list. */
export function userRow(page: Page, name: string): Locator {
  return row(usersList(page), name);
}

/** Ticks or unticks a checkbox as a person does: on its label (React Aria hides the input itself). */
export async function toggle(checkbox: Locator): Promise<void> {
  await checkbox.locator("xpath=ancestor::label[1]").click();
}

/** Selects a row of a master list by its name and waits for the details to show it. */
async function selectRow(list: Locator, name: string): Promise<void> {
  await row(list, name).click();
  await list.locator('[role="option"][aria-selected="true"]', { hasText: name }).waitFor();
}

/** Selects a user on the Users page. */
export async function selectUser(page: Page, name: string): Promise<void> {
  await selectRow(usersList(page), name);
  await page.getByRole("region", { name: `Properties of ${name}` }).waitFor();
}

/** Selects a group on the Groups page. */
export async function selectGroup(page: Page, name: string): Promise<void> {
  await selectRow(groupsList(page), name);
  await waitForValue(page.getByRole("textbox", { name: "Group name", exact: true }), name);
}

/** A member box of the selected group: in "Member users" or "Member groups". */
export function memberBox(page: Page, list: "Member users" | "Member groups", name: string): Locator {
  return page.getByRole("group", { name: list, exact: true }).getByRole("checkbox", { name, exact: true });
}

/** Picks a value in a group/user picker (a combobox) by typing its name and choosing the option. */
export async function pick(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByRole("combobox", { name: label, exact: true });
  await box.click();
  await box.fill(value);
  await page.getByRole("listbox").getByRole("option", { name: value, exact: true }).click();
  await waitForValue(box, value);
}

/** The passing notice's text (info or refusal), once one shows. */
export async function noticeText(page: Page): Promise<string> {
  const notice = page.locator(".notice-bar").getByRole("status").or(page.locator(".notice-bar").getByRole("alert")).first();
  await notice.waitFor();
  return (await notice.textContent()) ?? "";
}

/** Opens the review dialog (Review & Save) and answers the change log, one line per change. */
export async function openReview(page: Page): Promise<{ dialog: Locator; changes: string[] }> {
  await page.getByRole("button", { name: "Review & Save", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: /^Review changes to / });
  await dialog.waitFor();
  const changes = await dialog.getByRole("list", { name: "Changes" }).getByRole("listitem").allTextContents();
  return { dialog, changes: changes.map((c) => c.trim()) };
}

/** Saves from the review dialog and waits for the dialog to close and the edits to be saved. */
export async function saveFromReview(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.getByRole("button", { name: "Review & Save", exact: true }).and(page.locator("[disabled], [data-disabled]")).waitFor();
}

/** Review & Save in one go: answers the change log that was shown. */
export async function reviewAndSave(page: Page): Promise<string[]> {
  const { dialog, changes } = await openReview(page);
  await saveFromReview(page, dialog);
  return changes;
}

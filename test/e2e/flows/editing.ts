import { expect } from "vitest";
import { verifyPassword } from "../../../electron/services/passwords";
import { changedLines, entryLines, inForcePath, layoutProblems, modelOfText, readText } from "../support/files";
import { goTo, memberBox, noticeText, openReview, pick, reviewAndSave, saveFromReview, selectGroup, selectUser, toggle, userRow, waitForValue } from "../support/ui";
import type { Driver } from "./driver";

// The main editing flows, each on a fresh copy of the sample project that is already open on the
// Users page. Each one saves through Review & Save, then reads the file on disk: 4D's layout, the
// edit itself, and every entry it did not touch byte for byte.

const SAMPLE_LAYOUT = { bom: false, eol: "\n" } as const;

/** Asserts that every listed entry of `section` kept its exact lines. */
function expectUntouched(before: string, after: string, section: string, keys: readonly string[]): void {
  for (const key of keys) expect(entryLines(after, section, key), `${section}.${key}`).toEqual(entryLines(before, section, key));
}

/** Renames the Designer's alias: the list, every reference in the file, nothing else. */
export async function renameDesignerAlias(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);
  await selectUser(page, "Boss");
  await d.shot("users");
  const name = page.getByRole("textbox", { name: "User name", exact: true });
  await name.fill("Chief");
  await name.press("Enter");
  await userRow(page, "Chief").waitFor();
  const changes = await reviewAndSave(page);
  expect(changes.join("\n")).toMatch(/Boss.*Chief/);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  const model = modelOfText(after);
  expect(model.users[0]).toMatchObject({ key: "designer", name: "Chief" });
  expect(model.groupByName.get("Management")?.users).toEqual(["Chief"]);
  expect(after).not.toContain('"Boss"');
  const others = modelOfText(before).users.filter((u) => u.key !== "designer").map((u) => u.key);
  expectUntouched(before, after, "users", others);
  expectUntouched(before, after, "groups", ["Accounting", "Finances", "Sales", "Support"]);
  for (const section of ["sqlSchemaGranters", "remoteGranters", "settings"]) {
    expect(after.slice(after.indexOf(`\t"${section}"`))).toBe(before.slice(before.indexOf(`\t"${section}"`)));
  }
}

/** Sets a password with Edit…: the file gets a `$2y$10$` hash for that user and nothing else changes. */
export async function setPassword(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);
  await selectUser(page, "Zoé Dubois");
  await page.getByRole("button", { name: "Edit password…", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Password of Zoé Dubois" });
  await dialog.waitFor();
  await dialog.getByLabel("New password", { exact: true }).fill("Tulip-42");
  await dialog.getByLabel("Confirm password", { exact: true }).fill("Tulip-42");
  await d.shot("password-dialog");
  await dialog.getByRole("button", { name: "OK", exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.getByText("bcrypt (4D v19 R3 and later)", { exact: true }).waitFor();
  await reviewAndSave(page);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  const changed = changedLines(before, after);
  expect(changed).toHaveLength(1);
  const line = after.split("\n")[changed[0]! - 1]!;
  expect(line).toMatch(/^\t\t\t"password": "\$2y\$10\$[./A-Za-z0-9]{53}"$/);
  expect(entryLines(after, "users", "Zoé Dubois")).toContain(line);
  const hash = JSON.parse(`{${line.trim()}}`).password as string;
  expect(await verifyPassword("Tulip-42", hash)).toBe(true);
  // The page never held the hash nor the password.
  expect(await page.content()).not.toContain(hash);
}

/** Adds a group: 4D's way, the Administrator is its first member; it goes at the end of the file. */
export async function createGroup(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);
  await goTo(page, "Groups");
  await page.getByRole("button", { name: "Add group", exact: true }).click();
  await waitForValue(page.getByRole("textbox", { name: "Group name", exact: true }), "New group1");
  expect(await noticeText(page)).toContain("Admin was added as a member");
  expect(await memberBox(page, "Member users", "Admin").isChecked()).toBe(true);
  await d.shot("groups");
  await reviewAndSave(page);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  const model = modelOfText(after);
  expect(model.groups.at(-1)).toMatchObject({ name: "New group1", users: ["Admin"] });
  expectUntouched(before, after, "groups", ["Accounting", "Finances", "Management", "Sales", "Support"]);
  expect(after.slice(0, after.indexOf('\t"groups"'))).toBe(before.slice(0, before.indexOf('\t"groups"')));
}

/** Nests a group in another, and sees a nesting that would make a cycle refused with its path. */
export async function nestGroups(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);
  await goTo(page, "Groups");
  await selectGroup(page, "Accounting");
  await toggle(memberBox(page, "Member groups", "Management"));
  const refusal = page.getByRole("alert").filter({ hasText: "cannot contain" }).first();
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain("Management already contains Accounting, so Accounting cannot contain Management (Management → Finances → Accounting → Management).");
  expect(await memberBox(page, "Member groups", "Management").isChecked()).toBe(false);
  await d.shot("groups-cycle-refused");

  await selectGroup(page, "Support");
  await toggle(memberBox(page, "Member groups", "Sales"));
  expect(await memberBox(page, "Member groups", "Sales").isChecked()).toBe(true);
  await reviewAndSave(page);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  const model = modelOfText(after);
  expect(model.groupByName.get("Support")?.groups).toEqual(["Sales"]);
  expect(model.groupByName.get("Accounting")?.groups ?? []).toEqual([]);
  expectUntouched(before, after, "groups", ["Accounting", "Finances", "Management", "Sales"]);
}

/** Gives a licence to a group: it moves from the group that held it (one group per licence). */
export async function giveLicence(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);
  await goTo(page, "Groups");
  await selectGroup(page, "Sales");
  await toggle(page.getByRole("checkbox", { name: "4D Write", exact: true }));
  expect(await noticeText(page)).toContain("Sales now holds 4D Write: this moves 4D Write from Accounting");
  expect(await page.getByRole("checkbox", { name: "4D Write", exact: true }).isChecked()).toBe(true);
  await reviewAndSave(page);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  expect(modelOfText(after).licences.map((l) => [l.key, l.holder])).toEqual([
    ["web", "Sales"],
    ["write", "Sales"],
    ["view", "*"],
  ]);
  expect(changedLines(before, after).map((n) => after.split("\n")[n - 1]!.trim())).toEqual(['"write": "Sales",']);
}

/** Changes the design access group on the Access page. */
export async function changeDesignAccess(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);
  await goTo(page, "Access");
  await d.shot("access");
  await pick(page, "Design and Runtime Explorer access", "Support");
  await reviewAndSave(page);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  expect(modelOfText(after).settings.find((s) => s.key === "designAccessGroup")?.value).toBe("Support");
  expect(changedLines(before, after).map((n) => after.split("\n")[n - 1]!.trim())).toEqual(['"designAccessGroup": "Support",']);
}

/**
 * Several edits, then the review: the change log lists each one; save writes them all, in 4D's
 * layout, every reference to the old alias renamed, everything untouched byte-identical.
 */
export async function reviewThenSave(d: Driver): Promise<void> {
  const { page } = d;
  const file = inForcePath(d.project);
  const before = readText(file);

  await selectUser(page, "Admin");
  const name = page.getByRole("textbox", { name: "User name", exact: true });
  await name.fill("Administrateur");
  await name.press("Enter");
  await userRow(page, "Administrateur").waitFor();
  await goTo(page, "Groups");
  await selectGroup(page, "Sales");
  await toggle(page.getByRole("checkbox", { name: "4D Write", exact: true }));
  await goTo(page, "Access");
  await pick(page, "Design and Runtime Explorer access", "Finances");

  const { dialog, changes } = await openReview(page);
  expect(changes).toHaveLength(3);
  expect(changes[0]).toMatch(/Admin.*Administrateur/);
  expect(changes[1]).toMatch(/4D Write|write/);
  expect(changes[2]).toMatch(/Finances/);
  await d.shot("review-dialog");
  await dialog.getByRole("button", { name: "Show text diff" }).click();
  await dialog.getByText('"alias": "Administrateur"', { exact: false }).first().waitFor();
  await d.shot("review-diff");
  await saveFromReview(page, dialog);

  const after = readText(file);
  expect(layoutProblems(after, SAMPLE_LAYOUT)).toEqual([]);
  const model = modelOfText(after);
  expect(model.users[1]).toMatchObject({ key: "administrator", name: "Administrateur" });
  expect(model.groupByName.get("Finances")?.users).toEqual(["Administrateur"]);
  expect(model.groupByName.get("Support")?.users).toEqual(["Administrateur", "Support Desk", "Lucía Fernández"]);
  expect(after).not.toContain('"Admin"');
  expect(model.licences.find((l) => l.key === "write")?.holder).toBe("Sales");
  expect(model.settings.find((s) => s.key === "designAccessGroup")?.value).toBe("Finances");
  const untouched = modelOfText(before).users.filter((u) => u.key !== "administrator").map((u) => u.key);
  expectUntouched(before, after, "users", untouched);
  expectUntouched(before, after, "groups", ["Accounting", "Management", "Sales"]);
  expectUntouched(before, after, "sqlSchemaGranters", ["DEFAULT_SCHEMA"]);
}

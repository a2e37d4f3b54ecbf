import { writeFileSync } from "node:fs";
import { expect } from "vitest";
import { inForcePath, readText } from "../support/files";
import { selectUser, userRow } from "../support/ui";
import type { Driver } from "./driver";

// Another program (4D, git, an editor) writes directory.json while the project is open.

/** Renames Zoé Dubois in the file on disk, as another program would. */
function renameOnDisk(project: string): string {
  const file = inForcePath(project);
  const text = readText(file).replaceAll('"Zoé Dubois"', '"Zoé Durand"');
  writeFileSync(file, text);
  return text;
}

/** With no unsaved edit, a change on disk is reloaded silently. */
export async function externalChangeWhileClean(d: Driver): Promise<void> {
  const { page } = d;
  await userRow(page, "Zoé Dubois").waitFor();
  renameOnDisk(d.project);
  await userRow(page, "Zoé Durand").waitFor({ timeout: 10_000 });
  expect(await userRow(page, "Zoé Dubois").count()).toBe(0);
  expect(await page.getByText("changed on disk", { exact: false }).count()).toBe(0);
  expect(await page.getByRole("button", { name: "Review & Save", exact: true }).isDisabled()).toBe(true);
}

/** With unsaved edits, a change on disk raises the conflict banner and overwrites nothing. */
export async function externalChangeWhileDirty(d: Driver): Promise<void> {
  const { page } = d;
  await selectUser(page, "Kenji Sato");
  const name = page.getByRole("textbox", { name: "User name", exact: true });
  await name.fill("Kenji S.");
  await name.press("Enter");
  await userRow(page, "Kenji S.").waitFor();

  const written = renameOnDisk(d.project);
  const banner = page.getByRole("alert").filter({ hasText: "changed on disk" });
  await banner.waitFor({ timeout: 10_000 });
  for (const action of ["Reload", "Compare", "Overwrite"]) {
    expect(await banner.getByRole("button", { name: action, exact: true }).isVisible()).toBe(true);
  }
  await d.shot("conflict-banner");
  // The edit is still there, the disk change is not merged in, and the file is as written.
  expect(await userRow(page, "Kenji S.").count()).toBe(1);
  expect(await userRow(page, "Zoé Dubois").count()).toBe(1);
  expect(readText(inForcePath(d.project))).toBe(written);
}

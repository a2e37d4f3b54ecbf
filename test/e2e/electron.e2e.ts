import { externalChangeWhileClean, externalChangeWhileDirty } from "./flows/disk";
import type { Driver } from "./flows/driver";
import { changeDesignAccess, createGroup, giveLicence, nestGroups, renameDesignerAlias, reviewThenSave, setPassword } from "./flows/editing";
import { screenshot } from "./support/browser";
import { electronBinary, launchElectron, NO_ELECTRON, type ElectronSession } from "./support/electron-app";
import { inForcePath, readText } from "./support/files";
import { SAMPLE } from "./support/harness-process";

// The same flows as app.e2e.ts, in the real Electron app (main process, preload, IPC, native
// window), through Playwright's _electron.launch. Skipped, with the reason, where no Electron
// binary exists (these machines: it downloads from GitHub).

const binary = electronBinary();
// CI installs the binary first (npx install-electron) and sets this: there, skipping is a failure.
if (!binary && process.env.E2E_REQUIRE_ELECTRON) throw new Error(`${NO_ELECTRON}; E2E_REQUIRE_ELECTRON is set: run \`npx install-electron\` first`);

/** Launches the app on a fresh copy of the sample, runs a flow, and closes it. */
async function inElectron(flow: (d: Driver, session: ElectronSession) => Promise<void>): Promise<void> {
  const session = await launchElectron(binary!);
  try {
    await flow({ page: session.page, project: session.project, shot: async (name) => void (await screenshot(session.page, `electron-${name}`)) }, session);
  } finally {
    await session.close();
  }
}

describe("the app in Electron", () => {
  it("opens the project given on the command line, titled after it", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(async ({ page, project }, session) => {
      await page.getByText("Data/Settings/directory.json — in force", { exact: true }).waitFor();
      expect(await session.title()).toBe("Sample — 4D Directory Editor");
      expect(readText(inForcePath(project))).toBe(readText(inForcePath(SAMPLE)));
      await screenshot(page, "electron-users");
    });
  });

  it("renames the Designer alias, and the file follows everywhere", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(renameDesignerAlias);
  });

  it("sets a password with Edit…: one bcrypt line changes, nothing else", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(setPassword);
  });

  it("creates a group with the Administrator as its member", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(createGroup);
  });

  it("nests groups and refuses a cycle with its path", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(nestGroups);
  });

  it("gives a licence, taking it from the group that held it", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(giveLicence);
  });

  it("changes the design access group", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(changeDesignAccess);
  });

  it("lists each change in the review, then saves them all; the title marks unsaved edits", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(async (d, session) => {
      await reviewThenSave(d);
      await expect.poll(() => session.title()).toBe("Sample — 4D Directory Editor");
    });
  });

  it("reloads silently when the file changes on disk while nothing is unsaved", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(externalChangeWhileClean);
  });

  it("shows the conflict banner when the file changes on disk during unsaved edits", async ({ skip }) => {
    skip(!binary, NO_ELECTRON);
    await inElectron(async (d, session) => {
      await externalChangeWhileDirty(d);
      await expect.poll(() => session.title()).toBe("• Sample — 4D Directory Editor");
    });
  });
});

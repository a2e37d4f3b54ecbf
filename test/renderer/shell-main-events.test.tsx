// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { addUser } from "../../shared/edits";
import type { Api, MenuCommand } from "../../shared/ipc-contract";
import { fail, ok } from "../../shared/result";
import { App } from "../../renderer/app";
import { createI18n } from "../../renderer/i18n";
import { Header } from "../../renderer/shell/header";
import { NoticeBar } from "../../renderer/shell/notice-bar";
import { shortcutCommand, useMainEvents, windowTitle } from "../../renderer/shell/use-main-events";
import { StoreProvider } from "../../renderer/state/context";
import { selectDirty } from "../../renderer/state/selectors";
import { createAppStore } from "../../renderer/state/store";
import { mockElementSize } from "../helpers/dom";
import { fakeApi, fixtureSnapshot } from "../helpers/fake-api";

function Harness({ api, keyboard }: { api: Api; keyboard: boolean }) {
  useMainEvents(api, keyboard);
  return (
    <>
      <Header />
      <NoticeBar />
      <input aria-label="Scratch" />
    </>
  );
}

async function renderShell(options: { lang?: "en" | "fr"; keyboard?: boolean; overrides?: Partial<Api> } = {}) {
  const fake = fakeApi(fixtureSnapshot("miyako"), options.overrides);
  const store = createAppStore(fake.api);
  await store.getState().open("/projects/Demo");
  render(
    <I18nextProvider i18n={createI18n(options.lang ?? "en")}>
      <StoreProvider store={store}>
        <Harness api={fake.api} keyboard={options.keyboard ?? true} />
      </StoreProvider>
    </I18nextProvider>,
  );
  const command = async (c: MenuCommand) => act(async () => fake.emit("menuCommand", c));
  const edit = () => act(() => void store.getState().apply((doc) => addUser(doc, "Ada")));
  return { store, command, edit, ...fake };
}

describe("window title", () => {
  it("names the project, and marks unsaved changes", async () => {
    const { calls, edit } = await renderShell();
    expect(calls.setDocumentState?.at(-1)).toEqual({ title: "Demo — 4D Directory Editor", dirty: false });
    edit();
    expect(calls.setDocumentState?.at(-1)).toEqual({ title: "• Demo — 4D Directory Editor", dirty: true });
  });

  it("tells main the app's language, for the menu and the native dialogs", async () => {
    const { calls } = await renderShell({ lang: "fr" });
    expect(calls.setLanguage).toEqual([{ language: "fr" }]);
  });

  it("is the app's name alone without a project, in the interface language", () => {
    expect(windowTitle("Éditeur de fichier répertoire 4D", null, false)).toBe("Éditeur de fichier répertoire 4D");
  });
});

describe("menu commands", () => {
  it("undo and redo", async () => {
    const { store, command, edit } = await renderShell();
    edit();
    await command("undo");
    expect(selectDirty(store.getState())).toBe(false);
    await command("redo");
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("undo in a focused text field is the field's own undo", async () => {
    const { store, command, edit } = await renderShell();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, "execCommand", { configurable: true, value: execCommand });
    edit();
    screen.getByRole("textbox", { name: "Scratch" }).focus();
    await command("undo");
    expect(execCommand).toHaveBeenCalledWith("undo");
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("Save… opens the review, or says there is nothing to save", async () => {
    const { store, command, edit } = await renderShell();
    await command("review");
    expect(screen.getByRole("status")).toHaveTextContent("No unsaved changes: nothing to save.");
    edit();
    await command("review");
    expect(store.getState().dialog).toBe("review");
    expect(screen.getByRole("dialog", { name: /^Review changes/ })).toBeInTheDocument();
  });

  it("pages and find", async () => {
    const { store, command } = await renderShell();
    await command("page:groups");
    expect(store.getState().page).toBe("groups");
    await command("page:why");
    expect(store.getState().page).toBe("why");
    const before = store.getState().findRequest;
    await command("find");
    expect(store.getState().findRequest).toBe(before + 1);
  });

  it("close closes at once when clean", async () => {
    const { store, command, calls } = await renderShell();
    await command("close");
    expect(calls.closeProject).toHaveLength(1);
    expect(store.getState().snapshot).toBeNull();
  });

  it("close asks first when there are unsaved changes", async () => {
    const { store, command, calls, edit } = await renderShell();
    edit();
    await command("close");
    expect(calls.closeProject).toBeUndefined();
    const ask = screen.getByRole("alertdialog", { name: "Close without saving?" });
    expect(ask).toHaveTextContent("Demo has an unsaved change, which is lost if you close it now.");
    await userEvent.click(within(ask).getByRole("button", { name: "Close without saving" }));
    expect(calls.closeProject).toHaveLength(1);
    expect(store.getState().snapshot).toBeNull();
  });

  it("revert asks first", async () => {
    const { store, command, edit } = await renderShell();
    edit();
    await command("revert");
    await userEvent.click(within(screen.getByRole("alertdialog", { name: "Revert to the saved file?" })).getByRole("button", { name: "Revert" }));
    expect(selectDirty(store.getState())).toBe(false);
  });

  it("save-and-close saves, then closes the window", async () => {
    const { command, calls, edit } = await renderShell();
    edit();
    await command("save-and-close");
    expect(calls.save).toHaveLength(1);
    expect(calls.closeWindow).toHaveLength(1);
  });

  it("save-and-close keeps the window open when the save fails", async () => {
    const { command, calls, edit } = await renderShell({ overrides: { save: async () => fail("disk-full", "Full.", { path: "/p" }) } });
    edit();
    await command("save-and-close");
    expect(calls.closeWindow).toBeUndefined();
    expect(screen.getByRole("alert")).toHaveTextContent("the disk is full");
  });

  it("open chooses a project, then asks before dropping unsaved changes", async () => {
    const { command, calls, edit } = await renderShell({ overrides: { chooseProject: async () => ok("/projects/Other") } });
    edit();
    await command("open");
    expect(calls.openProject).toHaveLength(1); // only the first open
    const ask = screen.getByRole("alertdialog", { name: "Open another project without saving?" });
    await userEvent.click(within(ask).getByRole("button", { name: "Open without saving" }));
    expect(calls.openProject?.at(-1)).toEqual({ target: "/projects/Other" });
  });
});

describe("events from main", () => {
  it("a path to open opens at once when there is nothing unsaved", async () => {
    const { emit, calls } = await renderShell();
    await act(async () => emit("openRequested", { target: "/projects/Given" }));
    expect(calls.openProject?.at(-1)).toEqual({ target: "/projects/Given" });
  });

  it("a change on disk reloads a clean document, and raises the conflict on a dirty one", async () => {
    const { emit, calls, edit } = await renderShell();
    await act(async () => emit("fileChanged", { revision: "c".repeat(64) }));
    expect(calls.reload).toHaveLength(1);
    edit();
    await act(async () => emit("fileChanged", { revision: "d".repeat(64) }));
    expect(calls.reload).toHaveLength(1);
    expect(screen.getByRole("alert")).toHaveTextContent("directory.json changed on disk");
  });
});

describe("shortcuts in the page (no native menu)", () => {
  it("Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo the document", async () => {
    const { store, edit } = await renderShell();
    edit();
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(selectDirty(store.getState())).toBe(false);
    await userEvent.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(selectDirty(store.getState())).toBe(true);
    await userEvent.keyboard("{Control>}z{/Control}");
    await userEvent.keyboard("{Control>}y{/Control}");
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("never steal Ctrl+Z from a focused text field", async () => {
    const { store, edit } = await renderShell();
    edit();
    await userEvent.click(screen.getByRole("textbox", { name: "Scratch" }));
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("Ctrl+S opens the review, Ctrl+F asks for the search field", async () => {
    const { store, edit } = await renderShell();
    edit();
    const before = store.getState().findRequest;
    await userEvent.keyboard("{Control>}f{/Control}");
    expect(store.getState().findRequest).toBe(before + 1);
    await userEvent.keyboard("{Control>}s{/Control}");
    expect(store.getState().dialog).toBe("review");
  });

  it("are left to the native menu inside Electron", async () => {
    const { store, edit } = await renderShell({ keyboard: false });
    edit();
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("maps keys per platform", () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent("keydown", init);
    expect(shortcutCommand(key({ key: "z", metaKey: true }), true)).toBe("undo");
    expect(shortcutCommand(key({ key: "Z", metaKey: true, shiftKey: true }), true)).toBe("redo");
    expect(shortcutCommand(key({ key: "z", ctrlKey: true }), true)).toBeNull();
    expect(shortcutCommand(key({ key: "y", ctrlKey: true }), false)).toBe("redo");
    expect(shortcutCommand(key({ key: "s", ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});

describe("App", () => {
  let restore: () => void;
  beforeEach(() => {
    restore = mockElementSize();
  });
  afterEach(() => restore());

  it("shows the start screen, then the workspace once a project is open", async () => {
    const fake = fakeApi(fixtureSnapshot("miyako"));
    const store = createAppStore(fake.api);
    render(
      <I18nextProvider i18n={createI18n("en")}>
        <StoreProvider store={store}>
          <App api={fake.api} />
        </StoreProvider>
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Open sample project" }));
    expect(await screen.findByRole("heading", { name: "Demo" })).toBeInTheDocument();
    expect(screen.getByRole("contentinfo", { name: "Status" })).toHaveTextContent("13 users · 3 groups");
    expect(fake.calls.setDocumentState?.at(-1)).toEqual({ title: "Demo — 4D Directory Editor", dirty: false });
  });
});

// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { App } from "../../renderer/app";
import { createI18n } from "../../renderer/i18n";
import { StoreProvider } from "../../renderer/state/context";
import { selectDraft } from "../../renderer/state/selectors";
import { createAppStore } from "../../renderer/state/store";
import { addUser, giveLicence } from "../../shared/edits";
import type { Api, OpenFailure } from "../../shared/ipc-contract";
import { fail, ok } from "../../shared/result";
import { fakeApi, fixtureSnapshot } from "../helpers/fake-api";

const EMPTY = "/projects/Empty/Settings/directory.json";
const empty: OpenFailure = { ...fail("invalid-file", `${EMPTY}:1:1: the file is empty`).error, params: { path: EMPTY }, file: EMPTY, issues: [{ message: "the file is empty", line: 1, column: 1 }] };

/** The whole app on a fake main: `open` answers the fixture, except for targets in `broken`. */
async function renderApp(overrides: Partial<Api> = {}) {
  const snapshot = fixtureSnapshot("miyako");
  const other = fixtureSnapshot("WebClerk19", { location: { ...snapshot.location, projectName: "WebClerk", projectRoot: "/projects/WebClerk" } });
  const fake = fakeApi(snapshot, {
    openProject: async ({ target }) => (target.includes("Empty") ? { ok: false, error: empty } : ok(target.includes("WebClerk") ? other : snapshot)),
    ...overrides,
  });
  const store = createAppStore(fake.api);
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <StoreProvider store={store}>
        <App api={fake.api} />
      </StoreProvider>
    </I18nextProvider>,
  );
  await act(async () => {});
  return { store, ...fake };
}

const frames = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))));

describe("a failed open while a project is open (issue 8 §2)", () => {
  it("shows the same view as the start screen — file, line, column — and leaves the project open and untouched", async () => {
    const { store } = await renderApp();
    await act(() => store.getState().open("/projects/Demo"));
    act(() => void store.getState().apply((d) => addUser(d, "Ada")));
    const draft = selectDraft(store.getState());
    await act(() => store.getState().open("/projects/Empty"));
    const dialog = await screen.findByRole("alertdialog", { name: "The project could not be opened" });
    expect(dialog).toHaveTextContent(EMPTY);
    expect(dialog).toHaveTextContent("Line 1, column 1: the file is empty");
    expect(dialog).toHaveTextContent("Demo stays open, just as it was");
    expect(selectDraft(store.getState())).toBe(draft);
    // "Correct the problems below" now has the problems below it, in the dialog, and nowhere else.
    expect(screen.getAllByText(/Correct the problems below/)).toHaveLength(1);
    expect(within(dialog).getByRole("list", { name: "Problems in the file" })).toHaveTextContent("the file is empty");
    await userEvent.click(within(dialog).getByRole("button", { name: "OK" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.getByRole("option", { name: "Ada no password" })).toBeInTheDocument();
  });
});

describe("notices belong to the action that raised them (issue 8 §4)", () => {
  it("“Saved …” goes when another project is opened", async () => {
    const { store } = await renderApp();
    await act(() => store.getState().open("/projects/Demo"));
    act(() => store.getState().notify({ kind: "info", text: "Saved Settings/directory.json" }));
    expect(screen.getByRole("status")).toHaveTextContent("Saved Settings/directory.json");
    await act(() => store.getState().open("/projects/WebClerk"));
    expect(store.getState().notice).toBeNull();
    expect(screen.queryByText("Saved Settings/directory.json")).not.toBeInTheDocument();
  });

  it("a licence notice goes at the next, unrelated edit, and on a page change", async () => {
    const { store } = await renderApp();
    await act(() => store.getState().open("/projects/Demo"));
    act(() => {
      store.getState().apply((d) => giveLicence(d, "web", "Engineers"));
      store.getState().notify({ kind: "info", text: "4D Client Web now goes to Engineers" });
    });
    const licence = store.getState().notice;
    expect(licence).toMatchObject({ kind: "info" });
    act(() => void store.getState().apply((d) => addUser(d, "Ada")));
    expect(store.getState().notice).not.toBe(licence);
    expect(screen.queryByText("4D Client Web now goes to Engineers")).not.toBeInTheDocument();

    act(() => store.getState().notify({ kind: "info", text: "Something" }));
    act(() => store.getState().goTo("groups"));
    expect(store.getState().notice).toBeNull();
  });
});

describe("focus lands on the next sensible control, never <body> (issue 8 §5)", () => {
  it("after opening a project: the selected row of the Users list", async () => {
    await renderApp();
    await userEvent.click(screen.getByRole("button", { name: "Open Project…" }));
    await screen.findByRole("listbox", { name: "Users" });
    await frames();
    await waitFor(() => expect(document.activeElement).toHaveAttribute("role", "option"));
    expect(document.activeElement).toHaveAttribute("aria-selected", "true");
  });

  it("after Enter commits a rename: the renamed row", async () => {
    const { store } = await renderApp();
    await act(() => store.getState().open("/projects/Demo"));
    act(() => store.getState().selectUser("Louis"));
    const field = await screen.findByRole("textbox", { name: "User name" });
    await userEvent.clear(field);
    await userEvent.type(field, "Louis B{Enter}");
    await frames();
    await waitFor(() => expect(document.activeElement).toHaveAttribute("role", "option"));
    expect(document.activeElement).toHaveTextContent("Louis B");
  });

  it("after Ctrl+F, moving along the tabs leaves the next page's search alone", async () => {
    const { store } = await renderApp();
    await act(() => store.getState().open("/projects/Demo"));
    act(() => store.getState().requestFind());
    expect(screen.getByRole("searchbox", { name: "Search — Users" })).toHaveFocus();
    screen.getByRole("tab", { name: "Users" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(await screen.findByRole("searchbox", { name: "Search — Groups" })).not.toHaveFocus();
    expect(screen.getByRole("tab", { name: "Groups" })).toHaveFocus();
  });
});

// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import type { Api, OpenFailure } from "../../shared/ipc-contract";
import { ok } from "../../shared/result";
import { createI18n } from "../../renderer/i18n";
import { StartScreen } from "../../renderer/shell/start-screen";
import { StoreProvider } from "../../renderer/state/context";
import { createAppStore } from "../../renderer/state/store";
import { fakeApi, fixtureSnapshot } from "../helpers/fake-api";

const BROKEN = "/projects/Broken/Settings/directory.json";

const invalid: OpenFailure = {
  code: "invalid-file",
  message: `${BROKEN}:3:5: duplicate key "Louis" in users (first at line 2, col 5)`,
  params: { path: BROKEN },
  file: BROKEN,
  issues: [
    { message: 'duplicate key "Louis" in users (first at line 2, col 5)', line: 3, column: 5 },
    { message: 'groups.Staff.users: expected a list of names, found "Louis"', line: 9, column: 13 },
  ],
};

async function renderStart(overrides: Partial<Api> = {}, lang: "en" | "fr" = "en") {
  const fake = fakeApi(fixtureSnapshot("miyako"), {
    recentProjects: async () => ok([{ target: "/projects/Payroll", name: "Payroll", openedAt: 1 }]),
    ...overrides,
  });
  const store = createAppStore(fake.api);
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoreProvider store={store}>
        <StartScreen api={fake.api} />
      </StoreProvider>
    </I18nextProvider>,
  );
  await act(async () => {}); // the recent projects arrive
  return { store, ...fake };
}

describe("Start screen", () => {
  it("offers to open a project or the sample, and says what the sample shows", async () => {
    await renderStart();
    expect(screen.getByRole("heading", { name: "4D Directory Editor" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open Project…" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Open sample project" })).toBeInTheDocument();
    expect(screen.getByText(/nested groups \(Management ⊃ Finances ⊃ Accounting\)/)).toBeInTheDocument();
  });

  it("opens what the native dialog chose", async () => {
    const { calls, store } = await renderStart({ chooseProject: async () => ok("/projects/Chosen") });
    await userEvent.click(screen.getByRole("button", { name: "Open Project…" }));
    expect(calls.openProject).toEqual([{ target: "/projects/Chosen" }]);
    expect(store.getState().snapshot).not.toBeNull();
  });

  it("opens nothing when the dialog is cancelled", async () => {
    const { calls } = await renderStart({ chooseProject: async () => ok(null) });
    await userEvent.click(screen.getByRole("button", { name: "Open Project…" }));
    expect(calls.openProject).toBeUndefined();
  });

  it("lists the recent projects; each one opens", async () => {
    const { calls } = await renderStart();
    const recent = await screen.findByRole("list", { name: "Recent projects" });
    await userEvent.click(within(recent).getByRole("button", { name: /Payroll/ }));
    expect(calls.openProject).toEqual([{ target: "/projects/Payroll" }]);
  });

  it("says when there are no recent projects", async () => {
    await renderStart({ recentProjects: async () => ok([]) });
    expect(await screen.findByText(/No recent projects/)).toBeInTheDocument();
  });

  it("opens the sample", async () => {
    const { calls } = await renderStart();
    await userEvent.click(screen.getByRole("button", { name: "Open sample project" }));
    expect(calls.openSample).toHaveLength(1);
  });

  it("shows why a file could not be opened: the file, each problem at its line and column, and the fix", async () => {
    await renderStart({ openProject: async () => ({ ok: false, error: invalid }) });
    await userEvent.click(await screen.findByRole("button", { name: /Payroll/ }));
    const panel = screen.getByRole("alert");
    expect(within(panel).getByRole("heading", { name: "The project could not be opened" })).toBeInTheDocument();
    expect(within(panel).getByText(BROKEN)).toBeInTheDocument();
    const issues = within(within(panel).getByRole("list", { name: "Problems in the file" })).getAllByRole("listitem");
    expect(issues.map((i) => i.textContent)).toEqual([
      'Line 3, column 5: duplicate key "Louis" in users (first at line 2, col 5)',
      'Line 9, column 13: groups.Staff.users: expected a list of names, found "Louis"',
    ]);
    expect(panel).toHaveTextContent("Correct the problems below in a text editor (or restore a backup), then open it again.");
    expect(panel).not.toHaveTextContent(/at \w+ \(|Error:/);
  });

  it("says it in French", async () => {
    await renderStart({ openProject: async () => ({ ok: false, error: invalid }) }, "fr");
    await userEvent.click(await screen.findByRole("button", { name: /Payroll/ }));
    const panel = screen.getByRole("alert");
    expect(panel).toHaveTextContent("Ligne 3, colonne 5 :");
    expect(panel).toHaveTextContent("Corrigez les problèmes ci-dessous dans un éditeur de texte");
  });

  it("says why a path is not a project", async () => {
    const notProject = { code: "not-a-project", message: "…", params: { path: "/tmp/photos" } } as const;
    await renderStart({ openProject: async () => ({ ok: false, error: notProject }) });
    await userEvent.click(await screen.findByRole("button", { name: /Payroll/ }));
    expect(screen.getByRole("alert")).toHaveTextContent('"/tmp/photos" is not a 4D project folder');
    expect(screen.getByRole("alert")).toHaveTextContent("Choose the folder that contains Project/, or a directory.json file.");
  });
});

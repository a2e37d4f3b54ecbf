// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Header } from "../../renderer/shell/header";
import { engineText } from "../../renderer/shell/engine-text";
import { createI18n } from "../../renderer/i18n";
import { selectChanges, selectDirty, selectDraft } from "../../renderer/state/selectors";
import { ok } from "../../shared/result";
import { BUILTINS, documentOf } from "../helpers/documents";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

const older = documentOf({ users: { ...BUILTINS, Louis: {} } });
const backups = [
  { id: "2026-03-14T09-26-53-589Z-000.json", createdAt: Date.UTC(2026, 2, 14, 9, 26, 53), size: 2048, differs: { users: 2, groups: 1, other: 0 } },
  { id: "2026-03-13T08-00-00-000Z-000.json", createdAt: Date.UTC(2026, 2, 13, 8, 0, 0), size: 1024, differs: { users: 0, groups: 0, other: 0 } },
];

describe("Restore previous version (issue 8 §6)", () => {
  it("lists the backups with date, size and what differs, and restores one as an edit to review", async () => {
    const asked: string[] = [];
    const { store } = await renderWithStore(<Header />, fixtureSnapshot("miyako"), "en", {
      listBackups: async () => ok(backups),
      restoreBackup: async ({ id }) => (asked.push(id), ok({ document: older, createdAt: backups[1]!.createdAt })),
    });
    await userEvent.click(screen.getByRole("button", { name: "Restore previous version…" }));
    const dialog = await screen.findByRole("dialog", { name: "Restore previous version" });
    const list = await within(dialog).findByRole("listbox", { name: "Backups, newest first" });
    const rows = within(list).getAllByRole("option");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("2 users differ, 1 group differs");
    expect(rows[0]).toHaveTextContent("2 KB");
    expect(rows[1]).toHaveTextContent("same as the file now");
    await userEvent.click(rows[1]!);
    await userEvent.click(within(dialog).getByRole("button", { name: "Restore" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(asked).toEqual([backups[1]!.id]);
    expect(selectDraft(store.getState())?.root).toBe(older.root);
    expect(selectDirty(store.getState())).toBe(true);
    const t = createI18n("en").t;
    expect(selectChanges(store.getState()).map((c) => engineText(t, "change", c))).toEqual([expect.stringMatching(/^restored the version saved before /)]);
    act(() => store.getState().undo());
    expect(selectDirty(store.getState())).toBe(false);
  });

  it("says when there is no backup yet", async () => {
    const { store } = await renderWithStore(<Header />, fixtureSnapshot("miyako"));
    act(() => store.getState().openDialog("restore"));
    expect(await screen.findByText("No backup yet: the app keeps one each time it saves this file.")).toBeInTheDocument();
  });
});

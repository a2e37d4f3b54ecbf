// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AccessPage } from "../../renderer/pages/access/access-page";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { Header } from "../../renderer/shell/header";
import { engineText } from "../../renderer/shell/engine-text";
import { createI18n } from "../../renderer/i18n";
import { selectChanges } from "../../renderer/state/selectors";
import { renameUser } from "../../shared/edits";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

const t = createI18n("en").t;
const log = (changes: readonly { code: string; message: string; params: object }[]) => changes.map((c) => engineText(t, "change", c as never));

describe("one change-log line per intention (issue 8 §7)", () => {
  it("adding a group then naming it is one line, “added group Vendeurs”, and one undo step", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Add group" }));
    await userEvent.keyboard("Vendeurs{Enter}");
    expect(log(selectChanges(store.getState()))).toEqual(["added group Vendeurs"]);
    act(() => store.getState().undo());
    expect(store.getState().cursor).toBe(0);
  });

  it("adding a user then naming it too; a rename after another edit is a line of its own", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Add user" }));
    await userEvent.keyboard("Ada{Enter}");
    expect(log(selectChanges(store.getState()))).toEqual(["added user Ada"]);
    act(() => void store.getState().apply((d) => renameUser(d, "Louis", "Louis B")));
    act(() => void store.getState().apply((d) => renameUser(d, "Ada", "Ada L.")));
    expect(log(selectChanges(store.getState()))).toEqual(["added user Ada", "renamed user Louis → Louis B (1 reference updated)", "renamed user Ada → Ada L. (no reference to update)"]);
  });
});

describe("Undo and Redo say what they take back (issue 8 §7)", () => {
  it("the tooltip names the step", async () => {
    const { store } = await renderWithStore(<Header />, fixtureSnapshot("miyako"));
    act(() => void store.getState().apply((d) => renameUser(d, "Louis", "Robert")));
    // React Aria shows a tooltip at once when its button gets the keyboard's focus.
    const tabTo = async (name: string) => {
      for (let i = 0; i < 20 && document.activeElement !== screen.getByRole("button", { name }); i++) await userEvent.tab();
    };
    await tabTo("Undo");
    expect(await screen.findByRole("tooltip")).toHaveTextContent(/^Undo: renamed user Louis → Robert/);
    act(() => store.getState().undo());
    await tabTo("Redo");
    await waitFor(() => expect(screen.getByRole("tooltip")).toHaveTextContent(/^Redo: renamed user Louis → Robert/));
  });
});

describe("Access pickers (issue 8 §7)", () => {
  it("open their list on a click inside the field", async () => {
    await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("combobox", { name: "Design and Runtime Explorer access" }));
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: /Engineers/ })).toBeInTheDocument();
  });
});

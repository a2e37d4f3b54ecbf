// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addUser } from "../../shared/edits";
import { createI18n } from "../../renderer/i18n";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { engineText } from "../../renderer/shell/engine-text";
import { BUILTINS, documentOf } from "../helpers/documents";
import { snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

// Issue 9: a real user named " test" looked exactly like "test" everywhere.
const doc = documentOf({ users: { ...BUILTINS, " test": {}, "test  ": {}, test: {} }, groups: { " Sales": { users: [" test"] } } });
const labels = () => screen.getAllByRole("option").map((o) => o.querySelector("[slot=label]")!.firstChild!.textContent);

describe("edge spaces are visible wherever a name is shown", () => {
  it("the users list draws them as dots, with a tooltip, and the three names differ", async () => {
    await renderWithStore(<UsersPage />, snapshotOf(doc));
    expect(labels()).toEqual(["Designer", "Administrator", "·test (Starts with a space, drawn as ·)", "test·· (Ends with 2 spaces, drawn as ·)", "test"]);
    expect(screen.getAllByTitle("Starts with a space, drawn as ·")[0]).toHaveTextContent(/^·test/);
  });

  it("the name field says so under the name, in French too", async () => {
    const { store } = await renderWithStore(<UsersPage />, snapshotOf(doc), "fr");
    store.getState().selectUser(" test");
    expect(await screen.findByRole("note")).toHaveTextContent("Ce nom commence ou finit par un espace ; les listes l'affichent « ·test ».");
  });

  it("refuses a look-alike name in the name field with a sentence naming the existing user", async () => {
    const { store } = await renderWithStore(<UsersPage />, snapshotOf(doc));
    store.getState().selectUser("Designer");
    const field = await screen.findByRole("textbox", { name: "User name" });
    await userEvent.clear(field);
    await userEvent.type(field, "TEST{Enter}");
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.some((a) => a.textContent?.includes("“TEST” looks like the existing user “·test”"))).toBe(true);
  });

  it("the groups list and the group's name field too", async () => {
    const { store } = await renderWithStore(<GroupsPage />, snapshotOf(doc));
    expect(labels()[0]).toMatch(/^·Sales/);
    store.getState().selectGroup(" Sales");
    await waitFor(() => expect(screen.getByRole("note")).toHaveTextContent("lists show it as “·Sales”"));
  });

  it("the change log line", () => {
    const t = createI18n("en").t;
    const edit = addUser(documentOf({ users: BUILTINS }), " test");
    if (!edit.ok) throw new Error(edit.error.message);
    expect(engineText(t, "change", edit.value.change)).toBe("added user ·test");
  });
});

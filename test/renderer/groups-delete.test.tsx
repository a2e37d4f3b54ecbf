// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getObject, getString } from "../../shared/json";
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { Header } from "../../renderer/shell/header";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { mockElementSize } from "../helpers/dom";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { realFixture } from "../helpers/fixtures";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";

const draft = (store: AppStore) => selectDraft(store.getState())!;
const group = (store: AppStore, name: string) => modelOf(draft(store)).groupByName.get(name);
const choose = async (name: string) => {
  await userEvent.clear(screen.getByRole("searchbox", { name: /^(Search|Rechercher) — / }));
  await userEvent.paste(name);
  await userEvent.click(screen.getByRole("option", { name: rowName(name) }));
};
const openDelete = () => userEvent.click(screen.getByRole("button", { name: "Delete group…" }));
const dialog = () => within(screen.getByRole("alertdialog"));

/** miyako's file with Staff given Design access and the SQL "all" right. */
function staffWithRights() {
  const text = realFixture("miyako")
    .text.replace('"designAccessGroup": "*"', '"designAccessGroup": "Staff"')
    .replace('"allAccessGroup": ""', '"allAccessGroup": "Staff"');
  const parsed = parseDirectory(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return snapshotOf(parsed.value.doc);
}

let restore: () => void;
beforeEach(() => {
  restore = mockElementSize();
});
afterEach(() => restore());

describe("Groups page — Delete group…", () => {
  it("explains that 4D cannot delete groups and lists every reference before anything happens", async () => {
    const { store } = await renderWithStore(<GroupsPage />, staffWithRights());
    await choose("Staff");
    await openDelete();
    expect(screen.getByRole("heading", { name: "Delete group Staff?" })).toBeInTheDocument();
    expect(dialog().getByText(/4D itself cannot delete groups: to retire one, 4D's way is to empty it/)).toBeInTheDocument();
    expect(dialog().getByText("Staff lists 2 users and 0 groups.")).toBeInTheDocument();
    const refs = within(dialog().getByRole("list", { name: "References to Staff" }));
    expect(refs.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Access setting “Design and Runtime Explorer access” (becomes nobody)",
      "SQL right “All (data and structure)” of schema DEFAULT_SCHEMA (becomes nobody)",
    ]);
    expect(group(store, "Staff")).toBeDefined();
  });

  it("Cancel keeps the group; Delete anyway removes it and clears what referred to it", async () => {
    const { store } = await renderWithStore(<GroupsPage />, staffWithRights());
    await choose("Staff");
    await openDelete();
    await userEvent.click(dialog().getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(group(store, "Staff")).toBeDefined();

    await openDelete();
    await userEvent.click(dialog().getByRole("button", { name: "Delete anyway" }));
    expect(group(store, "Staff")).toBeUndefined();
    expect(getString(getObject(draft(store).root, "settings")!, "designAccessGroup")).toBe("");
    // The search ("Staff") now shows no group, so none is shown in the details (issue 8: never
    // one the list hides).
    expect(store.getState().selectedGroup).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Group name" })).toBeNull();
    expect(store.getState().notice).toMatchObject({ kind: "change", change: { code: "group.deleted", params: { name: "Staff" } } });
    await choose("Secret");
    await userEvent.click(screen.getByRole("button", { name: "Delete group…" }));
    expect(screen.getByRole("heading", { name: "Delete group Secret?" })).toBeInTheDocument();
  });

  it("lists the groups that nest it and the licences it holds", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("AdminControl");
    await openDelete();
    const refs = within(dialog().getByRole("list", { name: "References to AdminControl" }));
    expect(refs.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Licence 4D Client Web (given to nobody)",
      "Licence 4D Client SOAP (given to nobody)",
    ]);
    await userEvent.click(dialog().getByRole("button", { name: "Cancel" }));
    await choose("Costing");
    await openDelete();
    expect(dialog().getByText("Member of group Shipping (removed from its list)")).toBeInTheDocument();
  });

  it("offers to empty the group instead, in one undoable step", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await choose("Secret");
    await openDelete();
    await userEvent.click(dialog().getByRole("button", { name: "Empty the group instead" }));
    expect(group(store, "Secret")).toMatchObject({ users: [], groups: [] });
    expect(store.getState().notice).toMatchObject({ kind: "info", text: "Emptied Secret: it no longer gives anything to anyone (undo brings its members back)." });
    act(() => store.getState().undo());
    expect(group(store, "Secret")).toMatchObject({ users: ["Olivier", "Peter"], groups: ["Engineers"] });
  });

  it("empties in French too: the notice and the change-log line are French, counts in the right number", async () => {
    const { store } = await renderWithStore(
      <>
        <Header />
        <GroupsPage />
      </>,
      fixtureSnapshot("miyako"),
      "fr",
    );
    await choose("Secret");
    await userEvent.click(screen.getByRole("button", { name: "Supprimer le groupe…" }));
    await userEvent.click(dialog().getByRole("button", { name: "Vider le groupe plutôt" }));
    expect(group(store, "Secret")).toMatchObject({ users: [], groups: [] });
    expect(store.getState().notice).toMatchObject({ text: "Secret a été vidé : il ne donne plus rien à personne (annuler rétablit ses membres)." });
    await userEvent.click(screen.getByRole("button", { name: "Vérifier et enregistrer" }));
    const review = screen.getByRole("dialog", { name: "Vérifier les modifications de Settings/directory.json" });
    const lines = within(within(review).getByRole("list", { name: "Modifications" })).getAllByRole("listitem");
    expect(lines.map((l) => l.textContent)).toEqual(["vidage du groupe Secret (2 utilisateurs membres retirés, 1 groupe membre retiré)"]);
  });

  it("says a group with nothing referring to it is safe to delete, and an empty one cannot be emptied", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("4D_Write");
    await openDelete();
    expect(dialog().queryByText("Nothing else in the file refers to 4D_Write.")).toBeNull();
    expect(dialog().getByText("4D_Write is already empty.")).toBeInTheDocument();
    expect(dialog().getByRole("button", { name: "Empty the group instead" })).toBeDisabled();
    await userEvent.click(dialog().getByRole("button", { name: "Cancel" }));
    await choose("Test");
    await openDelete();
    expect(dialog().getByText("Nothing else in the file refers to Test.")).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getObject, getString } from "../../shared/json";
import { modelOf } from "../../shared/model";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { mockElementSize } from "../helpers/dom";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";

const draft = (store: AppStore) => selectDraft(store.getState())!;
const groupNames = (store: AppStore) => modelOf(draft(store)).groups.map((g) => g.name);
const notice = (store: AppStore) => {
  const n = store.getState().notice;
  return n?.kind === "info" ? n.text : n?.kind === "change" ? n.change.message : n?.failure.message;
};
const nameField = () => screen.getByRole("textbox", { name: "Group name" });
const memberUsers = () => within(screen.getByRole("group", { name: "Member users" }));
const choose = (name: string) => userEvent.click(screen.getByRole("option", { name: rowName(name) }));

let restore: () => void;
beforeEach(() => {
  restore = mockElementSize();
});
afterEach(() => restore());

describe("Groups page — the list", () => {
  it("lists the groups in file order and shows the first one", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    const list = screen.getByRole("listbox", { name: "Groups" });
    expect(within(list).getAllByRole("option").map((o) => o.textContent)).toEqual(["Engineers 5 members", "Staff 2 members", "Secret 3 members"]);
    expect(nameField()).toHaveValue("Engineers");
  });

  it("marks a name longer than 15 characters, 4D's editor limit", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await choose("Staff");
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Staff of the north wing{Enter}");
    expect(screen.getByText(/23 characters: longer than 15, the limit of 4D's Groups editor/)).toBeInTheDocument();
    const row = screen.getByRole("option", { name: rowName("Staff of the north wing") });
    expect(within(row).getByTitle("Longer than 15 characters, the limit of 4D's Groups editor")).toBeInTheDocument();
    expect(within(screen.getByRole("option", { name: rowName("Secret") })).queryByTitle(/Longer than/)).toBeNull();
  });

  it("teaches what groups are for when the file has none, and adds one from there", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("4D-Mobile-App"));
    expect(screen.getByText("No groups yet. Groups gather users so that you give rights once.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Add a group" }));
    expect(groupNames(store)).toEqual(["New group1"]);
    expect(nameField()).toHaveValue("New group1");
  });
});

describe("Groups page — adding and duplicating", () => {
  it("adds New group1 with the Administrator ticked as a member, as 4D does, and says so quietly", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Add group" }));
    expect(groupNames(store)).toEqual(["Engineers", "Staff", "Secret", "New group1"]);
    expect(store.getState().selectedGroup).toBe("New group1");
    expect(nameField()).toHaveValue("New group1");
    expect(nameField()).toHaveFocus();
    expect(memberUsers().getByRole("checkbox", { name: "Administrator" })).toBeChecked();
    expect(memberUsers().getByRole("checkbox", { name: "Designer" })).not.toBeChecked();
    expect(notice(store)).toBe("Administrator was added as a member, as 4D does; untick it if not wanted.");
  });

  it("lets the Administrator be unticked from the new group", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Add group" }));
    await userEvent.click(memberUsers().getByRole("checkbox", { name: "Administrator" }));
    expect(modelOf(draft(store)).groupByName.get("New group1")?.users).toEqual([]);
  });

  it("typing right after Add renames the new group", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Add group" }));
    await userEvent.keyboard("Sales{Enter}");
    expect(groupNames(store)).toEqual(["Engineers", "Staff", "Secret", "Sales"]);
  });

  it("duplicates the selected group's members under a free name", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await choose("Secret");
    await userEvent.click(screen.getByRole("button", { name: "Duplicate group" }));
    const copy = modelOf(draft(store)).groupByName.get("Secret copy1");
    expect(copy).toMatchObject({ users: ["Olivier", "Peter"], groups: ["Engineers"] });
    expect(store.getState().selectedGroup).toBe("Secret copy1");
    expect(notice(store)).toMatch(/^duplicated group Secret as Secret copy1/);
  });
});

describe("Groups page — renaming", () => {
  it("renames in place with its cascade: the licence holder follows, and the notice says how many references moved", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("AdminControl");
    const field = nameField();
    expect(field).toHaveValue("AdminControl");
    await userEvent.clear(field);
    await userEvent.type(field, "Control Room{Enter}");
    const granters = getObject(draft(store).root, "remoteGranters")!;
    expect(getString(granters, "web")).toBe("Control Room");
    expect(getString(granters, "soap")).toBe("Control Room");
    expect(store.getState().selectedGroup).toBe("Control Room");
    expect(notice(store)).toBe("renamed group AdminControl → Control Room (2 references updated)");
    expect(screen.getByRole("checkbox", { name: "4D Client Web" })).toBeChecked();
  });

  it("leaving the field by clicking another group renames, and shows the group clicked", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Engineering");
    await choose("Secret");
    expect(groupNames(store)).toEqual(["Engineering", "Staff", "Secret"]);
    expect(store.getState().selectedGroup).toBe("Secret");
    expect(nameField()).toHaveValue("Secret");
    expect(modelOf(draft(store)).groupByName.get("Secret")?.groups).toEqual(["Engineering"]);
  });

  it("refuses a name another group has, saying why, and Escape puts the name back", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Staff{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("There is already a group named Staff; group names must be unique.");
    expect(groupNames(store)).toEqual(["Engineers", "Staff", "Secret"]);
    await userEvent.keyboard("{Escape}");
    expect(nameField()).toHaveValue("Engineers");
  });
});

describe("Groups page — in French", () => {
  it("speaks 4D's French words", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"), "fr");
    expect(screen.getByRole("region", { name: "Membres" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Plug-ins" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: /^Membres effectifs/ })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Nom du groupe" })).toHaveValue("Engineers");
    expect(screen.getByRole("group", { name: "Utilisateurs membres" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ajouter un groupe" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Supprimer le groupe…" })).toBeInTheDocument();
    expect(screen.getByText("Membre des groupes")).toBeInTheDocument();
  });

  it("names a new group Nouveau groupe1", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"), "fr");
    await userEvent.click(screen.getByRole("button", { name: "Ajouter un groupe" }));
    expect(groupNames(store)).toContain("Nouveau groupe1");
    expect(notice(store)).toBe("Administrator a été ajouté comme membre, comme le fait 4D ; décochez-le si vous n'en voulez pas.");
  });
});

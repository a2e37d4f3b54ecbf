// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelOf } from "../../shared/model";
import { effectiveGroups } from "../../shared/queries";
import { setSetting } from "../../shared/edits";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { NoticeBar } from "../../renderer/shell/notice-bar";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { mockElementSize } from "../helpers/dom";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { buildLargeDirectory } from "../helpers/large-directory";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";

const draftModel = (store: AppStore) => modelOf(selectDraft(store.getState())!);
const groupUsers = (store: AppStore, group: string) => draftModel(store).groupByName.get(group)?.users;
const nameField = () => screen.getByRole("textbox", { name: "User name" });
const choose = async (name: string) => {
  await userEvent.click(screen.getByRole("option", { name: rowName(name) }));
};

// "Member of" is a windowed list (only the boxes in view are drawn): give the page a size.
let restoreSize: () => void;
beforeEach(() => {
  restoreSize = mockElementSize();
});
afterEach(() => restoreSize());

describe("Users page — the list", () => {
  it("names the Designer and the Administrator with their kind, under their aliases", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    expect(screen.getByRole("option", { name: "jitCorp Designer" })).toHaveTextContent(/jitCorp.*Designer/);
    expect(screen.getByRole("option", { name: "Admin Administrator no password" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "EDI" })).toBeInTheDocument();
  });

  it("marks the users without a password", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    expect(screen.getByRole("option", { name: "Admin Administrator no password" })).toHaveTextContent("no password");
    expect(screen.getByRole("option", { name: "jitCorp Designer" })).not.toHaveTextContent("no password");
    expect(screen.getByRole("option", { name: "EDI" })).not.toHaveTextContent("no password");
  });

  it("lists every user in file order and selects the first one", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    const names = screen.getAllByRole("option").map((o) => o.querySelector("[slot=label]")!.firstChild!.textContent);
    expect(names).toEqual(["Designer", "Administrator", "Louis", "Gérald", "Olivier", "Marceline", "Noel", "Peter", "Tanguy", "Denise", "Zoé", "Yannick", "roland"]);
    await waitFor(() => expect(nameField()).toHaveValue("Designer"));
    expect(screen.getByRole("option", { name: "Designer Designer" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("User kind: Designer")).toBeInTheDocument();
    expect(screen.getByText("user 1")).toBeInTheDocument();
  });

  it("finds the Designer by its kind even when it is renamed", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    await userEvent.type(screen.getByRole("searchbox", { name: "Search — Users" }), "designer");
    expect(screen.getAllByRole("option")).toEqual([screen.getByRole("option", { name: "jitCorp Designer" })]);
  });
});

describe("Users page — Member of", () => {
  it("shows direct groups editable and inherited ones ticked, greyed, with their path", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    expect(screen.getByText("user 3")).toBeInTheDocument();
    const engineers = screen.getByRole("checkbox", { name: "Engineers" });
    expect(engineers).toBeChecked();
    expect(engineers).toBeEnabled();
    const secret = screen.getByRole("checkbox", { name: "Secret, via Engineers ⊂ Secret" });
    expect(secret).toBeChecked();
    expect(secret).toBeDisabled();
    expect(screen.getByText("via Engineers ⊂ Secret")).toBeInTheDocument();
    const staff = screen.getByRole("checkbox", { name: "Staff" });
    expect(staff).not.toBeChecked();
    expect(staff).toBeEnabled();
  });

  it("ticking a group adds the user to it, unticking removes it", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    await userEvent.click(screen.getByRole("checkbox", { name: "Staff" }));
    expect(groupUsers(store, "Staff")).toEqual(["Designer", "Administrator", "Louis"]);
    expect(screen.getByRole("checkbox", { name: "Staff" })).toBeChecked();
    await userEvent.click(screen.getByRole("checkbox", { name: "Engineers" }));
    expect(groupUsers(store, "Engineers")).not.toContain("Louis");
    // No longer in Engineers, Louis is no longer in Secret either.
    expect(screen.getByRole("checkbox", { name: "Secret" })).not.toBeChecked();
  });

  it("teaches what groups are when the file has none, and leads to the Groups page", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("Mobile-App"));
    expect(screen.getByText("No groups yet. Groups gather users so that you give rights once.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Go to Groups" }));
    expect(store.getState().page).toBe("groups");
  });

  it("offers a filter past a dozen groups", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    expect(screen.getAllByRole("checkbox")).toHaveLength(45);
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter groups" }), "editinv");
    const boxes = screen.getAllByRole("checkbox").map((b) => b.closest("label")!.textContent);
    expect(boxes).toEqual(["EditInvoice", "EditInvoiceLine"]);
  });

  it("draws only the boxes in view with thousands of groups, the user's own groups first", async () => {
    const doc = buildLargeDirectory({ users: 40, groups: 2000 });
    await renderWithStore(<UsersPage />, snapshotOf(doc));
    await choose("user-7");
    // Its groups, direct and through nesting, in file order.
    const member = effectiveGroups(doc, "user-7").map((m) => m.group);
    expect(member.length).toBeGreaterThan(1);
    const names = () => screen.getAllByRole("checkbox").map((b) => b.closest("label")!.querySelector(".member-name")!.textContent);
    expect(screen.getAllByRole("checkbox").length).toBeLessThan(100);
    const shown = names();
    expect(shown.slice(0, member.length)).toEqual(member);
    for (const box of screen.getAllByRole("checkbox").slice(0, member.length)) expect(box).toBeChecked();
    // Then the other groups in file order, unticked; a tick does not move them.
    const next = shown[member.length]!;
    expect(next).toBe(modelOf(doc).groups.find((g) => !member.includes(g.name))!.name);
    await userEvent.click(screen.getByRole("checkbox", { name: next }));
    expect(names()).toEqual(shown);
    expect(screen.getByRole("checkbox", { name: next })).toBeChecked();
  }, 120_000);
});

describe("Users page — renaming", () => {
  it("renaming the Designer alias updates the list and every reference", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    await waitFor(() => expect(nameField()).toHaveValue("jitCorp"));
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Boss{Enter}");
    expect(screen.getByRole("option", { name: "Boss Designer" })).toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "jitCorp Designer" })).not.toBeInTheDocument();
    expect(store.getState().selectedUser).toBe("Boss");
    expect(groupUsers(store, "ViewCommission")).toEqual(["Boss", "Admin", "ESites", "EDI"]);
  });

  it("renaming gives the same notice and undo step as renaming a group: the change-log line, one history entry", async () => {
    const { store } = await renderWithStore(
      <>
        <NoticeBar />
        <UsersPage />
      </>,
      fixtureSnapshot("miyako"),
      "fr",
    );
    await choose("Peter");
    const field = screen.getByRole("textbox", { name: "Nom de l'utilisateur" });
    await userEvent.clear(field);
    await userEvent.type(field, "Pierre{Enter}");
    expect(screen.getByRole("status")).toHaveTextContent(/^utilisateur Peter renommé Pierre \(/);
    expect(store.getState().history).toHaveLength(1);
    act(() => store.getState().undo());
    expect(draftModel(store).userByName.has("Peter")).toBe(true);
  });

  it("renames when the field is left, and Escape puts the name back", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Peter");
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Pierre");
    await userEvent.tab();
    expect(draftModel(store).userByName.has("Pierre")).toBe(true);
    // Undone, the rename leaves the selection on the same user.
    act(() => store.getState().undo());
    expect(nameField()).toHaveValue("Peter");
    act(() => store.getState().redo());
    await userEvent.click(nameField());
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Pedro{Escape}");
    expect(nameField()).toHaveValue("Pierre");
    expect(draftModel(store).userByName.has("Pedro")).toBe(false);
  });

  it("says under the field why a name is refused", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), "Gérald{Enter}");
    expect(nameField()).toHaveAccessibleDescription("There is already a user named Gérald; user names must be unique.");
    expect(nameField()).toBeInvalid();
    expect(store.getState().cursor).toBe(0);
  });

  it("F2 in the list puts the name field in edit mode", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Noel");
    await userEvent.keyboard("{F2}");
    expect(nameField()).toHaveFocus();
    expect(nameField()).toHaveValue("Noel");
  });

  it("double-clicking a user puts its name field in edit mode", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await userEvent.dblClick(screen.getByRole("option", { name: "Zoé" }));
    expect(nameField()).toHaveFocus();
    expect(nameField()).toHaveValue("Zoé");
  });
});

describe("Users page — add, duplicate, delete", () => {
  it("Add creates New user1, selects it and edits its name", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Add user" }));
    expect(draftModel(store).users.at(-1)?.name).toBe("New user1");
    expect(store.getState().selectedUser).toBe("New user1");
    expect(nameField()).toHaveFocus();
    const input = nameField() as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, "New user1".length]);
    await userEvent.keyboard("Ada{Enter}");
    expect(draftModel(store).users.at(-1)?.name).toBe("Ada");
    expect(screen.getByRole("option", { name: "Ada no password" })).toHaveAttribute("aria-selected", "true");
  });

  it("Duplicate copies the user's groups under a new name", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    await userEvent.click(screen.getByRole("button", { name: "Duplicate user" }));
    expect(store.getState().selectedUser).toBe("Louis copy1");
    expect(groupUsers(store, "Engineers")).toContain("Louis copy1");
    expect(screen.getByRole("checkbox", { name: "Engineers" })).toBeChecked();
  });

  it("Delete is disabled for the Designer and the Administrator, saying why", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    const remove = () => screen.getByRole("button", { name: "Delete user" });
    await waitFor(() => expect(remove()).toBeDisabled());
    expect(remove()).toHaveAccessibleDescription(/jitCorp is the Designer: 4D always keeps the Designer/);
    await choose("Admin Administrator no password");
    expect(remove()).toBeDisabled();
    expect(remove()).toHaveAccessibleDescription(/Admin is the Administrator/);
    await choose("EDI");
    expect(remove()).toBeEnabled();
  });

  it("deletes the last user, unreferenced, at once (undoable) and selects the one before", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("roland");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "roland" })).not.toBeInTheDocument();
    expect(nameField()).toHaveValue("Yannick");
    act(() => store.getState().undo());
    expect(screen.getByRole("option", { name: "roland" })).toBeInTheDocument();
  });

  // Issue 8: deleting user 781 of 1,415 renumbered 634 users and the dialog listed only group
  // references; the renumbering note came only when a settings file had been found.
  it("always says how many users change number, even when no settings file was found", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Yannick");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    const dialog = screen.getByRole("alertdialog", { name: "Delete user Yannick?" });
    expect(dialog).toHaveTextContent("a project's settings may refer to them by number: the user after Yannick takes its number");
    // Undo goes on past a save now: the dialog must not say otherwise.
    expect(dialog).toHaveTextContent("You can undo this with Undo, before or after saving.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await choose("Louis");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    expect(screen.getByRole("alertdialog", { name: "Delete user Louis?" })).toHaveTextContent("the 10 users after Louis each take the number before theirs");
    expect(draftModel(store).userByName.has("Louis")).toBe(true);
  });

  it("after a delete, selects a user the searched list shows, never one it hides", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await userEvent.type(screen.getByRole("searchbox", { name: "Search — Users" }), "o");
    // The names holding an "o" (Administrator by its alias).
    const shown = () => screen.getAllByRole("option").map((o) => o.querySelector("[slot=label]")!.firstChild!.textContent);
    expect(shown()).toEqual(["Administrator", "Louis", "Olivier", "Noel", "Zoé", "roland"]);
    await choose("Olivier");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete" }));
    // In file order Marceline took Olivier's place, but the search hides her: Noel is next in the list.
    await waitFor(() => expect(nameField()).toHaveValue("Noel"));
    expect(screen.getByRole("option", { name: "Noel" })).toHaveAttribute("aria-selected", "true");
  });

  it("lists the references of a referenced user before deleting it", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Olivier");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    const dialog = screen.getByRole("alertdialog", { name: "Delete user Olivier?" });
    expect(within(dialog).getByText("Member of group Secret (removed from its list)")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(draftModel(store).userByName.has("Olivier")).toBe(true);

    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete" }));
    expect(draftModel(store).userByName.has("Olivier")).toBe(false);
    expect(groupUsers(store, "Secret")).toEqual(["Peter"]);
    expect(nameField()).toHaveValue("Marceline");
  });

  it("warns that deleting renumbers the users after it when settings.4DSettings may refer to them", async () => {
    const idsFile = "Project/Sources/settings.4DSettings";
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako", { userIdsFile: idsFile }));
    await choose("Yannick");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    const dialog = screen.getByRole("alertdialog", { name: "Delete user Yannick?" });
    expect(within(dialog).getByText(/Project\/Sources\/settings\.4DSettings may refer to users by number .* the user after this one takes its number/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(draftModel(store).userByName.has("Yannick")).toBe(false);

    // The last user renumbers nobody: deleted at once.
    await choose("roland");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(draftModel(store).userByName.has("roland")).toBe(false);
  });

  it("names a setting that refers to the user among the references", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    act(() => void store.getState().apply((d) => setSetting(d, "remoteDefaultUser", "Peter")));
    await choose("Peter");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    const dialog = screen.getByRole("alertdialog");
    expect(within(dialog).getByText("Peter is referred to in 2 places; deleting the user removes these references:")).toBeInTheDocument();
    expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Member of group Secret (removed from its list)",
      "Access setting “Default user” (becomes no user)",
    ]);
  });
});

describe("Users page — French", () => {
  it("speaks 4D's French words", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"), "fr");
    expect(screen.getByRole("option", { name: "Designer Super_Utilisateur" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Administrator Administrateur" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Membre des groupes" })).toBeInTheDocument();
    expect(screen.getByText("Type d'utilisateur : Super_Utilisateur")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Méthode de démarrage" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Mot de passe" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Modifier le mot de passe…" })).toHaveTextContent("Modifier…");
    await userEvent.click(screen.getByRole("button", { name: "Ajouter un utilisateur" }));
    expect(store.getState().selectedUser).toBe("Nouvel utilisateur1");
  });
});

describe("Users page — selection", () => {
  it("is derived while rendering: a deleted user's place shows the next one, and undo shows the deleted one again", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Yannick");
    await userEvent.click(screen.getByRole("button", { name: "Delete user" }));
    // roland after Yannick changes number: the dialog says so first.
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Delete" }));
    expect(nameField()).toHaveValue("roland");
    expect(screen.getByRole("option", { name: "roland" })).toHaveAttribute("aria-selected", "true");
    // Nothing repaired the store behind the page: the choice is still Yannick…
    expect(store.getState().selectedUser).toBe("Yannick");
    // …so undoing the delete brings the selection back with the user.
    act(() => store.getState().undo());
    expect(nameField()).toHaveValue("Yannick");
  });


  it("selects the first user of a project opened after another one", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Zoé");
    await act(() => store.getState().open("/projects/Other"));
    expect(nameField()).toHaveValue("Designer");
  });
});

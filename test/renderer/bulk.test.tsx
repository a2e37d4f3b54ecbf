// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelOf } from "../../shared/model";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { engineText } from "../../renderer/shell/engine-text";
import { createI18n } from "../../renderer/i18n";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";
import { mockElementSize } from "../helpers/dom";

let restoreSize: () => void;
beforeEach(() => {
  restoreSize = mockElementSize();
});
afterEach(() => restoreSize());

const draftModel = (store: AppStore) => modelOf(selectDraft(store.getState())!);
const option = (name: string) => screen.getByRole("option", { name: rowName(name) });

describe("many users at once", () => {
  it("Shift-click selects a range, Ctrl-click adds one, and the count shows", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    const user = userEvent.setup();
    await user.click(option("Louis"));
    await user.keyboard("{Shift>}");
    await user.click(option("Marceline"));
    await user.keyboard("{/Shift}");
    expect(store.getState().userSelection).toEqual(["Louis", "Gérald", "Olivier", "Marceline"]);
    await user.keyboard("{Control>}");
    await user.click(option("roland"));
    await user.keyboard("{/Control}");
    expect(store.getState().userSelection).toEqual(["Louis", "Gérald", "Olivier", "Marceline", "roland"]);
    expect(screen.getByRole("status")).toHaveTextContent("5 selected");
    expect(screen.getByRole("heading", { name: "5 users selected" })).toBeInTheDocument();
  });

  it("a group box is a dash when some are members; ticking it adds the others in one undo step", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    const engineers = draftModel(store).groupByName.get("Engineers")!.users;
    const outside = draftModel(store).users.find((u) => u.kind === "user" && !engineers.includes(u.name))!.name;
    const inside = engineers[0]!;
    act(() => store.getState().selectUsers([inside, outside], inside));
    const box = await screen.findByRole("checkbox", { name: /^Engineers: 1 of the 2 selected users/ });
    expect(box).toBePartiallyChecked();
    const before = store.getState().history.length;
    await userEvent.click(box);
    expect(draftModel(store).groupByName.get("Engineers")!.users).toEqual([...engineers, outside]);
    expect(store.getState().history.length).toBe(before + 1);
    await userEvent.click(screen.getByRole("checkbox", { name: "Engineers" }));
    expect(draftModel(store).groupByName.get("Engineers")!.users).toEqual(engineers.filter((n) => n !== inside));
  });

  it("sets one startup method for all the selected users as one change", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    act(() => store.getState().selectUsers(["Louis", "Gérald", "Zoé"], "Louis"));
    const field = await screen.findByRole("textbox", { name: "Startup method" });
    await userEvent.type(field, "Welcome");
    await userEvent.click(screen.getByRole("button", { name: "Set for all" }));
    expect(draftModel(store).users.filter((u) => u.startupMethod === "Welcome").map((u) => u.name)).toEqual(["Louis", "Gérald", "Zoé"]);
    const last = store.getState().history.at(-1)!;
    expect(engineText(createI18n("fr").t, "change", last.change)).toBe("méthode de démarrage de 3 utilisateurs définie à Welcome");
  });

  it("deleting many says how many users change number and that settings may use numbers", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    act(() => store.getState().selectUsers(["Louis", "Gérald"], "Louis"));
    await userEvent.click(await screen.findByRole("button", { name: "Delete 2 users…" }));
    const dialog = screen.getByRole("alertdialog");
    expect(within(dialog).getByText(/settings may refer to them by number: 9 users after them change number/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(draftModel(store).userByName.has("Louis")).toBe(false);
    expect(draftModel(store).userByName.has("Gérald")).toBe(false);
    await waitFor(() => expect(store.getState().userSelection).toEqual([]));
  });

  it("the Designer and the Administrator cannot be deleted in a bulk delete either", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    act(() => store.getState().selectUsers(["Designer", "Louis"], "Louis"));
    expect(await screen.findByRole("button", { name: "Delete 2 users…" })).toBeDisabled();
  });
});

describe("many groups at once", () => {
  it("adds a user to every selected group with one change line", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    const groups = draftModel(store).groups.map((g) => g.name);
    act(() => store.getState().selectGroups(groups, groups[0]!));
    const box = await screen.findByRole("checkbox", { name: /^Louis/ });
    await userEvent.click(box);
    for (const g of groups) expect(draftModel(store).groupByName.get(g)!.users).toContain("Louis");
    expect(store.getState().history.at(-1)!.change.code).toBe("bulk.members-added");
  });
});

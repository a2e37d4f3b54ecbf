// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { selectDraft } from "../../renderer/state/selectors";
import { serializeDirectory } from "../../shared/serialize";
import { BUILTINS, documentOf } from "../helpers/documents";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

const labels = () => screen.getAllByRole("option").map((o) => o.querySelector("[slot=label]")!.firstChild!.textContent);

/** Makes every element report `scroll` px of content in a box of `client` px (jsdom lays nothing out). */
function widths(scroll: number, client: number) {
  const s = vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(scroll);
  const c = vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(client);
  return () => (s.mockRestore(), c.mockRestore());
}

describe("names cut with an ellipsis (issue 8: “S…” and “Ad…” with no way to read them)", () => {
  it("a cut name gives its full text on hover; one that fits gets no tooltip", async () => {
    const long = "Inspection Members of the Northern Region";
    await renderWithStore(<GroupsPage />, snapshotOf(documentOf({ users: BUILTINS, groups: { [long]: {}, Short: {} } })));
    const name = within(screen.getByRole("option", { name: new RegExp(`^${long}`) })).getByText(long);
    const restore = widths(300, 120);
    fireEvent.pointerEnter(name);
    expect(name).toHaveAttribute("title", long);
    restore();
    const short = within(screen.getByRole("option", { name: /^Short/ })).getByText("Short");
    const fits = widths(40, 120);
    fireEvent.pointerEnter(short);
    expect(short).not.toHaveAttribute("title");
    fits();
  });

  it("a French Designer still called Super_Utilisateur shows the word once, and keeps it for screen readers", async () => {
    const doc = documentOf({ users: { designer: { alias: "Super_Utilisateur" }, administrator: { alias: "Administrateur" }, Bob: {} } });
    await renderWithStore(<UsersPage />, snapshotOf(doc), "fr");
    const row = screen.getByRole("option", { name: /^Super_Utilisateur Super_Utilisateur/ });
    expect(row.querySelector(".row-kind")).toBeNull();
    expect(row.querySelector(".sr-only")).toHaveTextContent("Super_Utilisateur");
  });

  it("the kind and the no-password note give way before the name", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"), "fr");
    const row = screen.getByRole("option", { name: /^Admin Administrateur/ });
    expect(row.querySelector(".row-kind")).toHaveClass("row-shrink-first");
    expect(row.querySelector(".row-nopass")).toHaveClass("row-shrink");
    expect(row.querySelector(".row-name")).not.toHaveClass("row-shrink");
  });
});

describe("search, filters and sort (issue 8 §9)", () => {
  it("searching the Groups list finds a group by a member's name and says “member: Bob”", async () => {
    const doc = documentOf({ users: { ...BUILTINS, Bob: {}, Alice: {} }, groups: { Vendeurs: { users: ["Bob"] }, Comptables: { users: ["Alice"] } } });
    await renderWithStore(<GroupsPage />, snapshotOf(doc));
    await userEvent.type(screen.getByRole("searchbox", { name: "Search — Groups" }), "bob");
    expect(labels()).toEqual(["Vendeurs"]);
    expect(screen.getByRole("option", { name: /^Vendeurs/ })).toHaveTextContent("member: Bob");
    expect(screen.getByRole("textbox", { name: "Group name" })).toHaveValue("Vendeurs");
  });

  it("filter chips on the Users list narrow the rows and say how many pass", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("WebClerk19"));
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    await userEvent.click(screen.getByRole("button", { name: "No password", pressed: false }));
    expect(labels().length).toBeGreaterThan(0);
    for (const option of screen.getAllByRole("option")) expect(option).toHaveTextContent("no password");
    expect(screen.getByRole("status")).toHaveTextContent(/of \d+ shown/);
    expect(screen.getByRole("button", { name: "Filters (1)" })).toBeInTheDocument();
  });

  it("the Groups chips: empty groups", async () => {
    const doc = documentOf({ users: { ...BUILTINS, Bob: {} }, groups: { Vendeurs: { users: ["Bob"] }, Vide: {} } });
    await renderWithStore(<GroupsPage />, snapshotOf(doc));
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    await userEvent.click(screen.getByRole("button", { name: "Empty" }));
    expect(labels()).toEqual(["Vide"]);
  });

  it("A–Z orders the view and leaves the file in its order", async () => {
    const doc = documentOf({ users: { ...BUILTINS, zed: {}, Bob: {}, alice: {} } });
    const { store } = await renderWithStore(<UsersPage />, snapshotOf(doc));
    const before = serializeDirectory(selectDraft(store.getState())!);
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    await userEvent.click(screen.getByRole("radio", { name: "A–Z" }));
    await waitFor(() => expect(labels()).toEqual(["Administrator", "alice", "Bob", "Designer", "zed"]));
    expect(serializeDirectory(selectDraft(store.getState())!)).toBe(before);
    expect(store.getState().cursor).toBe(0);
  });
});

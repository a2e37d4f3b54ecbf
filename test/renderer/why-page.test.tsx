// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseDirectory } from "../../shared/parse";
import { WhyPage } from "../../renderer/pages/why/why-page";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

function snapshotOfPlain(value: unknown) {
  const parsed = parseDirectory(JSON.stringify(value, null, "\t"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return snapshotOf(parsed.value.doc);
}

/** The rows of an answer section, as text. */
const rows = (section: string) =>
  within(screen.getByRole("region", { name: section }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

/** The row of a section that mentions `label`. */
const row = (section: string, label: string) => {
  const found = within(screen.getByRole("region", { name: section }))
    .getAllByRole("listitem")
    .find((li) => li.textContent?.includes(label));
  if (!found) throw new Error(`no row ${label} in ${section}: ${rows(section).join(" | ")}`);
  return found;
};

const FINANCE = {
  users: { designer: { password: "Kjg/94PRrUDafImXUuZYuw==", alias: "Designer" }, administrator: { alias: "Administrator" }, Bob: {}, Carol: {} },
  groups: { Accounting: { users: ["Bob"] }, Finances: { groups: ["Accounting"] }, Sales: { users: ["Carol"] } },
  remoteGranters: { write: "Finances", view: "Sales" },
  settings: { designAccessGroup: "Finances", remoteDefaultUser: "Carol" },
};

describe("Why page", () => {
  it("starts on the user selected on the Users page, and shows their groups with paths", async () => {
    const { store } = await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"));
    expect(screen.getByText(/Choose a user to see their groups/)).toBeInTheDocument();
    act(() => store.getState().selectUser("Louis"));
    expect(screen.getByRole("combobox", { name: "User" })).toHaveValue("Louis");
    expect(rows("Member of groups")).toEqual(["Engineers — direct member", "Secret — via Engineers"]);
  });

  it("miyako's Louis has the web licence via everybody, and what nobody has is greyed", async () => {
    const { store } = await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"));
    act(() => store.getState().selectUser("Louis"));
    expect(row("Licences", "4D Client Web")).toHaveTextContent("Has: 4D Client Web — everybody");
    expect(row("Licences", "4D Write")).toHaveTextContent("Does not have: 4D Write — not in the file: nobody has it");
    expect(row("Licences", "4D Write")).toHaveClass("why-lacks");
    expect(row("Access rights", "Design and Runtime Explorer access")).toHaveTextContent("Design and Runtime Explorer access — everybody");
    expect(row("Access rights", "All (data and structure)")).toHaveTextContent("SQL DEFAULT_SCHEMA: All (data and structure) — nobody has it");
    expect(row("Access rights", "Generic web user (local)")).toHaveTextContent("Generic web user (local) — set to Designer");
  });

  it("picking a user in the picker selects them, and the Designer always has Design access", async () => {
    const { store } = await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"));
    const user = userEvent.setup();
    await user.type(screen.getByRole("combobox", { name: "User" }), "desig");
    await user.click(await screen.findByRole("option", { name: /Designer/ }));
    expect(store.getState().selectedUser).toBe("Designer");
    expect(screen.getByRole("heading", { name: /Designer/, level: 3 })).toHaveTextContent("Designer");
    expect(row("Access rights", "Design and Runtime Explorer access")).toHaveTextContent("— always (Designer)");
    expect(row("Access rights", "Generic web user (local)")).toHaveTextContent("Has: Generic web user (local) — names this user");
  });

  it("a right held through nested groups names the whole path, and a lacking one names its holder", async () => {
    const { store } = await renderWithStore(<WhyPage />, snapshotOfPlain(FINANCE));
    act(() => store.getState().selectUser("Bob"));
    expect(row("Licences", "4D Write")).toHaveTextContent("4D Write — via Accounting ⊂ Finances");
    expect(row("Licences", "4D View")).toHaveTextContent("4D View — held by Sales");
    expect(row("Access rights", "Design and Runtime Explorer access")).toHaveTextContent("— via Accounting ⊂ Finances");
    expect(row("Access rights", "Default user")).toHaveTextContent("Default user — set to Carol");
    // Held rights come first.
    expect(rows("Licences")[0]).toContain("4D Write");
  });

  it("says when a selected user does not exist", async () => {
    const { store } = await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"));
    act(() => store.getState().selectUser("Ghost"));
    expect(screen.getByText("There is no user named Ghost in this file.")).toBeInTheDocument();
  });

  it("warns that access control is off while the Designer has no password", async () => {
    await renderWithStore(<WhyPage />, fixtureSnapshot("HDI_WebSocket_Server__Settings"));
    expect(screen.getByRole("note")).toHaveTextContent("Designer (the Designer) has no password, so 4D's access control is off");
  });

  it("has no such warning when the Designer has a password", async () => {
    await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"));
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("simulating a set of groups shows the licences a session with them would get", async () => {
    await renderWithStore(<WhyPage />, fixtureSnapshot("WebClerk19"));
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: "Simulate these groups (SET GROUP ACCESS)" }));
    expect(screen.getByText(/Tick the groups of a session/)).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Filter groups" }), "admin");
    await user.click(screen.getByRole("checkbox", { name: "AdminControl" }));
    expect(row("Member of groups", "AdminControl")).toHaveTextContent("AdminControl — direct member");
    expect(row("Licences", "4D Client Web")).toHaveTextContent("Has: 4D Client Web — via AdminControl");
    expect(row("Licences", "4D Client SOAP")).toHaveTextContent("— via AdminControl");
    expect(row("Licences", "4D Write")).toHaveTextContent("Does not have: 4D Write — held by 4D_Write");
    expect(row("Licences", "4D View")).toHaveTextContent("4D View — everybody");
    // A session is judged by its groups: settings that name a user are left out.
    expect(within(screen.getByRole("region", { name: "Access rights" })).queryByText(/Generic web user/)).toBeNull();
  });

  it("a simulated group counts its containing groups, and names given that are not groups are ignored", async () => {
    await renderWithStore(<WhyPage />, snapshotOfPlain(FINANCE));
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: "Simulate these groups (SET GROUP ACCESS)" }));
    await user.type(screen.getByRole("textbox", { name: "Group names" }), 'Accounting; "Ghost"');
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(screen.getByRole("checkbox", { name: "Accounting" })).toBeChecked();
    expect(screen.getByText("Ignored, as 4D ignores them (not groups of this file): Ghost")).toBeInTheDocument();
    expect(rows("Member of groups")).toEqual(["Accounting — direct member", "Finances — via Accounting"]);
    expect(row("Licences", "4D Write")).toHaveTextContent("4D Write — via Accounting ⊂ Finances");
    await user.click(screen.getByRole("button", { name: "Remove Ghost" }));
    expect(screen.queryByText(/Ignored, as 4D ignores them/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(screen.getByRole("checkbox", { name: "Accounting" })).not.toBeChecked();
  });

  it("speaks 4D's French words", async () => {
    const { store } = await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"), "fr");
    act(() => store.getState().selectUser("Designer"));
    expect(screen.getByRole("combobox", { name: "Utilisateur" })).toHaveValue("Designer");
    expect(rows("Membre des groupes")).toEqual(["Engineers — membre direct", "Staff — membre direct", "Secret — par Engineers"]);
    expect(row("Droits d'accès", "Accès à l'environnement de Développement")).toHaveTextContent("— toujours (Super_Utilisateur)");
    expect(screen.getByRole("radio", { name: "Simuler ces groupes (SET GROUP ACCESS)" })).toBeInTheDocument();
  });
});

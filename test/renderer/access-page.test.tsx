// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getObject, getString } from "../../shared/json";
import { parseDirectory } from "../../shared/parse";
import { AccessPage } from "../../renderer/pages/access/access-page";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { buildLargeDirectory } from "../helpers/large-directory";
import { renderWithStore } from "../helpers/render";

const DESIGN = "Design and Runtime Explorer access";

function draftObject(store: AppStore, ...path: string[]) {
  let object = selectDraft(store.getState())!.root;
  for (const key of path) {
    const next = getObject(object, key);
    if (!next) return undefined;
    object = next;
  }
  return object;
}

const setting = (store: AppStore, key: string) => {
  const settings = draftObject(store, "settings");
  return settings && getString(settings, key);
};

const sqlRight = (store: AppStore, schema: string, right: string) => {
  const rights = draftObject(store, "sqlSchemaGranters", schema);
  return rights && getString(rights, right);
};

/** Opens a picker by typing `search` in it, then clicks the option named `option`. */
async function choose(picker: string, option: string, search = option) {
  const user = userEvent.setup();
  const box = screen.getByRole("combobox", { name: picker });
  await user.clear(box);
  await user.type(box, search);
  await user.click(await screen.findByRole("option", { name: option }));
}

function snapshotOfText(text: string) {
  const parsed = parseDirectory(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return snapshotOf(parsed.value.doc);
}

describe("Access page", () => {
  it("changing the design access group writes the setting to the draft", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    expect(screen.getByRole("combobox", { name: DESIGN })).toHaveValue("Everybody");
    await choose(DESIGN, "Engineers", "engi");
    expect(setting(store, "designAccessGroup")).toBe("Engineers");
    expect(screen.getByRole("combobox", { name: DESIGN })).toHaveValue("Engineers");
  });

  it("choosing Nobody writes an empty string, and Nobody says who still has access", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    await userEvent.setup().click(within(screen.getByRole("combobox", { name: DESIGN }).parentElement!).getByRole("button"));
    const nobody = await screen.findByRole("option", { name: "Nobody" });
    expect(nobody).toHaveAccessibleDescription("only the Designer and Administrator");
    // The button shows every choice, not only those matching the current value.
    expect(screen.getByRole("option", { name: "Everybody" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Secret" })).toBeInTheDocument();
    await userEvent.setup().click(nobody);
    expect(setting(store, "designAccessGroup")).toBe("");
    expect(screen.getByRole("combobox", { name: DESIGN })).toHaveValue("Nobody");
  });

  it("undo puts the previous value back in the picker", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    await choose(DESIGN, "Staff");
    act(() => store.getState().undo());
    expect(await screen.findByRole("combobox", { name: DESIGN })).toHaveValue("Everybody");
    expect(setting(store, "designAccessGroup")).toBe("*");
  });

  it("typing without choosing, then leaving the field, keeps the value", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    const user = userEvent.setup();
    const design = screen.getByRole("combobox", { name: DESIGN });
    await user.clear(design);
    await user.type(design, "zzz");
    expect(await screen.findByText("Nothing matches “zzz”.")).toBeInTheDocument();
    await user.tab();
    expect(design).toHaveValue("Everybody");
    expect(store.getState().cursor).toBe(0);
  });

  it("user settings offer users and No user", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    const web = screen.getByRole("combobox", { name: "Generic web user (server)" });
    expect(web).toHaveValue("Designer");
    await choose("Generic web user (server)", "Zoé", "zoe");
    expect(setting(store, "remoteGenericWebUser")).toBe("Zoé");
    await choose("Generic web user (local)", "No user", "no user");
    expect(setting(store, "localGenericWebUser")).toBe("");
  });

  it("each SQL right of a schema has its own group picker", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    const sql = screen.getByRole("region", { name: "SQL server" });
    expect(within(sql).getByRole("combobox", { name: "DEFAULT_SCHEMA: Read only (data)" })).toHaveValue("Everybody");
    expect(within(sql).getByRole("combobox", { name: "DEFAULT_SCHEMA: All (data and structure)" })).toHaveValue("Nobody");
    await choose("DEFAULT_SCHEMA: All (data and structure)", "Engineers");
    await choose("DEFAULT_SCHEMA: Read/write (data)", "Staff");
    expect(sqlRight(store, "DEFAULT_SCHEMA", "allAccessGroup")).toBe("Engineers");
    expect(sqlRight(store, "DEFAULT_SCHEMA", "readWriteAccessGroup")).toBe("Staff");
    expect(sqlRight(store, "DEFAULT_SCHEMA", "readOnlyAccessGroup")).toBe("*");
  });

  it("a file with capitalised settings keys edits the capitalised key", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("HDI_WebSocket_Server__Settings"));
    const design = screen.getByRole("combobox", { name: DESIGN });
    expect(design).toHaveValue("Everybody");
    expect(design).toHaveAccessibleDescription(expect.stringContaining("Stored as DesignAccessGroup."));
    await choose(DESIGN, "Nobody");
    expect(setting(store, "DesignAccessGroup")).toBe("");
    expect(setting(store, "designAccessGroup")).toBeUndefined();
    await choose("Default user", "Administrator", "admin");
    expect(setting(store, "RemoteDefaultUser")).toBe("Administrator");
    expect(setting(store, "remoteDefaultUser")).toBeUndefined();
  });

  it("a key absent from the file shows 4D's default, and choosing a value creates it", async () => {
    const { store } = await renderWithStore(<AccessPage />, fixtureSnapshot("GoldenAltos"));
    const rest = screen.getByRole("combobox", { name: "REST read/write group (server)" });
    expect(rest).toHaveValue("");
    expect(rest).toHaveAttribute("placeholder", "Everybody (4D default)");
    expect(rest).toHaveAccessibleDescription(expect.stringContaining("Not in the file: 4D uses its default, Everybody."));
    expect(rest).toHaveAccessibleDescription(expect.stringContaining("formerly 4D Mobile"));
    await choose("REST read/write group (server)", "Everybody", "every");
    expect(setting(store, "remoteMobileAccessGroupRW")).toBe("*");
    expect(screen.getByRole("combobox", { name: "REST read/write group (server)" })).toHaveValue("Everybody");
  });

  it("a file without SQL rights shows DEFAULT_SCHEMA with 4D's defaults and creates it on change", async () => {
    const { store } = await renderWithStore(<AccessPage />, snapshotOfText('{\n\t"users": {}\n}'));
    const readOnly = screen.getByRole("combobox", { name: "DEFAULT_SCHEMA: Read only (data)" });
    expect(readOnly).toHaveAttribute("placeholder", "Everybody (4D default)");
    await choose("DEFAULT_SCHEMA: Read only (data)", "Nobody");
    expect(sqlRight(store, "DEFAULT_SCHEMA", "readOnlyAccessGroup")).toBe("");
  });

  it("a value naming a group that does not exist is flagged and kept until changed", async () => {
    const text = JSON.stringify(
      { users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" } }, groups: { Staff: {} }, settings: { designAccessGroup: "Sales", remoteDefaultUser: "Ghost" } },
      null,
      "\t",
    );
    const { store } = await renderWithStore(<AccessPage />, snapshotOfText(text));
    const design = screen.getByRole("combobox", { name: DESIGN });
    expect(design).toHaveValue("Sales");
    expect(design).toHaveAccessibleDescription(expect.stringContaining("Sales does not exist."));
    expect(screen.getByRole("combobox", { name: "Default user" })).toHaveAccessibleDescription(expect.stringContaining("There is no user named Ghost."));
    // Editing another setting leaves it as it is.
    await choose("REST read/write group (local)", "Staff");
    expect(setting(store, "designAccessGroup")).toBe("Sales");
    await choose(DESIGN, "Staff");
    expect(setting(store, "designAccessGroup")).toBe("Staff");
    expect(screen.getByRole("combobox", { name: DESIGN })).not.toHaveAccessibleDescription(expect.stringContaining("does not exist"));
  });

  it("a default user without a password gets the no-login-dialog note", async () => {
    await renderWithStore(<AccessPage />, fixtureSnapshot("GoldenAltos"));
    const note = "No login dialog: DefaultUser has no password, so 4D opens directly as DefaultUser.";
    expect(screen.getByRole("combobox", { name: "Default user" })).not.toHaveAccessibleDescription(expect.stringContaining(note));
    await choose("Default user", "DefaultUser", "defaultu");
    expect(screen.getByRole("combobox", { name: "Default user" })).toHaveAccessibleDescription(expect.stringContaining(note));
  });

  it("no note for a default user who has a password", async () => {
    await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"));
    await choose("Default user", "Louis");
    expect(screen.getByRole("combobox", { name: "Default user" })).not.toHaveAccessibleDescription(expect.stringContaining("No login dialog"));
  });

  it("unknown settings keys are listed read-only, kept as is", async () => {
    const text = JSON.stringify({ users: {}, settings: { designAccessGroup: "*", pluginThing: "on" } }, null, "\t");
    await renderWithStore(<AccessPage />, snapshotOfText(text));
    const other = screen.getByRole("region", { name: "Other settings" });
    expect(other).toHaveTextContent("pluginThing");
    expect(other).toHaveTextContent('"on"');
    expect(within(other).queryByRole("combobox")).toBeNull();
  });

  it("a picker over 16,000 groups shows the first matches and says how to narrow them", async () => {
    const doc = buildLargeDirectory({ users: 200, groups: 16000 });
    await renderWithStore(<AccessPage />, snapshotOf(doc));
    const user = userEvent.setup();
    await user.click(within(screen.getByRole("combobox", { name: DESIGN }).parentElement!).getByRole("button"));
    const list = await screen.findByRole("listbox");
    // Everybody, Nobody, then the first 100 groups by name (plus the current value if it is a group).
    expect(within(list).getAllByRole("option").length).toBeLessThanOrEqual(103);
    expect(screen.getByRole("status")).toHaveTextContent("Showing 100 of 16000: type to narrow the list.");
  });

  it("speaks 4D's French words", async () => {
    await renderWithStore(<AccessPage />, fixtureSnapshot("miyako"), "fr");
    const design = screen.getByRole("combobox", { name: "Accès à l'environnement de Développement et à l'Explorateur d'exécution" });
    expect(design).toHaveValue("Tout le monde");
    expect(screen.getByRole("region", { name: "Serveur HTTP" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Serveur REST" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Serveur SQL" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Utilisateur par défaut" })).toHaveValue("Aucun utilisateur");
    expect(screen.getByRole("combobox", { name: "DEFAULT_SCHEMA : Complet (Données et Structure)" })).toHaveValue("Personne");
  });
});

// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addUser } from "../../shared/edits";
import type { Snapshot } from "../../shared/ipc-contract";
import { parseDirectory } from "../../shared/parse";
import { Header } from "../../renderer/shell/header";
import { relativePath } from "../../renderer/shell/paths";
import { selectDirty } from "../../renderer/state/selectors";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

const ROOT = "/projects/Demo";
const DATA = `${ROOT}/Data/Settings/directory.json`;
const USER = `${ROOT}/Settings/directory.json`;

function located(location: Partial<Snapshot["location"]>): Snapshot {
  const base = fixtureSnapshot("miyako");
  return { ...base, location: { ...base.location, ...location } };
}

// Problems: a dangling member (error, group Staff), a long group name (warning), no Designer password (info).
function troubledSnapshot(): Snapshot {
  const parsed = parseDirectory(
    JSON.stringify({
      users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" }, Louis: {} },
      groups: { Staff: { users: ["Louis", "Ghost"] }, "A group name too long": { users: ["Louis"] } },
      settings: { designAccessGroup: "Missing" },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  return snapshotOf(parsed.value.doc);
}

describe("Header — which file", () => {
  it("names the project and the copy in force, relative to the project folder", async () => {
    await renderWithStore(<Header />, located({ inForce: { path: DATA, copy: "data", exists: true } }));
    expect(screen.getByRole("heading", { name: "Demo" })).toBeInTheDocument();
    expect(screen.getByText("Data/Settings/directory.json — in force")).toBeInTheDocument();
  });

  it("says a missing file is created on save", async () => {
    await renderWithStore(<Header />, located({ inForce: { path: USER, copy: "user", exists: false } }));
    expect(screen.getByText("Settings/directory.json — new file, created on save")).toBeInTheDocument();
  });

  it("warns that the user copy is shadowed by the data copy, and opens it on request", async () => {
    const { calls } = await renderWithStore(
      <Header />,
      located({ inForce: { path: DATA, copy: "data", exists: true }, shadowed: { path: USER, copy: "user" } }),
    );
    const note = screen.getByRole("note");
    expect(note).toHaveTextContent("Settings/directory.json exists but is shadowed by the data copy");
    await userEvent.click(within(note).getByRole("button", { name: "Open it instead" }));
    expect(calls.openProject?.at(-1)).toEqual({ target: ROOT, copy: "user" });
  });

  it("warns that edits to the user copy have no effect while the data copy exists", async () => {
    await renderWithStore(<Header />, located({ inForce: { path: USER, copy: "user", exists: true }, shadowed: { path: DATA, copy: "data" } }));
    expect(screen.getByRole("note")).toHaveTextContent("Data/Settings/directory.json exists and is the copy 4D uses");
  });

  it("shows no shadow notice when there is one copy", async () => {
    await renderWithStore(<Header />, located({}));
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("speaks French", async () => {
    await renderWithStore(<Header />, located({ inForce: { path: DATA, copy: "data", exists: true } }), "fr");
    expect(screen.getByText("Data/Settings/directory.json — en vigueur")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vérifier et enregistrer" })).toBeDisabled();
  });
});

describe("Header — history and save", () => {
  it("enables Undo, Revert and Review & Save only when there is something to undo or save", async () => {
    const { store } = await renderWithStore(<Header />, fixtureSnapshot("miyako"));
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Redo" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Review & Save" })).toBeDisabled();
    act(() => void store.getState().apply((doc) => addUser(doc, "Ada")));
    expect(await screen.findByRole("button", { name: "Undo" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Revert" })).toBeEnabled();
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(selectDirty(store.getState())).toBe(false);
    expect(screen.getByRole("button", { name: "Redo" })).toBeEnabled();
    await userEvent.click(screen.getByRole("button", { name: "Redo" }));
    expect(selectDirty(store.getState())).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Review & Save" }));
    expect(store.getState().dialog).toBe("review");
  });

  it("asks before reverting, and reverts only when confirmed", async () => {
    const { store } = await renderWithStore(<Header />, fixtureSnapshot("miyako"));
    act(() => void store.getState().apply((doc) => addUser(doc, "Ada")));
    await userEvent.click(await screen.findByRole("button", { name: "Revert" }));
    const ask = screen.getByRole("alertdialog", { name: "Revert to the saved file?" });
    await userEvent.click(within(ask).getByRole("button", { name: "Cancel" }));
    expect(selectDirty(store.getState())).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Revert" }));
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Revert" }));
    expect(selectDirty(store.getState())).toBe(false);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});

describe("Header — problems", () => {
  it("counts errors and warnings, once the file just opened is checked (after its first paint)", async () => {
    await renderWithStore(<Header />, troubledSnapshot());
    expect(screen.getByRole("button", { name: "Problems: Checking…" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Problems: 2 errors, 1 warning" })).toBeInTheDocument();
  });

  it("says when there is nothing wrong", async () => {
    await renderWithStore(<Header />, fixtureSnapshot("miyako"));
    expect(await screen.findByRole("button", { name: /^Problems: No problems$/ })).toBeInTheDocument();
  });

  it("lists the problems by severity, in sentences, and opens what a problem is about", async () => {
    const { store } = await renderWithStore(<Header />, troubledSnapshot());
    await userEvent.click(await screen.findByRole("button", { name: /^Problems: 2 errors/ }));
    const dialog = screen.getByRole("dialog", { name: "Problems" });
    const errors = within(within(dialog).getByRole("region", { name: "Errors" }));
    expect(within(dialog).getByRole("region", { name: "Warnings" })).toHaveTextContent("more than the 15 4D's editor accepts");
    expect(within(dialog).getByRole("region", { name: "Notes" })).toHaveTextContent("4D's access control is off");

    await userEvent.click(errors.getByRole("button", { name: 'Group "Staff" lists user "Ghost", who does not exist: remove it or create the user.' }));
    expect(store.getState().page).toBe("groups");
    expect(store.getState().selectedGroup).toBe("Staff");
    expect(screen.queryByRole("dialog")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: /^Problems:/ }));
    await userEvent.click(screen.getByRole("button", { name: /^Access setting “Design and Runtime Explorer access” names group "Missing"/ }));
    expect(store.getState().page).toBe("access");

    await userEvent.click(screen.getByRole("button", { name: /^Problems:/ }));
    await userEvent.click(screen.getByRole("button", { name: /^The Designer \("Designer"\) has no password/ }));
    expect(store.getState().page).toBe("users");
    expect(store.getState().selectedUser).toBe("Designer");
  });
});

describe("relativePath", () => {
  it("shows a path inside the project relative to it, with the path's own separators", () => {
    expect(relativePath("/p/Demo/Data/Settings/directory.json", "/p/Demo")).toBe("Data/Settings/directory.json");
    expect(relativePath("C:\\4D\\Demo\\Settings\\directory.json", "C:\\4D\\Demo\\")).toBe("Settings\\directory.json");
    expect(relativePath("/p/Demo2/Settings/directory.json", "/p/Demo")).toBe("/p/Demo2/Settings/directory.json");
    expect(relativePath("/lone/directory.json", undefined)).toBe("/lone/directory.json");
  });
});

// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelOf } from "../../shared/model";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { passwordNotes } from "../../renderer/pages/users/password-notes";
import { estimatePassword } from "../../renderer/pages/users/password-strength";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";

const user = (store: AppStore, name: string) => modelOf(selectDraft(store.getState())!).userByName.get(name)!;
const choose = (name: string) => userEvent.click(screen.getByRole("option", { name: rowName(name) }));
const openDialog = async () => {
  await userEvent.click(screen.getByRole("button", { name: "Edit password…" }));
  return screen.getByRole("dialog");
};
const typePasswords = async (dialog: HTMLElement, first: string, second: string) => {
  await userEvent.type(within(dialog).getByLabelText("New password"), first);
  await userEvent.type(within(dialog).getByLabelText("Confirm password"), second);
};

describe("Users page — password", () => {
  it("shows the form of the password in use, never the hash", async () => {
    const { container } = await renderWithStore(<UsersPage />, fixtureSnapshot("qodly"));
    await choose("al");
    expect(screen.getByText("bcrypt (4D v19 R3 and later)")).toBeInTheDocument();
    expect(container.innerHTML).not.toContain("$2b$10$");
    await choose("Designer Designer");
    expect(screen.getByText("No password")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Clear password" })).not.toBeInTheDocument();
  });

  it("refuses mismatched entries", async () => {
    const { calls } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    const dialog = await openDialog();
    await typePasswords(dialog, "tulipe", "tulipes");
    expect(within(dialog).getByLabelText("Confirm password")).toHaveAccessibleDescription("The two entries differ: type the same password twice.");
    const ok = within(dialog).getByRole("button", { name: "OK" });
    expect(ok).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText("Confirm password"), "{Enter}");
    expect(calls.preparePassword).toBeUndefined();
  });

  it("hashes in main with the chosen form and keeps no trace of the password", async () => {
    const { store, calls } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    const dialog = await openDialog();
    await typePasswords(dialog, "Secr3t-tulipe", "Secr3t-tulipe");
    await userEvent.click(within(dialog).getByRole("radio", { name: "Legacy — older 4D" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "OK" }));
    expect(calls.preparePassword).toEqual([{ password: "(hidden)", form: "legacy" }]);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(user(store, "Louis").password).toBe("legacy");
    expect(store.getState().history.at(-1)?.change.code).toBe("user.password-changed");
    expect(JSON.stringify(store.getState())).not.toContain("Secr3t-tulipe");
    expect(document.body.innerHTML).not.toContain("Secr3t-tulipe");
    // Opened again, the dialog starts empty.
    const again = await openDialog();
    expect(within(again).getByLabelText("New password")).toHaveValue("");
  });

  it("offers bcrypt by default and confirms with Enter", async () => {
    const { store, calls } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Zoé");
    const dialog = await openDialog();
    expect(within(dialog).getByRole("radio", { name: "bcrypt — 4D v19 R3 and later (recommended)" })).toBeChecked();
    expect(within(dialog).getByText(/No other password in this file uses bcrypt yet/)).toBeInTheDocument();
    await typePasswords(dialog, "zebra-42-Zoo", "zebra-42-Zoo{Enter}");
    expect(calls.preparePassword).toEqual([{ password: "(hidden)", form: "bcrypt" }]);
    expect(user(store, "Zoé").password).toBe("bcrypt");
  });

  it("warns past 15 characters and past bcrypt's 72 bytes, without refusing", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    const dialog = await openDialog();
    const long = "é".repeat(40);
    await typePasswords(dialog, long, long);
    expect(within(dialog).getByText(/Longer than 15 characters: 4D's own password editor stops at 15/)).toBeInTheDocument();
    expect(within(dialog).getByText(/bcrypt ignores everything after the 72nd byte/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "OK" })).toBeEnabled();
  });

  it("tells that setting the Designer's first password starts access control", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("Mobile-App"));
    expect(screen.getByText(/The Designer has no password, so 4D's access control is off: anyone/)).toBeInTheDocument();
    const dialog = await openDialog();
    expect(within(dialog).getByText(/Setting one turns it on: this is the moment access control starts/)).toBeInTheDocument();
  });

  it("asks before clearing the Designer's password", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await userEvent.click(screen.getByRole("button", { name: "Clear password" }));
    const alert = screen.getByRole("alertdialog", { name: "Clear the password of Designer, the Designer?" });
    expect(within(alert).getByText(/4D's access control is off/)).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole("button", { name: "Cancel" }));
    expect(user(store, "Designer").password).toBe("legacy");

    await userEvent.click(screen.getByRole("button", { name: "Clear password" }));
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Clear password" }));
    expect(user(store, "Designer").password).toBe("none");
    expect(screen.getByText("No password")).toBeInTheDocument();
  });

  it("clears another user's password at once (undoable)", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Peter");
    await userEvent.click(screen.getByRole("button", { name: "Clear password" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(user(store, "Peter").password).toBe("none");
    act(() => store.getState().undo());
    expect(user(store, "Peter").password).toBe("legacy");
  });
});

describe("Users page — startup method", () => {
  const field = () => screen.getByRole("textbox", { name: "Startup method" });

  it("sets the startup method on Enter and removes it when emptied", async () => {
    const { store } = await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    await userEvent.type(field(), "OnLouis{Enter}");
    expect(user(store, "Louis").startupMethod).toBe("OnLouis");
    await userEvent.clear(field());
    await userEvent.tab();
    expect(user(store, "Louis").startupMethod).toBeUndefined();
  });

  it("flags a method the project does not have, when the project's methods are known", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako", { methods: ["Startup", "OnWebAuth"] }));
    await choose("Louis");
    await userEvent.type(field(), "OnLouis{Enter}");
    expect(field()).toHaveAccessibleDescription("No project method named OnLouis in Project/Sources/Methods.");
    await userEvent.clear(field());
    await userEvent.type(field(), "startup{Enter}");
    expect(field()).not.toHaveAccessibleDescription(/No project method/);
  });

  it("does not guess when the project's methods are unknown", async () => {
    await renderWithStore(<UsersPage />, fixtureSnapshot("miyako"));
    await choose("Louis");
    await userEvent.type(field(), "OnLouis{Enter}");
    expect(field()).toHaveAccessibleDescription("Runs when this user logs in. Leave empty for none.");
  });
});

describe("password notes", () => {
  it("rates strength with zxcvbn-ts, the user's and the project's names penalised", async () => {
    expect((await estimatePassword("abc", [], "en")).strength).toBe("weak");
    expect((await estimatePassword("abcdefg1", [], "en")).strength).toBe("weak");
    expect((await estimatePassword("correct horse battery staple", [], "en")).strength).toBe("strong");
    const own = await estimatePassword("Sjohnson2024", ["SJohnson", "Invoices"], "en");
    expect(own.strength).toBe("weak");
    expect(own.warning).toMatch(/personal/);
    expect((await estimatePassword("Sjohnson2024", ["SJohnson"], "fr")).warning).toMatch(/personnelles/);
  });

  it("counts bcrypt's limit in UTF-8 bytes, and only for bcrypt", () => {
    expect(passwordNotes("a".repeat(72), "bcrypt")).toEqual(["editor-limit"]);
    expect(passwordNotes("é".repeat(37), "bcrypt")).toEqual(["editor-limit", "bcrypt-bytes"]);
    expect(passwordNotes("é".repeat(37), "legacy")).toEqual(["editor-limit", "legacy-non-ascii"]);
    expect(passwordNotes("a".repeat(15), "bcrypt")).toEqual([]);
  });
});

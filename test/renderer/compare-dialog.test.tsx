// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import type { Snapshot } from "../../shared/ipc-contract";
import { ok } from "../../shared/result";
import { serializeDirectory } from "../../shared/serialize";
import { createI18n } from "../../renderer/i18n";
import { Header } from "../../renderer/shell/header";
import { StoreProvider } from "../../renderer/state/context";
import { selectChanges, selectDraft } from "../../renderer/state/selectors";
import { createAppStore } from "../../renderer/state/store";
import { documentFromText } from "../helpers/documents";
import { fakeApi, snapshotOf } from "../helpers/fake-api";
import { driftedCopies } from "../helpers/two-copies";

const ROOT = "/projects/Demo";
const DATA = `${ROOT}/Data/Settings/directory.json`;
const USER = `${ROOT}/Settings/directory.json`;

async function openUserCopy(lang: "en" | "fr" = "en") {
  const { data, user } = driftedCopies();
  const base = snapshotOf(documentFromText(user));
  const snapshot: Snapshot = {
    ...base,
    location: { ...base.location, projectRoot: ROOT, userPath: USER, dataPath: DATA, inForce: { path: USER, copy: "user", exists: true }, shadowed: { path: DATA, copy: "data" } },
  };
  const fake = fakeApi(snapshot, {
    compareWith: async () => ok({ path: DATA, copy: "data", document: documentFromText(data), hints: { "password:Marc Olivier": { newer: "b", by: "backups" } } }),
  });
  const store = createAppStore(fake.api);
  await store.getState().open(ROOT);
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <StoreProvider store={store}>
        <Header />
      </StoreProvider>
    </I18nextProvider>,
  );
  return { store, data };
}

describe("Comparison with the other copy", () => {
  it("lists the three differences next to the shadowed-copy notice, and takes them as ordinary edits", async () => {
    const { store, data } = await openUserCopy();
    await userEvent.click(within(screen.getByRole("note")).getByRole("button", { name: "Compare with the other copy" }));
    const dialog = await screen.findByRole("dialog", { name: "Compare with Data/Settings/directory.json" });
    const list = within(dialog).getByRole("grid", { name: "Differences with the data copy" });
    expect(within(list).getAllByRole("row").map((r) => r.textContent)).toEqual([
      "User Lucía Fernández: only in the data copy (member of Support)",
      "User Marc Olivier: password differs (legacy form here, legacy form in the data copy)the data copy is newer (its backups hold the other password)",
      "User Zoé Dubois in group Accounting: only in this copy",
    ]);
    expect(within(dialog).getByText("3 differences")).toBeInTheDocument();

    await userEvent.click(within(within(list).getAllByRole("row")[1]!).getByRole("checkbox"));
    await userEvent.click(within(dialog).getByRole("button", { name: "Take selected (1)" }));
    expect(selectChanges(store.getState()).map((c) => c.message)).toEqual(["changed the password of Marc Olivier"]);
    expect(within(list).getAllByRole("row")).toHaveLength(2);

    await userEvent.click(within(dialog).getByRole("button", { name: "Take all" }));
    expect(selectChanges(store.getState()).map((c) => c.code)).toEqual(["user.password-changed", "compare.user-taken", "member.removed"]);
    expect(within(dialog).getByRole("status")).toHaveTextContent("No differences: this copy and the data copy give the same rights to the same people.");
    expect(serializeDirectory(selectDraft(store.getState())!)).toBe(data);

    // Undo takes back one difference at a time.
    act(() => store.getState().undo());
    expect(await within(dialog).findByText("1 difference")).toBeInTheDocument();
  });

  it("speaks French with 4D's words", async () => {
    await openUserCopy("fr");
    await userEvent.click(screen.getByRole("button", { name: "Comparer avec l'autre copie" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Utilisateur Zoé Dubois dans le groupe Accounting : seulement dans cette copie")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Tout reprendre" })).toBeInTheDocument();
  });
});

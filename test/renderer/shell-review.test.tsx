// @vitest-environment jsdom
import { act, getDefaultNormalizer, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addMember, addUser, giveLicence, renameUser } from "../../shared/edits";
import { modelOf } from "../../shared/model";
import { fail } from "../../shared/result";
import { Header } from "../../renderer/shell/header";
import { NoticeBar } from "../../renderer/shell/notice-bar";
import { diffDocuments } from "../../renderer/shell/document-diff";
import { selectDirty, selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

function Shell() {
  return (
    <>
      <Header />
      <NoticeBar />
    </>
  );
}

function edit(store: AppStore) {
  act(() => {
    store.getState().apply((doc) => renameUser(doc, "Louis", "Lou"));
    store.getState().apply((doc) => addMember(doc, "Staff", { group: "Secret" }));
    store.getState().apply((doc) => giveLicence(doc, "write", "Staff"));
  });
}

// Diff lines are compared as written: tabs and all.
const raw = { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) };

const openReview = async () => {
  await userEvent.click(screen.getByRole("button", { name: "Review & Save" }));
  return screen.getByRole("dialog", { name: "Review changes to Settings/directory.json" });
};

describe("Review before save", () => {
  it("reads like a change log, one translated line per edit, oldest first", async () => {
    const { store } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    edit(store);
    const dialog = await openReview();
    const lines = within(within(dialog).getByRole("list", { name: "Changes" })).getAllByRole("listitem");
    expect(lines.map((l) => l.textContent)).toEqual([
      "renamed user Louis → Lou (1 reference updated)",
      "added group Secret to Staff",
      "gave 4D Write to Staff (was Nobody)",
    ]);
  });

  it("reads in French", async () => {
    const { store } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"), "fr");
    edit(store);
    await userEvent.click(screen.getByRole("button", { name: "Vérifier et enregistrer" }));
    const dialog = screen.getByRole("dialog", { name: "Vérifier les modifications de Settings/directory.json" });
    expect(within(dialog).getByText("ajout du groupe Secret au groupe Staff")).toBeInTheDocument();
  });

  it("shows the text diff on request: removed and added lines of directory.json", async () => {
    const { store } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    edit(store);
    const dialog = await openReview();
    expect(within(dialog).queryByRole("region", { name: "Text diff of directory.json" })).toBeNull();
    await userEvent.click(within(dialog).getByRole("button", { name: "Show text diff" }));
    const diff = within(dialog).getByRole("region", { name: "Text diff of directory.json" });
    expect(within(diff).getByText('-\t\t"Louis": {', raw)).toHaveClass("diff-del");
    expect(within(diff).getByText('+\t\t"Lou": {', raw)).toHaveClass("diff-add");
    expect(within(diff).getByText('+\t\t"write": "Staff"', raw)).toHaveClass("diff-add");
    expect(within(diff).getAllByText(/^@@ -\d+,\d+ \+\d+,\d+ @@$/).length).toBeGreaterThan(0);
  });

  it("saves: the draft goes to main, a notice says so, the dialog closes", async () => {
    const { store, calls } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    edit(store);
    const draft = selectDraft(store.getState());
    const dialog = await openReview();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(calls.save).toEqual([{ draft, revision: "a".repeat(64), force: false }]);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Saved Settings/directory.json");
    expect(selectDirty(store.getState())).toBe(false);
  });

  it("Cancel closes without saving", async () => {
    const { store, calls } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    edit(store);
    const dialog = await openReview();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(calls.save).toBeUndefined();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(selectDirty(store.getState())).toBe(true);
  });

  it("a save refused because the file changed on disk hands over to the conflict banner", async () => {
    const { store, api } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    Object.assign(api, { save: async () => fail("changed-on-disk", "The file changed since it was opened.") });
    edit(store);
    const dialog = await openReview();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("alert")).toHaveTextContent("directory.json changed on disk (by 4D, git or another editor) while you have unsaved changes.");
  });

  it("another save failure is said in the dialog, which stays open", async () => {
    const { store, api } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    const denied = fail("permission-denied", "Could not save.", { path: "/projects/Demo/Settings/directory.json", errno: "EACCES" });
    Object.assign(api, { save: async () => denied });
    edit(store);
    const dialog = await openReview();
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("permission denied. Check the permissions of the file and its folder.");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });
});

describe("Compare (conflict)", () => {
  it("diffs the file on disk against the draft, and overwrites on request", async () => {
    const disk = fixtureSnapshot("miyako");
    const { store, api, calls } = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    // On disk someone added a user Bob; here Louis became Lou.
    expect(modelOf(disk.document).userByName.has("Bob")).toBe(false);
    const bob = addUser(disk.document, "Bob");
    if (!bob.ok) throw new Error("setup");
    Object.assign(api, { readDisk: async () => ({ ok: true, value: { ...disk, document: bob.value.doc } }) });
    act(() => void store.getState().apply((doc) => renameUser(doc, "Louis", "Lou")));
    await act(() => store.getState().diskChanged("c".repeat(64)));

    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    const dialog = screen.getByRole("dialog", { name: "Your version compared with Settings/directory.json on disk" });
    const diff = within(dialog).getByRole("region", { name: "Text diff of directory.json" });
    expect(within(diff).getByText('-\t\t"Bob": {}', raw)).toHaveClass("diff-del");
    expect(within(diff).getByText('+\t\t"Lou": {', raw)).toHaveClass("diff-add");

    await userEvent.click(within(dialog).getByRole("button", { name: "Overwrite the file on disk" }));
    expect(calls.save?.[0]?.force).toBe(true);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(store.getState().comparison).toBeNull();
  });
});

describe("diffDocuments", () => {
  it("is empty for the same document and gives hunks with context otherwise", () => {
    const doc = fixtureSnapshot("miyako").document;
    expect(diffDocuments(doc, doc)).toEqual([]);
    const renamed = renameUser(doc, "Zoé", "Zoe");
    if (!renamed.ok) throw new Error("setup");
    const lines = diffDocuments(doc, renamed.value.doc)!;
    expect(lines.filter((l) => l.kind === "del").map((l) => l.text)).toEqual(['-\t\t"Zoé": {']);
    expect(lines.filter((l) => l.kind === "add").map((l) => l.text)).toEqual(['+\t\t"Zoe": {']);
    expect(lines.filter((l) => l.kind === "context")).toHaveLength(6);
  });
});

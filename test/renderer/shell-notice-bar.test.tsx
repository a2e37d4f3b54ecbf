// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addMember, addUser, renameUser } from "../../shared/edits";
import { fail } from "../../shared/result";
import { Header } from "../../renderer/shell/header";
import { INFO_NOTICE_MS, NoticeBar } from "../../renderer/shell/notice-bar";
import { selectDirty } from "../../renderer/state/selectors";
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

const refuseCycle = (store: AppStore) => act(() => void store.getState().apply((doc) => addMember(doc, "Engineers", { group: "Secret" })));

describe("Notice bar — refusals and confirmations", () => {
  it("says a refusal in a sentence, in the interface language", async () => {
    const { store } = await renderWithStore(<NoticeBar />, fixtureSnapshot("miyako"), "fr");
    refuseCycle(store);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Secret contient déjà Engineers, donc Engineers ne peut pas contenir Secret (Secret → Engineers → Secret).",
    );
  });

  it("is dismissable", async () => {
    const { store } = await renderWithStore(<NoticeBar />, fixtureSnapshot("miyako"));
    refuseCycle(store);
    await userEvent.click(within(screen.getByRole("alert")).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(store.getState().notice).toBeNull();
  });

  it("drops a refusal once a later edit makes it stale", async () => {
    const { store } = await renderWithStore(<NoticeBar />, fixtureSnapshot("miyako"));
    refuseCycle(store);
    act(() => void store.getState().apply((doc) => addUser(doc, "Ada")));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows an edit that changes nothing quietly, not as an error", async () => {
    const { store } = await renderWithStore(<NoticeBar />, fixtureSnapshot("miyako"));
    act(() => void store.getState().apply((doc) => renameUser(doc, "Louis", "Louis")));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Nothing to change: it is already so.");
  });

  it("lets an information fade after a few seconds", async () => {
    const { store } = await renderWithStore(<NoticeBar />, fixtureSnapshot("miyako"));
    vi.useFakeTimers();
    try {
      act(() => store.getState().notify({ kind: "info", text: "Saved Settings/directory.json" }));
      expect(screen.getByRole("status")).toHaveTextContent("Saved Settings/directory.json");
      act(() => {
        vi.advanceTimersByTime(INFO_NOTICE_MS - 100);
      });
      expect(screen.getByRole("status")).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(screen.queryByRole("status")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows a save failure with its message until dismissed", async () => {
    const { store, api } = await renderWithStore(<NoticeBar />, fixtureSnapshot("miyako"));
    Object.assign(api, { save: async () => fail("disk-full", "Could not save.", { path: "/p/directory.json", errno: "ENOSPC" }) });
    act(() => void store.getState().apply((doc) => addUser(doc, "Ada")));
    await act(() => store.getState().save());
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent('Not saved. "/p/directory.json" cannot be written: the disk is full.');
    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("Notice bar — the file changed on disk while there are unsaved edits", () => {
  async function conflicted() {
    const rendered = await renderWithStore(<Shell />, fixtureSnapshot("miyako"));
    act(() => void rendered.store.getState().apply((doc) => addUser(doc, "Ada")));
    await act(() => rendered.store.getState().diskChanged("c".repeat(64)));
    return rendered;
  }

  it("raises the banner with Reload, Compare and Overwrite", async () => {
    await conflicted();
    const banner = screen.getByRole("alert");
    expect(banner).toHaveTextContent("directory.json changed on disk (by 4D, git or another editor) while you have unsaved changes.");
    for (const name of ["Reload", "Compare", "Overwrite"]) expect(within(banner).getByRole("button", { name })).toBeInTheDocument();
  });

  it("Reload asks first, then discards the edits and reads the file again", async () => {
    const { store, calls } = await conflicted();
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    const ask = screen.getByRole("alertdialog", { name: "Reload from disk?" });
    expect(calls.reload).toBeUndefined();
    await userEvent.click(within(ask).getByRole("button", { name: "Reload and discard mine" }));
    expect(calls.reload).toHaveLength(1);
    expect(selectDirty(store.getState())).toBe(false);
    expect(store.getState().conflict).toBeNull();
  });

  it("Overwrite saves with force and says so", async () => {
    const { calls, store } = await conflicted();
    await userEvent.click(screen.getByRole("button", { name: "Overwrite" }));
    expect(calls.save?.[0]?.force).toBe(true);
    expect(store.getState().conflict).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Saved Settings/directory.json");
  });

  it("Compare opens the review in compare mode", async () => {
    const { calls } = await conflicted();
    await userEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(calls.readDisk).toHaveLength(1);
    expect(screen.getByRole("dialog", { name: "Your version compared with Settings/directory.json on disk" })).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import { addUser } from "../../shared/edits";
import { STATUS_REFRESH_MS, StatusLine, timeAgo } from "../../renderer/shell/status-line";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { buildLargeDirectory } from "../helpers/large-directory";
import { renderWithStore } from "../helpers/render";

const status = (name = "Status") => screen.getByRole("contentinfo", { name });

describe("Status line", () => {
  it("counts the users and groups", async () => {
    await renderWithStore(<StatusLine />, fixtureSnapshot("miyako"));
    expect(status()).toHaveTextContent(/^13 users · 3 groups$/);
  });

  it("formats large counts the way the language writes numbers", async () => {
    const snapshot = snapshotOf(buildLargeDirectory({ users: 1413, groups: 193 }));
    await renderWithStore(<StatusLine />, snapshot);
    expect(status()).toHaveTextContent("1,415 users · 193 groups");
  });

  it("speaks French, with French digit grouping", async () => {
    const snapshot = snapshotOf(buildLargeDirectory({ users: 1413, groups: 1, depth: 1 }));
    await renderWithStore(<StatusLine />, snapshot, "fr");
    expect(status("État").textContent).toContain(`${new Intl.NumberFormat("fr").format(1415)} utilisateurs · 1 groupe`);
  });

  it("says how long ago the file was saved, and keeps it current", async () => {
    vi.useFakeTimers({ now: new Date("2025-03-01T10:00:00Z"), toFake: ["Date", "setInterval", "clearInterval"] });
    try {
      const savedAt = Date.now() - 2 * 60_000;
      await renderWithStore(<StatusLine />, fixtureSnapshot("miyako", { savedAt }));
      expect(status()).toHaveTextContent("13 users · 3 groups · saved 2 minutes ago");
      act(() => {
        vi.advanceTimersByTime(2 * STATUS_REFRESH_MS);
      });
      expect(status()).toHaveTextContent("saved 3 minutes ago");
    } finally {
      vi.useRealTimers();
    }
  });

  it("says Edited while there are unsaved changes", async () => {
    const { store } = await renderWithStore(<StatusLine />, fixtureSnapshot("miyako"));
    expect(status()).not.toHaveTextContent("Edited");
    act(() => void store.getState().apply((doc) => addUser(doc, "Ada")));
    expect(status()).toHaveTextContent("14 users · 3 groupsEdited");
  });
});

describe("timeAgo", () => {
  it("says just now, then minutes, hours and days", () => {
    expect(timeAgo(20_000, "en", "just now")).toBe("just now");
    expect(timeAgo(60_000, "en", "just now")).toBe("1 minute ago");
    expect(timeAgo(90 * 60_000, "en", "just now")).toBe("1 hour ago");
    expect(timeAgo(26 * 3_600_000, "en", "just now")).toBe("yesterday");
    expect(timeAgo(5 * 60_000, "fr", "à l'instant")).toBe("il y a 5 minutes");
  });
});

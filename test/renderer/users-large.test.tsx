// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelOf } from "../../shared/model";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { selectDraft } from "../../renderer/state/selectors";
import { mockElementSize } from "../helpers/dom";
import { snapshotOf } from "../helpers/fake-api";
import { buildLargeDirectory } from "../helpers/large-directory";
import { renderWithStore } from "../helpers/render";

let restore: () => void;
beforeEach(() => (restore = mockElementSize(1200, 800)));
afterEach(() => restore());

describe("Users page — 16,000 users and 16,000 groups", () => {
  const doc = buildLargeDirectory();

  it("draws a window of rows and of group boxes, and still edits", async () => {
    const { store } = await renderWithStore(<UsersPage />, snapshotOf(doc));
    const list = screen.getByRole("listbox", { name: "Users" });
    const options = within(list).getAllByRole("option");
    expect(options.length).toBeLessThan(100);
    // A listbox that draws a window still tells a screen reader each row's place in the whole list.
    expect(options[0]).toHaveAttribute("aria-posinset", "1");
    expect(options[0]).toHaveAttribute("aria-setsize", "16000");
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    // Roving focus: End selects the last of 16,000 rows, draws it and focuses it.
    options[0]!.focus();
    await userEvent.keyboard("{End}");
    const last = within(list).getByRole("option", { name: "user-15997" });
    expect(last).toHaveAttribute("aria-selected", "true");
    expect(last).toHaveAttribute("aria-posinset", "16000");
    await waitFor(() => expect(last).toHaveFocus());
    // "Member of" draws a window too: a screenful of its 16,000 boxes.
    expect(screen.getAllByRole("checkbox").length).toBeLessThan(60);

    await userEvent.type(screen.getByRole("searchbox", { name: "Search — Users" }), "user-15997");
    await userEvent.click(screen.getByRole("option", { name: "user-15997" }));
    const direct = modelOf(doc).groups.filter((g) => g.users.includes("user-15997")).map((g) => g.name);
    expect(direct.length).toBeGreaterThan(0);
    for (const name of direct) expect(screen.getByRole("checkbox", { name })).toBeChecked();

    await userEvent.type(screen.getByRole("searchbox", { name: "Filter groups" }), "Division-7");
    await userEvent.click(screen.getByRole("checkbox", { name: "Division-7" }));
    expect(modelOf(selectDraft(store.getState())!).groupByName.get("Division-7")?.users).toContain("user-15997");
  }, 60_000);
});

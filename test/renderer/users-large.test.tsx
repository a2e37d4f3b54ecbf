// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
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

  it("draws a window of rows and at most 300 group boxes, and still edits", async () => {
    const { store } = await renderWithStore(<UsersPage />, snapshotOf(doc));
    const list = screen.getByRole("listbox", { name: "Users" });
    expect(within(list).getAllByRole("option").length).toBeLessThan(100);
    expect(screen.getAllByRole("checkbox")).toHaveLength(300);

    await userEvent.type(screen.getByRole("searchbox", { name: "Search — Users" }), "user-15997");
    await userEvent.click(screen.getByRole("option", { name: "user-15997" }));
    const direct = modelOf(doc).groups.filter((g) => g.users.includes("user-15997")).map((g) => g.name);
    expect(direct.length).toBeGreaterThan(0);
    for (const name of direct) expect(screen.getByRole("checkbox", { name })).toBeChecked();

    await userEvent.type(screen.getByRole("searchbox", { name: "Filter groups" }), "Division-7");
    await userEvent.click(screen.getByRole("checkbox", { name: "Division-7" }));
    expect(modelOf(selectDraft(store.getState())!).groupByName.get("Division-7")?.users).toContain("user-15997");
  });
});

// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { WhyPage } from "../../renderer/pages/why/why-page";
import { fixtureSnapshot } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

describe("the 4D code that does the same at run time (issue 8 §10)", () => {
  it("each licence row shows its constant and copies its SET PLUGIN ACCESS line for the group", async () => {
    const user = userEvent.setup();
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    store.getState().selectGroup("Engineers");
    expect(await screen.findByText("4D Write license = 808464697")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy — 4D Write" }));
    expect(await navigator.clipboard.readText()).toBe('SET PLUGIN ACCESS(4D Write license; "Engineers")');
    expect(screen.getAllByRole("status").some((s) => s.textContent === `Copied: SET PLUGIN ACCESS(4D Write license; "Engineers")`)).toBe(true);
  });

  it("the simulation offers the SET GROUP ACCESS call for the groups chosen", async () => {
    const user = userEvent.setup();
    await renderWithStore(<WhyPage />, fixtureSnapshot("miyako"));
    await user.click(screen.getByRole("radio", { name: /Simulate/ }));
    const groups = screen.getByRole("group", { name: /groups/i });
    await user.click(within(groups).getByRole("checkbox", { name: "Staff" }));
    await user.click(within(groups).getByRole("checkbox", { name: "Secret" }));
    expect(screen.getByText('SET GROUP ACCESS(New collection("Staff"; "Secret"))')).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy — SET GROUP ACCESS" }));
    expect(await navigator.clipboard.readText()).toBe('SET GROUP ACCESS(New collection("Staff"; "Secret"))');
  });
});

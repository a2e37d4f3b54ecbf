// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Header } from "../../renderer/shell/header";
import { BUILTINS, documentOf } from "../helpers/documents";
import { snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

// Issue 9: a real 1,415-user file showed 63 warnings, all "group name longer than 15
// characters" on names 4D itself wrote — a wall of noise hiding what matters.
const groups = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`Department of things ${i}`, {}]));
const doc = documentOf({ users: { ...BUILTINS, Bob: {} }, groups: { ...groups, Staff: { users: ["Ghost"] } } });

describe("problems list — repeated notes grouped, kinds hidden per project", () => {
  it("says 12 long group names in one line that opens to the list", async () => {
    await renderWithStore(<Header />, snapshotOf(doc));
    await userEvent.click(screen.getByRole("button", { name: /^Problems:/ }));
    const warnings = within(screen.getByRole("region", { name: "Warnings" }));
    const line = warnings.getByRole("button", { name: "12 group names longer than 15 characters — 4D reads them; its editor cannot type them" });
    expect(warnings.queryByRole("button", { name: /^Group "Department of things 0" has \d+ characters/ })).toBeNull();
    await userEvent.click(line);
    expect(warnings.getByRole("button", { name: /^Group "Department of things 0" has \d+ characters/ })).toBeInTheDocument();
  });

  it("hides a kind for this project, says so, remembers it, and shows it again", async () => {
    const first = await renderWithStore(<Header />, snapshotOf(doc));
    expect(await screen.findByRole("button", { name: /^Problems: 1 error, 12 warnings/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /^Problems:/ }));
    await userEvent.click(screen.getByRole("button", { name: "Hide this kind of note (long-group-name) for this project" }));
    expect(screen.getByText("1 kind hidden for this project.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Warnings" })).toBeNull();
    // The header behind the dialog (hidden from the accessibility tree while it is open).
    expect(screen.getByRole("button", { name: "Problems: 1 error", hidden: true })).toBeInTheDocument();
    expect(first.calls.setHiddenProblemKinds).toEqual([{ project: "/projects/Demo", kinds: ["long-group-name"] }]);
    // Errors cannot be hidden: 4D cannot read the file as it is.
    expect(within(screen.getByRole("region", { name: "Errors" })).queryByRole("button", { name: /^Hide/ })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Show all" }));
    expect(screen.getByRole("region", { name: "Warnings" })).toBeInTheDocument();
    expect(first.calls.setHiddenProblemKinds?.[1]).toEqual({ project: "/projects/Demo", kinds: [] });
  });

  it("reads the hidden kinds of the project when it opens", async () => {
    const { store } = await renderWithStore(<Header />, snapshotOf(doc), "en", {
      hiddenProblemKinds: async ({ project }) => ({ ok: true, value: project === "/projects/Demo" ? ["long-group-name"] : [] }),
    });
    await waitFor(() => expect(store.getState().hiddenKinds).toEqual(["long-group-name"]));
    expect(await screen.findByRole("button", { name: "Problems: 1 error" })).toBeInTheDocument();
  });
});

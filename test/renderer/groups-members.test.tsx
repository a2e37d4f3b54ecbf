// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { mockElementSize } from "../helpers/dom";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { realFixture } from "../helpers/fixtures";
import { buildLargeDirectory } from "../helpers/large-directory";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";

const group = (store: AppStore, name: string) => modelOf(selectDraft(store.getState())!).groupByName.get(name);
const choose = (name: string) => userEvent.click(screen.getByRole("option", { name: rowName(name) }));
const memberUsers = () => within(screen.getByRole("group", { name: "Member users" }));
const memberGroups = () => within(screen.getByRole("group", { name: "Member groups" }));
const members = () => within(screen.getByRole("region", { name: "Members" }));

let restore: () => void;
beforeEach(() => {
  restore = mockElementSize();
});
afterEach(() => restore());

describe("Groups page — members", () => {
  it("ticks the users the group lists, and ticking or unticking edits its list", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    expect(memberUsers().getByRole("checkbox", { name: "Louis" })).toBeChecked();
    expect(memberUsers().getByRole("checkbox", { name: "Olivier" })).not.toBeChecked();
    await userEvent.click(memberUsers().getByRole("checkbox", { name: "Olivier" }));
    await userEvent.click(memberUsers().getByRole("checkbox", { name: "Louis" }));
    expect(group(store, "Engineers")?.users).toEqual(["Designer", "Gérald", "Marceline", "Noel", "Olivier"]);
  });

  it("does not offer a group as its own member", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    expect(memberGroups().getAllByRole("checkbox").map((c) => c.getAttribute("aria-label"))).toEqual(["Staff", "Secret"]);
  });

  // Issue 8: the refusal was said twice, inline and in the notice bar; once, where the box was clicked.
  it("nests a group, then refuses the reverse with the path, once, under the boxes", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await choose("Staff");
    await userEvent.click(memberGroups().getByRole("checkbox", { name: "Engineers" }));
    expect(group(store, "Staff")?.groups).toEqual(["Engineers"]);
    await choose("Engineers");
    const staff = memberGroups().getByRole("checkbox", { name: "Staff" });
    await userEvent.click(staff);
    const sentence = "Staff already contains Engineers, so Engineers cannot contain Staff (Staff → Engineers → Staff).";
    expect(members().getByRole("alert")).toHaveTextContent(sentence);
    // The notice bar keeps the nesting's line; it does not say the refusal again.
    expect(store.getState().notice).toMatchObject({ kind: "change", change: { code: "member.added" } });
    expect(screen.getAllByText(sentence)).toHaveLength(1);
    expect(staff).not.toBeChecked();
    expect(group(store, "Engineers")?.groups).toEqual([]);
  });

  it("filters both lists by name, ignoring accents and case", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter members" }), "ger");
    expect(memberUsers().getAllByRole("checkbox").map((c) => c.getAttribute("aria-label"))).toEqual(["Gérald"]);
    expect(members().getAllByText("Nothing matches “ger”.")).toHaveLength(1);
  });

  it("shows a member the file does not have, with a warning and a button that removes it", async () => {
    const text = realFixture("miyako").text.replace('"Olivier",\n\t\t\t\t"Peter"', '"Olivier",\n\t\t\t\t"Ghost"').replace('"Engineers"\n\t\t\t]', '"Engineers",\n\t\t\t\t"Phantoms"\n\t\t\t]');
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { store } = await renderWithStore(<GroupsPage />, snapshotOf(parsed.value.doc));
    await choose("Secret");
    const missing = within(screen.getByRole("list", { name: "Missing members" }));
    expect(missing.getByText("Secret lists Ghost, but this file has no such user.")).toBeInTheDocument();
    expect(missing.getByText("Secret lists the group Phantoms, but this file has no such group.")).toBeInTheDocument();
    await userEvent.click(missing.getByRole("button", { name: "Remove Ghost" }));
    expect(group(store, "Secret")).toMatchObject({ users: ["Olivier"], groups: ["Engineers", "Phantoms"] });
    expect(screen.queryByText(/Ghost/)).toBeNull();
  });
});

describe("Groups page — contained in and effective members", () => {
  it("lists the groups that contain this one; clicking one selects it", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await userEvent.click(within(screen.getByRole("list", { name: "Contained in" })).getByRole("button", { name: "Secret" }));
    expect(store.getState().selectedGroup).toBe("Secret");
    expect(screen.getByText("No group contains Secret.")).toBeInTheDocument();
  });

  it("shows every user who gets the group's rights, the indirect ones greyed with their path", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("miyako"));
    await choose("Secret");
    const section = within(screen.getByRole("region", { name: /^Effective members/ }));
    expect(section.getByRole("heading")).toHaveTextContent("Effective members 7 users, 5 through member groups");
    const louis = section.getByText("Louis").closest(".effective-row")!;
    expect(louis).toHaveClass("inherited");
    expect(louis).toHaveTextContent(/Louis via Engineers ⊂ Secret$/);
    const olivier = section.getByText("Olivier").closest(".effective-row")!;
    expect(olivier).not.toHaveClass("inherited");
    expect(olivier).not.toHaveTextContent("via");
  });
});

describe("Groups page — 16,000 users and groups", () => {
  it("draws a screenful of member boxes, not 16,000", async () => {
    const snapshot = snapshotOf(buildLargeDirectory());
    const { store } = await renderWithStore(<GroupsPage />, snapshot);
    const boxes = memberUsers().getAllByRole("checkbox");
    expect(boxes.length).toBeGreaterThan(20);
    expect(boxes.length).toBeLessThan(200);
    expect(memberGroups().getAllByRole("checkbox").length).toBeLessThan(200);
    await userEvent.click(memberUsers().getByRole("checkbox", { name: "user-3" }));
    expect(group(store, "Division-0")?.users).toContain("user-3");
  }, 60_000);
});

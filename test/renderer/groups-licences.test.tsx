// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getObject, getString } from "../../shared/json";
import { parseDirectory } from "../../shared/parse";
import { GroupsPage } from "../../renderer/pages/groups/groups-page";
import { selectDraft } from "../../renderer/state/selectors";
import type { AppStore } from "../../renderer/state/store";
import { mockElementSize } from "../helpers/dom";
import { fixtureSnapshot, snapshotOf } from "../helpers/fake-api";
import { realFixture } from "../helpers/fixtures";
import { renderWithStore } from "../helpers/render";
import { rowName } from "../helpers/rows";

const holder = (store: AppStore, key: string) => getString(getObject(selectDraft(store.getState())!.root, "remoteGranters")!, key);
// The list is windowed: find the group by searching, as a person would in a long list.
const choose = async (name: string) => {
  const search = screen.getByRole("searchbox", { name: /^(Search|Rechercher) — / });
  await userEvent.clear(search);
  await userEvent.paste(name);
  await userEvent.click(screen.getByRole("option", { name: rowName(name) }));
};
const plugins = () => within(screen.getByRole("region", { name: "Plug-ins" }));
const licenceRow = (label: string) => within(plugins().getByRole("checkbox", { name: label }).closest("li")!);
const info = (store: AppStore) => {
  const notice = store.getState().notice;
  return notice?.kind === "info" ? notice.text : undefined;
};

let restore: () => void;
beforeEach(() => {
  restore = mockElementSize();
});
afterEach(() => restore());

describe("Groups page — plug-in licences", () => {
  it("shows the six licences, ticked where this group holds them, and who holds the others", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("AdminControl");
    const labels = plugins().getAllByRole("checkbox").map((c) => c.getAttribute("aria-label"));
    expect(labels).toEqual(["4D Client Web", "4D Client SOAP", "4D for OCI", "4D Write", "4D View", "4D ODBC Pro"]);
    expect(plugins().getByRole("checkbox", { name: "4D Client Web" })).toBeChecked();
    expect(plugins().getByRole("checkbox", { name: "4D Write" })).not.toBeChecked();
    expect(licenceRow("4D Write").getByText("held by 4D_Write")).toBeInTheDocument();
    expect(licenceRow("4D View").getByText("everybody")).toBeInTheDocument();
  });

  it("ticking moves the licence from the group that held it, and says from whom", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("Accounting");
    await userEvent.click(plugins().getByRole("checkbox", { name: "4D Write" }));
    expect(holder(store, "write")).toBe("Accounting");
    expect(info(store)).toBe("Accounting now holds 4D Write: this moves 4D Write from 4D_Write (one group per licence).");
    expect(plugins().getByRole("checkbox", { name: "4D Write" })).toBeChecked();
    await choose("4D_Write");
    expect(plugins().getByRole("checkbox", { name: "4D Write" })).not.toBeChecked();
    expect(licenceRow("4D Write").getByText("held by Accounting")).toBeInTheDocument();
  });

  it("ticking a licence everybody had warns that only this group's members keep it", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("Accounting");
    await userEvent.click(plugins().getByRole("checkbox", { name: "4D View" }));
    expect(holder(store, "view")).toBe("Accounting");
    expect(info(store)).toBe("Accounting now holds 4D View: it was for everybody, now only the members of Accounting have it.");
  });

  it("unticking gives the licence to nobody", async () => {
    const { store } = await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"));
    await choose("AdminControl");
    await userEvent.click(plugins().getByRole("checkbox", { name: "4D Client SOAP" }));
    expect(holder(store, "soap")).toBe("");
    expect(licenceRow("4D Client SOAP").getByText("nobody")).toBeInTheDocument();
    expect(info(store)).toBe("4D Client SOAP is now given to nobody.");
  });

  it("shows a third-party licence key as another licence, and a missing key as not set", async () => {
    const text = realFixture("miyako").text.replace('"soap": "*"', '"soap": "*",\n\t\t"myPlugin": "Staff"');
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { store } = await renderWithStore(<GroupsPage />, snapshotOf(parsed.value.doc));
    expect(licenceRow("other licence: myPlugin").getByText("held by Staff")).toBeInTheDocument();
    expect(licenceRow("4D Write").getByText("not set (nobody)")).toBeInTheDocument();
    await userEvent.click(plugins().getByRole("checkbox", { name: "other licence: myPlugin" }));
    expect(holder(store, "myPlugin")).toBe("Engineers");
    expect(info(store)).toBe("Engineers now holds myPlugin: this moves myPlugin from Staff (one group per licence).");
  });

  it("says Plug-ins and who holds a licence in French", async () => {
    await renderWithStore(<GroupsPage />, fixtureSnapshot("WebClerk19"), "fr");
    await choose("Accounting");
    const area = within(screen.getByRole("region", { name: "Plug-ins" }));
    expect(within(area.getByRole("checkbox", { name: "4D Write" }).closest("li")!).getByText("attribuée à 4D_Write")).toBeInTheDocument();
    expect(within(area.getByRole("checkbox", { name: "4D View" }).closest("li")!).getByText("tout le monde")).toBeInTheDocument();
  });
});

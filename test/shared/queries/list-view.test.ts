import { modelOf } from "../../../shared/model";
import { groupView, userView } from "../../../shared/queries/list-view";
import { serializeDirectory } from "../../../shared/serialize";
import { documentOf } from "../../helpers/documents";

const LEGACY = "Nf7xHx4MHix07Qh7Imuk1g==";
const BCRYPT = `$2y$10$${"a".repeat(53)}`;
const doc = documentOf({
  users: {
    designer: { alias: "Designer", password: BCRYPT },
    administrator: { alias: "Administrator" },
    zoé: { password: LEGACY, startupMethod: "Start" },
    Bob: { password: BCRYPT },
    alice: {},
  },
  groups: {
    Vendeurs: { users: ["Bob"] },
    Empty: {},
    Managers: { groups: ["Vendeurs"] },
    Web: { users: ["zoé"] },
  },
  remoteGranters: { web: "Web" },
});
const model = modelOf(doc);
const names = (items: readonly { name: string }[]) => items.map((i) => i.name);
const none = { text: "", filters: [], sort: "file" } as const;

describe("userView", () => {
  it("shows every user in file order, the same array, when nothing is asked", () => {
    expect(userView(model, none)).toBe(model.users);
  });

  it("matches names with case and accents folded, and what else the row says", () => {
    expect(names(userView(model, { ...none, text: "ZOE" }))).toEqual(["zoé"]);
    expect(names(userView(model, { ...none, text: "super" }, (u) => (u.kind === "designer" ? "Super_Utilisateur" : "")))).toEqual(["Designer"]);
  });

  it("filters by kind, password, group and startup method: alternatives within a family, narrowing across", () => {
    expect(names(userView(model, { ...none, filters: ["designer", "administrator"] }))).toEqual(["Designer", "Administrator"]);
    expect(names(userView(model, { ...none, filters: ["no-password"] }))).toEqual(["Administrator", "alice"]);
    expect(names(userView(model, { ...none, filters: ["legacy"] }))).toEqual(["zoé"]);
    expect(names(userView(model, { ...none, filters: ["bcrypt"] }))).toEqual(["Designer", "Bob"]);
    expect(names(userView(model, { ...none, filters: ["no-group"] }))).toEqual(["Designer", "Administrator", "alice"]);
    expect(names(userView(model, { ...none, filters: ["startup"] }))).toEqual(["zoé"]);
    expect(names(userView(model, { ...none, filters: ["user", "no-password"] }))).toEqual(["alice"]);
  });

  it("sorts the view A–Z (case and accents folded) and never the file", () => {
    const before = serializeDirectory(doc);
    expect(names(userView(model, { ...none, sort: "name" }))).toEqual(["Administrator", "alice", "Bob", "Designer", "zoé"]);
    expect(serializeDirectory(doc)).toBe(before);
    expect(names(model.users)).toEqual(["Designer", "Administrator", "zoé", "Bob", "alice"]);
  });
});

describe("groupView", () => {
  it("matches a group's name, or a member's name and says which member", () => {
    const view = groupView(model, { ...none, text: "bob" });
    expect(names(view.groups)).toEqual(["Vendeurs"]);
    expect(view.memberHits.get("Vendeurs")).toBe("Bob");
    const byGroup = groupView(model, { ...none, text: "vend" });
    expect(names(byGroup.groups)).toEqual(["Vendeurs", "Managers"]);
    expect(byGroup.memberHits.has("Vendeurs")).toBe(false);
    expect(byGroup.memberHits.get("Managers")).toBe("Vendeurs");
  });

  it("filters empty groups, licence holders and nested groups, and sorts A–Z", () => {
    expect(names(groupView(model, { ...none, filters: ["empty"] }).groups)).toEqual(["Empty"]);
    expect(names(groupView(model, { ...none, filters: ["licence"] }).groups)).toEqual(["Web"]);
    expect(names(groupView(model, { ...none, filters: ["nested"] }).groups)).toEqual(["Vendeurs", "Managers"]);
    expect(names(groupView(model, { ...none, sort: "name" }).groups)).toEqual(["Empty", "Managers", "Vendeurs", "Web"]);
  });
});

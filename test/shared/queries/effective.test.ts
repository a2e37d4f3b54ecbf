import { ancestors, containedIn, effectiveGroups } from "../../../shared/queries/effective";
import { directMembers, effectiveMembers } from "../../../shared/queries/members";
import { modelOf } from "../../../shared/model";
import { BUILTINS, documentOf, fixtureDocument } from "../../helpers/documents";

const miyako = fixtureDocument("miyako");
const webClerk = fixtureDocument("WebClerk19");

describe("effective groups on real files", () => {
  it("Louis is in Engineers directly and in Secret through Engineers", () => {
    expect(effectiveGroups(miyako, "Louis")).toEqual([
      { group: "Engineers", path: ["Engineers"], direct: true },
      { group: "Secret", path: ["Engineers", "Secret"], direct: false },
    ]);
  });

  it("lists the Designer's groups by its alias, in file order of groups", () => {
    expect(effectiveGroups(miyako, "Designer").map((m) => [m.group, m.direct])).toEqual([
      ["Engineers", true],
      ["Staff", true],
      ["Secret", false],
    ]);
  });

  it("a direct member of the outer group only has that group", () => {
    expect(effectiveGroups(miyako, "Olivier")).toEqual([{ group: "Secret", path: ["Secret"], direct: true }]);
    expect(effectiveGroups(miyako, "roland")).toEqual([]);
  });

  it("the Administrator's alias Admin, used as a member, reaches Sales through its member groups", () => {
    const groups = effectiveGroups(webClerk, "Admin");
    expect(groups.find((m) => m.group === "Sales")).toEqual({ group: "Sales", path: ["ViewCommission", "Sales"], direct: false });
    expect(groups.find((m) => m.group === "Shipping")).toEqual({ group: "Shipping", path: ["Shipping"], direct: true });
    // Admin is listed by 42 of the 45 groups; Sales adds itself through its member groups.
    expect(groups).toHaveLength(43);
    expect(groups.filter((m) => !m.direct).map((m) => m.group)).toEqual(["Sales"]);
    expect(groups.map((m) => m.group)).not.toContain("VeryLimited");
  });

  it("a user listed in Sales and in groups Sales contains keeps the direct membership", () => {
    const groups = effectiveGroups(webClerk, "ESites");
    expect(groups.find((m) => m.group === "Sales")).toEqual({ group: "Sales", path: ["Sales"], direct: true });
    expect(groups.find((m) => m.group === "Shipping")).toEqual({ group: "Shipping", path: ["Costing", "Shipping"], direct: false });
  });

  it("the Designer's storage key and the group named Designer are not the Designer", () => {
    expect(effectiveGroups(webClerk, "Designer")).toEqual([]);
    expect(effectiveGroups(webClerk, "designer")).toEqual([]);
    expect(effectiveGroups(webClerk, "jitCorp").map((m) => m.group)).toContain("Sales");
  });
});

describe("members and containers", () => {
  it("directMembers gives the lists as stored, empty for an unknown group", () => {
    expect(directMembers(miyako, "Secret")).toEqual({ users: ["Olivier", "Peter"], groups: ["Engineers"] });
    expect(directMembers(webClerk, "4D_Write")).toEqual({ users: [], groups: [] });
    expect(directMembers(miyako, "Nope")).toEqual({ users: [], groups: [] });
  });

  it("effectiveMembers lists users in file order with the downward path to the group that lists them", () => {
    expect(effectiveMembers(miyako, "Secret")).toEqual([
      { user: "Designer", path: ["Secret", "Engineers"] },
      { user: "Louis", path: ["Secret", "Engineers"] },
      { user: "Gérald", path: ["Secret", "Engineers"] },
      { user: "Olivier", path: ["Secret"] },
      { user: "Marceline", path: ["Secret", "Engineers"] },
      { user: "Noel", path: ["Secret", "Engineers"] },
      { user: "Peter", path: ["Secret"] },
    ]);
  });

  it("effectiveMembers' paths are effectiveGroups' paths reversed, for every user and group", () => {
    for (const doc of [miyako, webClerk]) {
      for (const { name: user } of modelOf(doc).users) {
        for (const m of effectiveGroups(doc, user)) {
          expect(effectiveMembers(doc, m.group)).toContainEqual({ user, path: [...m.path].reverse() });
        }
      }
    }
  });

  it("containedIn gives the direct parents, ancestors the upward closure with paths", () => {
    expect(containedIn(webClerk, "Costing")).toEqual(["Sales", "Shipping"]);
    expect(containedIn(webClerk, "Sales")).toEqual([]);
    expect(ancestors(miyako, "Engineers")).toEqual([{ group: "Secret", path: ["Engineers", "Secret"] }]);
    expect(ancestors(miyako, "Nope")).toEqual([]);
  });

  it("ancestors follows several levels by the shortest path", () => {
    const doc = documentOf({
      users: BUILTINS,
      groups: { Top: { groups: ["Mid", "Low"] }, Mid: { groups: ["Low"] }, Low: {}, Side: { groups: ["Mid"] } },
    });
    expect(ancestors(doc, "Low")).toEqual([
      { group: "Top", path: ["Low", "Top"] },
      { group: "Mid", path: ["Low", "Mid"] },
      { group: "Side", path: ["Low", "Mid", "Side"] },
    ]);
  });
});

describe("cycles in a file", () => {
  const doc = documentOf({
    users: { ...BUILTINS, u: {} },
    groups: { A: { users: ["u"], groups: ["B"] }, B: { groups: ["A"] }, C: { groups: ["A", "C"] } },
  });

  it("effective groups follow a cycle once and stop", () => {
    expect(effectiveGroups(doc, "u")).toEqual([
      { group: "A", path: ["A"], direct: true },
      { group: "B", path: ["A", "B"], direct: false },
      { group: "C", path: ["A", "C"], direct: false },
    ]);
  });

  it("a group is never its own ancestor, even inside a cycle", () => {
    expect(ancestors(doc, "A").map((a) => a.group)).toEqual(["B", "C"]);
    expect(ancestors(doc, "C")).toEqual([]);
    expect(containedIn(doc, "C")).toEqual(["C"]);
  });

  it("members of a group in a cycle are found once", () => {
    expect(effectiveMembers(doc, "B")).toEqual([{ user: "u", path: ["B", "A"] }]);
  });
});

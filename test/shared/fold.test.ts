import { filterFolded, fold } from "../../shared/fold";

describe("fold", () => {
  it("drops accents and case, so gerald finds Gérald and ZOE finds Zoé", () => {
    expect(fold("Gérald")).toBe("gerald");
    expect(fold("Zoé")).toBe(fold("ZOE"));
  });

  it("filters items by their folded text, all of them for a blank query", () => {
    const names = ["Gérald", "Louis", "Zoé"];
    const folded = names.map(fold);
    expect(filterFolded(names, folded, " GER ")).toEqual(["Gérald"]);
    expect(filterFolded(names, folded, "  ")).toBe(names);
  });
});

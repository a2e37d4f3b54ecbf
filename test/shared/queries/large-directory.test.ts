import { checkDirectory } from "../../../shared/check/check";
import { modelOf } from "../../../shared/model";
import { effectiveGroups } from "../../../shared/queries/effective";
import { directoryIndex } from "../../../shared/queries/graph";
import { licenceHolders } from "../../../shared/queries/holders";
import { effectiveMembers } from "../../../shared/queries/members";
import { userRights } from "../../../shared/queries/rights";
import { buildLargeDirectory } from "../../helpers/large-directory";

describe("a directory at 4D's limits (16,000 users, 16,000 groups)", () => {
  const doc = buildLargeDirectory();

  it("has the generated size and nesting", () => {
    const model = modelOf(doc);
    expect(model.users).toHaveLength(16000);
    expect(model.groups).toHaveLength(16000);
    const index = directoryIndex(doc);
    const deepest = Math.max(...index.names.map((_, node) => Math.max(0, ...index.closure(node).depth.values())));
    expect(deepest).toBe(5);
  });

  it("answers every user's effective groups and rights from one index", () => {
    let memberships = 0;
    for (const user of modelOf(doc).users) {
      const groups = effectiveGroups(doc, user.name);
      expect(groups.length).toBeGreaterThan(0);
      memberships += groups.length;
      expect(userRights(doc, user.name)?.groups).toEqual(groups);
    }
    expect(memberships).toBeGreaterThan(16000 * 3);
    expect(directoryIndex(doc)).toBe(directoryIndex(doc));
  });

  it("lists the members of a top group and the holders of a licence", () => {
    const top = modelOf(doc).groups[0]?.name as string;
    expect(effectiveMembers(doc, top).length).toBeGreaterThan(100);
    expect(licenceHolders(doc, "soap")).toHaveLength(16000);
  });

  it("checks with no errors", () => {
    expect(checkDirectory(doc).filter((p) => p.severity === "error")).toEqual([]);
  });
});

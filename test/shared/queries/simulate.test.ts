import { simulateGroups } from "../../../shared/queries/simulate";
import { BUILTINS, documentOf, fixtureDocument } from "../../helpers/documents";

const doc = documentOf({
  users: { ...BUILTINS, Louis: {} },
  groups: {
    Engineers: { users: ["Louis"] },
    Staff: { users: ["Designer"] },
    Secret: { groups: ["Engineers"] },
  },
  sqlSchemaGranters: { DEFAULT_SCHEMA: { readOnlyAccessGroup: "*", readWriteAccessGroup: "Staff", allAccessGroup: "" } },
  remoteGranters: { web: "Secret", soap: "Staff" },
  settings: { designAccessGroup: "Engineers", remoteDefaultUser: "Louis", localGenericWebUser: "Designer" },
});

describe("simulateGroups", () => {
  it("a session with Engineers also gets Secret, and the rights of both", () => {
    const session = simulateGroups(doc, ["Engineers"]);
    expect(session.groups).toEqual([
      { group: "Engineers", path: ["Engineers"], direct: true },
      { group: "Secret", path: ["Engineers", "Secret"], direct: false },
    ]);
    expect(session.licences).toEqual([{ key: "web", label: "4D Client Web", via: { kind: "group", path: ["Engineers", "Secret"] } }]);
    expect(session.access).toEqual([
      { key: "designAccessGroup", label: "Design and Runtime Explorer access", via: { kind: "group", path: ["Engineers"] } },
      { key: "sqlSchemaGranters.DEFAULT_SCHEMA.readOnlyAccessGroup", label: "SQL DEFAULT_SCHEMA: read only", via: { kind: "everybody" } },
    ]);
    expect(session.ignored).toEqual([]);
  });

  it("ignores names that are not groups and reports them once", () => {
    const session = simulateGroups(doc, ["Nope", "Staff", "Nope", "Louis"]);
    expect(session.ignored).toEqual(["Nope", "Louis"]);
    expect(session.groups.map((m) => m.group)).toEqual(["Staff"]);
    expect(session.licences.map((g) => g.key)).toEqual(["soap"]);
  });

  it("no groups: only what everybody has, and no user setting or built-in right", () => {
    const session = simulateGroups(doc, []);
    expect(session.groups).toEqual([]);
    expect(session.licences).toEqual([]);
    expect(session.access.map((g) => g.via.kind)).toEqual(["everybody"]);
  });

  it("lists the groups in file order whatever the order given", () => {
    const session = simulateGroups(fixtureDocument("miyako"), ["Secret", "Engineers", "Staff"]);
    expect(session.groups.map((m) => [m.group, m.direct])).toEqual([
      ["Engineers", true],
      ["Staff", true],
      ["Secret", true],
    ]);
  });
});

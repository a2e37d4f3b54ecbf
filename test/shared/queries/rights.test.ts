import { accessHolders, licenceHolders } from "../../../shared/queries/holders";
import { userRights } from "../../../shared/queries/rights";
import { BUILTINS, documentOf, fixtureDocument } from "../../helpers/documents";

const miyako = fixtureDocument("miyako");
const webClerk = fixtureDocument("WebClerk19");

const EVERYBODY = { kind: "everybody" } as const;
const DESIGN = "Design and Runtime Explorer access";

// miyako's groups with rights given to nested groups, a third-party licence and a missing group.
const nested = documentOf({
  users: { ...BUILTINS, Louis: {}, Olivier: {}, roland: {} },
  groups: {
    Engineers: { users: ["Designer", "Louis"] },
    Secret: { users: ["Olivier"], groups: ["Engineers"] },
  },
  sqlSchemaGranters: { DEFAULT_SCHEMA: { readOnlyAccessGroup: "*", readWriteAccessGroup: "Secret", allAccessGroup: "" } },
  remoteGranters: { web: "Secret", soap: "", myPlugin: "*", view: "Ghosts" },
  settings: { designAccessGroup: "Engineers", remoteDefaultUser: "roland", localGenericWebUser: "Designer" },
});

describe("userRights", () => {
  it("gives everybody's licences and access to a user of a real file, in file order", () => {
    const rights = userRights(miyako, "Louis");
    expect(rights?.licences).toEqual([
      { key: "web", label: "4D Client Web", via: EVERYBODY },
      { key: "soap", label: "4D Client SOAP", via: EVERYBODY },
    ]);
    expect(rights?.access).toEqual([
      { key: "designAccessGroup", label: DESIGN, via: EVERYBODY },
      { key: "localMobileAccessGroupRW", label: "REST read/write group (local)", via: EVERYBODY },
      { key: "remoteMobileAccessGroupRW", label: "REST read/write group (server)", via: EVERYBODY },
      { key: "sqlSchemaGranters.DEFAULT_SCHEMA.readOnlyAccessGroup", label: "SQL DEFAULT_SCHEMA: read only", via: EVERYBODY },
      { key: "sqlSchemaGranters.DEFAULT_SCHEMA.readWriteAccessGroup", label: "SQL DEFAULT_SCHEMA: read/write", via: EVERYBODY },
    ]);
    expect(rights?.groups.map((m) => m.group)).toEqual(["Engineers", "Secret"]);
  });

  it("gives a licence through a nested group with the path of the membership", () => {
    const rights = userRights(nested, "Louis");
    expect(rights?.licences).toEqual([
      { key: "web", label: "4D Client Web", via: { kind: "group", path: ["Engineers", "Secret"] } },
      { key: "myPlugin", label: "other licence: myPlugin", via: EVERYBODY },
    ]);
    expect(rights?.access.find((g) => g.key === "sqlSchemaGranters.DEFAULT_SCHEMA.readWriteAccessGroup")?.via).toEqual({
      kind: "group",
      path: ["Engineers", "Secret"],
    });
  });

  it("gives Design access to the Designer and the Administrator as built in, to others only through the group", () => {
    expect(userRights(nested, "Administrator")?.access.find((g) => g.key === "designAccessGroup")?.via).toEqual({ kind: "builtin" });
    expect(userRights(nested, "Designer")?.access.find((g) => g.key === "designAccessGroup")?.via).toEqual({ kind: "builtin" });
    expect(userRights(nested, "Louis")?.access.find((g) => g.key === "designAccessGroup")?.via).toEqual({ kind: "group", path: ["Engineers"] });
    expect(userRights(nested, "Olivier")?.access.map((g) => g.key)).not.toContain("designAccessGroup");
  });

  it("gives user settings to the user they name", () => {
    expect(userRights(nested, "roland")?.access.filter((g) => g.via.kind === "user").map((g) => g.label)).toEqual(["Default user"]);
    expect(userRights(nested, "Designer")?.access.filter((g) => g.via.kind === "user").map((g) => g.label)).toEqual(["Generic web user (local)"]);
    expect(userRights(webClerk, "jitCorp")?.access.filter((g) => g.via.kind === "user").map((g) => g.key)).toEqual([
      "localGenericWebUser",
      "remoteGenericWebUser",
    ]);
  });

  it("a licence given to nobody or to a missing group goes to no one", () => {
    for (const user of ["Designer", "Administrator", "Louis", "Olivier", "roland"]) {
      expect(userRights(nested, user)?.licences.map((g) => g.key)).not.toContain("soap");
      expect(userRights(nested, user)?.licences.map((g) => g.key)).not.toContain("view");
    }
  });

  it("the Designer keeps Design access when the file has no settings", () => {
    const mobile = fixtureDocument("4D-Mobile-App");
    expect(userRights(mobile, "Designer")?.access).toEqual([
      { key: "designAccessGroup", label: DESIGN, via: { kind: "builtin" } },
      { key: "sqlSchemaGranters.DEFAULT_SCHEMA.readOnlyAccessGroup", label: "SQL DEFAULT_SCHEMA: read only", via: EVERYBODY },
      { key: "sqlSchemaGranters.DEFAULT_SCHEMA.readWriteAccessGroup", label: "SQL DEFAULT_SCHEMA: read/write", via: EVERYBODY },
      { key: "sqlSchemaGranters.DEFAULT_SCHEMA.allAccessGroup", label: "SQL DEFAULT_SCHEMA: all (data and structure)", via: EVERYBODY },
    ]);
  });

  it("a file without a Design access setting gives 4D's default: everybody", () => {
    const bare = documentOf({ users: { ...BUILTINS, Bob: {} } });
    expect(userRights(bare, "Bob")?.access).toEqual([{ key: "designAccessGroup", label: DESIGN, via: EVERYBODY }]);
  });

  it("is undefined for a name that is not a user", () => {
    expect(userRights(webClerk, "designer")).toBeUndefined();
    expect(userRights(webClerk, "Nobody")).toBeUndefined();
  });
});

describe("licenceHolders and accessHolders", () => {
  it("lists the effective members of the licence group, with their paths", () => {
    expect(licenceHolders(webClerk, "web")).toEqual([
      { user: "jitCorp", via: { kind: "group", path: ["AdminControl"] } },
      { user: "Admin", via: { kind: "group", path: ["AdminControl"] } },
      { user: "EDI", via: { kind: "group", path: ["AdminControl"] } },
    ]);
    expect(licenceHolders(nested, "web")).toEqual([
      { user: "Designer", via: { kind: "group", path: ["Engineers", "Secret"] } },
      { user: "Louis", via: { kind: "group", path: ["Engineers", "Secret"] } },
      { user: "Olivier", via: { kind: "group", path: ["Secret"] } },
    ]);
  });

  it("an empty licence group, nobody, or an absent key has no holders; everybody has them all", () => {
    expect(licenceHolders(webClerk, "write")).toEqual([]);
    expect(licenceHolders(nested, "soap")).toEqual([]);
    expect(licenceHolders(nested, "oci")).toEqual([]);
    expect(licenceHolders(webClerk, "oci")).toHaveLength(10);
    expect(licenceHolders(webClerk, "oci").every((h) => h.via.kind === "everybody")).toBe(true);
  });

  it("Design access goes to the built-in users and the group's members, by either capitalisation of the key", () => {
    const expected = [
      { user: "Designer", via: { kind: "builtin" } },
      { user: "Administrator", via: { kind: "builtin" } },
      { user: "Louis", via: { kind: "group", path: ["Engineers"] } },
    ];
    expect(accessHolders(nested, "designAccessGroup")).toEqual(expected);
    expect(accessHolders(nested, "DesignAccessGroup")).toEqual(expected);
  });

  it("a user setting is held by the user it names, an SQL right by its group's members", () => {
    expect(accessHolders(nested, "remoteDefaultUser")).toEqual([{ user: "roland", via: { kind: "user" } }]);
    expect(accessHolders(nested, "remoteGenericWebUser")).toEqual([]);
    expect(accessHolders(nested, "sqlSchemaGranters.DEFAULT_SCHEMA.readWriteAccessGroup").map((h) => h.user)).toEqual([
      "Designer",
      "Louis",
      "Olivier",
    ]);
    expect(accessHolders(nested, "sqlSchemaGranters.DEFAULT_SCHEMA.allAccessGroup")).toEqual([]);
  });

  it("holders and userRights agree on every right of a real file", () => {
    for (const user of ["jitCorp", "Admin", "ESites", "EDI", "Email"]) {
      const rights = userRights(webClerk, user);
      for (const grant of rights?.licences ?? []) expect(licenceHolders(webClerk, grant.key)).toContainEqual({ user, via: grant.via });
      for (const grant of rights?.access ?? []) expect(accessHolders(webClerk, grant.key)).toContainEqual({ user, via: grant.via });
    }
  });
});

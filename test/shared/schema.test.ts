import { fromPlain, jsonObject } from "../../shared/json";
import { NO_USERS_MESSAGE, validateShape } from "../../shared/schema";
import { realFixtures } from "../helpers/fixtures";

const issuesOf = (plain: unknown) => validateShape(fromPlain(plain)).map((i) => [i.path, i.message]);

describe("validateShape", () => {
  it.each(realFixtures().map((f) => [f.name, f.text] as const))("accepts the real file %s", (_name, text) => {
    expect(validateShape(fromPlain(JSON.parse(text.replace(/^\uFEFF/, ""))))).toEqual([]);
  });

  it("accepts the smallest file: users with empty entries", () => {
    expect(issuesOf({ users: { designer: {}, administrator: {}, Bob: {} } })).toEqual([]);
  });

  it("keeps unknown keys legal at every level", () => {
    const plain = {
      users: { Bob: { password: "x", colour: 3, future: { a: [1] } } },
      groups: { G: { users: ["Bob"], groups: [], note: null } },
      sqlSchemaGranters: {},
      remoteGranters: { somePlugin: "G" },
      settings: { DesignAccessGroup: "*" },
      comingIn4D30: [true],
    };
    expect(issuesOf(plain)).toEqual([]);
  });

  it("requires a users object, and says how to add one", () => {
    expect(issuesOf({ groups: {} })).toEqual([[["users"], NO_USERS_MESSAGE]]);
    expect(NO_USERS_MESSAGE).toContain('"users": {');
  });

  it("requires the top level to be an object", () => {
    expect(validateShape([]).map((i) => i.message)).toEqual(["the top level must be an object"]);
    expect(validateShape("users").map((i) => i.message)).toEqual(["the top level must be an object"]);
  });

  it("names the user and the key of a wrong user field", () => {
    expect(issuesOf({ users: { Bob: { password: 12 } } })).toEqual([[["users", "Bob", "password"], 'users."Bob".password must be a string']]);
    expect(issuesOf({ users: { Bob: { alias: null, startupMethod: [] } } })).toEqual([
      [["users", "Bob", "startupMethod"], 'users."Bob".startupMethod must be a string'],
      [["users", "Bob", "alias"], 'users."Bob".alias must be a string'],
    ]);
  });

  it("quotes names that are digits, spaces or quotes", () => {
    expect(issuesOf({ users: { "2024": 1, " O'Neil \"x\"": [] } }).map(([, m]) => m)).toEqual([
      "users.\"2024\" must be an object (a user's settings)",
      "users.\" O'Neil \\\"x\\\"\" must be an object (a user's settings)",
    ]);
  });

  it("checks a user or group named __proto__ like any other", () => {
    const root = jsonObject([
      ["users", jsonObject([["__proto__", jsonObject([["password", 1]])]])],
      ["groups", jsonObject([["__proto__", jsonObject([["users", "x"]])]])],
    ]);
    expect(validateShape(root).map((i) => i.message)).toEqual([
      'users."__proto__".password must be a string',
      'groups."__proto__".users must be a list of names',
    ]);
  });

  it("lists problems of named entries in file order, integer-like names included", () => {
    const users = jsonObject([["Bob", 1], ["2024", 2], ["Ann", 3]]);
    expect(validateShape(jsonObject([["users", users]])).map((i) => i.path)).toEqual([["users", "Bob"], ["users", "2024"], ["users", "Ann"]]);
  });

  it("rejects users and groups that are not objects", () => {
    expect(issuesOf({ users: [] })).toEqual([[["users"], "users must be an object of users"]]);
    expect(issuesOf({ users: {}, groups: [] })).toEqual([[["groups"], "groups must be an object of groups"]]);
    expect(issuesOf({ users: {}, groups: { G: "Bob" } })).toEqual([[["groups", "G"], "groups.\"G\" must be an object (a group's members)"]]);
  });

  it("wants group members as lists of names", () => {
    expect(issuesOf({ users: {}, groups: { Sales: { users: "a" } } })).toEqual([[["groups", "Sales", "users"], 'groups."Sales".users must be a list of names']]);
    expect(issuesOf({ users: {}, groups: { Sales: { users: ["a", "b", 3], groups: {} } } })).toEqual([
      [["groups", "Sales", "users", 2], 'groups."Sales".users[2] must be a name (a string)'],
      [["groups", "Sales", "groups"], 'groups."Sales".groups must be a list of names'],
    ]);
  });

  it("wants strings in SQL rights, licences and settings", () => {
    const plain = {
      users: {},
      sqlSchemaGranters: { DEFAULT_SCHEMA: { readOnlyAccessGroup: 1 }, Other: "x" },
      remoteGranters: { web: false },
      settings: { "remote default user": null },
    };
    expect(issuesOf(plain)).toEqual([
      [["sqlSchemaGranters", "DEFAULT_SCHEMA", "readOnlyAccessGroup"], 'sqlSchemaGranters."DEFAULT_SCHEMA".readOnlyAccessGroup must be a string'],
      [["sqlSchemaGranters", "Other"], 'sqlSchemaGranters."Other" must be an object of access rights'],
      [["remoteGranters", "web"], "remoteGranters.web must be a string"],
      [["settings", "remote default user"], 'settings."remote default user" must be a string'],
    ]);
    expect(issuesOf({ users: {}, remoteGranters: [], settings: "x", sqlSchemaGranters: null }).map(([, m]) => m)).toEqual([
      "sqlSchemaGranters must be an object of SQL schemas",
      "remoteGranters must be an object of licences",
      "settings must be an object of settings",
    ]);
  });
});

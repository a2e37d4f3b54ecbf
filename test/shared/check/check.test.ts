import { checkDirectory } from "../../../shared/check/check";
import type { Problem } from "../../../shared/check/problems";
import { fromPlain, jsonObject, type JsonEntry } from "../../../shared/json";
import { realFixtures } from "../../helpers/fixtures";
import { BUILTINS, documentFromText, documentOf } from "../../helpers/documents";

const PASSWORD = "Kjg/94PRrUDafImXUuZYuw==";
const BCRYPT = "$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
const base = { designer: { password: PASSWORD, alias: "Designer" }, administrator: { alias: "Administrator" } };

function problems(plain: object, code?: string): readonly Problem[] {
  const found = checkDirectory(documentOf(plain));
  return code ? found.filter((p) => p.code === code) : found;
}

describe("real files", () => {
  it.each(realFixtures().map((f) => [f.name, f.text]))("%s checks with no errors", (_name, text) => {
    expect(checkDirectory(documentFromText(text)).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reports what is worth knowing about real files", () => {
    const byName = new Map(realFixtures().map((f) => [f.name, checkDirectory(documentFromText(f.text))]));
    const codes = (part: string) => [...byName].find(([name]) => name.includes(part))?.[1].map((p) => p.code);
    expect(codes("miyako")).toEqual([]);
    expect(codes("qodly")).toEqual(["access-control-off", "bcrypt-needs-v19r3"]);
    expect(codes("WebClerk19")).toEqual(["long-group-name", "long-group-name", "long-group-name"]);
  });
});

describe("each problem code", () => {
  it("dangling-member: a group lists a user or a group that does not exist", () => {
    const found = problems({ users: base, groups: { Sales: { users: ["Designer", "Bobby"], groups: ["Ghosts"] } } }, "dangling-member");
    expect(found).toEqual([
      {
        severity: "error",
        code: "dangling-member",
        message: 'Group "Sales" lists user "Bobby", who does not exist: remove it or create the user.',
        params: { group: "Sales", kind: "user", name: "Bobby" },
        where: { path: ["groups", "Sales", "users", 1], target: { kind: "group", name: "Sales" } },
      },
      {
        severity: "error",
        code: "dangling-member",
        message: 'Group "Sales" lists group "Ghosts", which does not exist: remove it or create the group.',
        params: { group: "Sales", kind: "group", name: "Ghosts" },
        where: { path: ["groups", "Sales", "groups", 0], target: { kind: "group", name: "Sales" } },
      },
    ]);
  });

  it("dangling-member: the Designer's storage key used as a member points to its alias", () => {
    const [found] = problems({ users: { ...base, designer: { alias: "Boss" } }, groups: { G: { users: ["designer"] } } }, "dangling-member");
    expect(found?.message).toBe('Group "G" lists user "designer", who does not exist: 4D names the Designer by its alias, so write "Boss" instead.');
  });

  it("dangling-reference: licences, settings and SQL rights naming missing groups or users", () => {
    const found = problems(
      {
        users: base,
        groups: { Sales: {} },
        sqlSchemaGranters: { DEFAULT_SCHEMA: { readOnlyAccessGroup: "Readers", readWriteAccessGroup: "*", allAccessGroup: "" } },
        remoteGranters: { web: "Webbers", soap: "Sales", oci: "*", view: "" },
        settings: { DesignAccessGroup: "Sales", remoteDefaultUser: "Guest", localGenericWebUser: "", remoteMobileAccessGroupRW: "Mobile" },
      },
      "dangling-reference",
    );
    expect(found.map((p) => [p.message, p.where])).toEqual([
      [
        'Licence "4D Client Web" names group "Webbers", which does not exist: choose another group or create it.',
        { path: ["remoteGranters", "web"], target: { kind: "licence", name: "web" } },
      ],
      [
        'Setting "Default user" names user "Guest", who does not exist: choose another user or create it.',
        { path: ["settings", "remoteDefaultUser"], target: { kind: "setting", name: "remoteDefaultUser" } },
      ],
      [
        'Setting "REST read/write group (server)" names group "Mobile", which does not exist: choose another group or create it.',
        { path: ["settings", "remoteMobileAccessGroupRW"], target: { kind: "setting", name: "remoteMobileAccessGroupRW" } },
      ],
      [
        'The readOnlyAccessGroup right of SQL schema "DEFAULT_SCHEMA" names group "Readers", which does not exist: choose another group or create it.',
        { path: ["sqlSchemaGranters", "DEFAULT_SCHEMA", "readOnlyAccessGroup"], target: { kind: "sql", name: "DEFAULT_SCHEMA" } },
      ],
    ]);
  });

  it("cycle: reported once per cycle with its path, never looping", () => {
    const found = problems(
      {
        users: base,
        groups: { A: { groups: ["B"] }, B: { groups: ["C"] }, C: { groups: ["A", "B"] }, D: { groups: ["A"] }, E: { groups: ["E"] } },
      },
      "cycle",
    );
    expect(found.map((p) => [p.message, p.where.path])).toEqual([
      ['Group "A" contains itself through A → B → C → A: remove one of these memberships.', ["groups", "A", "groups", 0]],
      ['Group "E" contains itself through E → E: remove one of these memberships.', ["groups", "E", "groups", 0]],
    ]);
    expect(found[0]?.params).toEqual({ group: "A", cycle: "A → B → C → A", size: 3 });
  });

  it("duplicate-name: a user named like the Designer's alias", () => {
    const found = problems({ users: { ...base, Designer: {} } }, "duplicate-name");
    expect(found).toEqual([
      {
        severity: "error",
        code: "duplicate-name",
        message: `User name "Designer" is used twice, by the Designer's alias and by user "Designer": rename one of them.`,
        params: { name: "Designer", first: "designer", second: "Designer" },
        where: { path: ["users", "Designer"], target: { kind: "user", name: "Designer" } },
      },
    ]);
  });

  it("duplicate-name: two aliases alike, and a group stored twice", () => {
    expect(problems({ users: { ...base, administrator: { alias: "Designer" } } }, "duplicate-name")[0]?.where.path).toEqual([
      "users",
      "administrator",
      "alias",
    ]);
    const root = jsonObject([
      ["users", fromPlain(base)],
      ["groups", jsonObject([["G", jsonObject()], ["G", jsonObject()]])],
    ]);
    const found = checkDirectory({ layout: { bom: false, eol: "\n" }, root });
    expect(found.map((p) => [p.code, p.message, p.where.path])).toEqual([
      ["duplicate-name", 'Group name "G" is used twice: rename or merge one of them.', ["groups", "G"]],
    ]);
  });

  it("empty-name and star-name, for users, aliases and groups", () => {
    const found = problems({ users: { ...base, "": {}, "*": {}, administrator: { alias: "" } }, groups: { "": {}, "*": {} } });
    expect(found.filter((p) => p.code === "empty-name").map((p) => [p.message, p.where.path])).toEqual([
      ["The Administrator's alias is empty: give it a name.", ["users", "administrator", "alias"]],
      ["A user is empty: give it a name.", ["users", ""]],
      ["A group has an empty name: give it a name.", ["groups", ""]],
    ]);
    expect(found.filter((p) => p.code === "star-name").map((p) => p.where.path)).toEqual([
      ["users", "*"],
      ["groups", "*"],
    ]);
  });

  it("too-many-users and too-many-groups past 16,000", () => {
    const many = (prefix: string, n: number): JsonEntry[] => Array.from({ length: n }, (_, i) => [`${prefix}${i}`, jsonObject()]);
    const users: JsonEntry[] = [["designer", fromPlain(base.designer)], ["administrator", jsonObject()], ...many("u", 15999)];
    const root = jsonObject([
      ["users", jsonObject(users)],
      ["groups", jsonObject(many("g", 16001))],
    ]);
    const found = checkDirectory({ layout: { bom: false, eol: "\n" }, root }).filter((p) => p.code.startsWith("too-many"));
    expect(found.map((p) => [p.code, p.message, p.params])).toEqual([
      ["too-many-users", "The file has 16001 users, more than the 16000 4D allows: delete 1 of them.", { count: 16001, limit: 16000 }],
      ["too-many-groups", "The file has 16001 groups, more than the 16000 4D allows: delete 1 of them.", { count: 16001, limit: 16000 }],
    ]);
    expect(found[0]?.where).toEqual({ path: ["users"], target: { kind: "file", name: "directory.json" } });
  });

  it("missing-builtin: no Designer or no Administrator entry", () => {
    expect(problems({ users: { administrator: {} } }, "missing-builtin").map((p) => p.params)).toEqual([{ key: "designer" }]);
    expect(problems({}, "missing-builtin").map((p) => [p.params, p.where.path])).toEqual([
      [{ key: "designer" }, []],
      [{ key: "administrator" }, []],
    ]);
  });

  it("long-group-name: a warning past 15 characters", () => {
    const found = problems({ users: base, groups: { "Exactly15chars!": {}, Accounting_Europe: {} } }, "long-group-name");
    expect(found.map((p) => [p.severity, p.message])).toEqual([
      ["warning", 'Group "Accounting_Europe" has 17 characters, more than the 15 4D\'s editor accepts: shorten it if the group must be edited in 4D.'],
    ]);
  });

  it("unknown-password-hash: a value that is neither legacy nor bcrypt", () => {
    const found = problems({ users: { ...base, Bob: { password: "secret" } } }, "unknown-password-hash");
    expect(found.map((p) => [p.severity, p.where])).toEqual([
      ["warning", { path: ["users", "Bob", "password"], target: { kind: "user", name: "Bob" } }],
    ]);
  });

  it("duplicate-member: the same name twice in one list", () => {
    const found = problems({ users: { ...base, Bob: {} }, groups: { G: { users: ["Bob", "Designer", "Bob"] }, H: { groups: ["G", "G"] } } });
    expect(found.map((p) => [p.code, p.severity, p.where.path])).toEqual([
      ["duplicate-member", "warning", ["groups", "G", "users", 2]],
      ["duplicate-member", "warning", ["groups", "H", "groups", 1]],
    ]);
  });

  it("access-control-off: the Designer has no password", () => {
    const found = problems({ users: BUILTINS }, "access-control-off");
    expect(found.map((p) => [p.severity, p.message, p.where.path])).toEqual([
      ["info", `The Designer ("Designer") has no password, so 4D's access control is off: set a Designer password to turn it on.`, ["users", "designer"]],
    ]);
  });

  it("bcrypt-needs-v19r3: once per file, with the number of users", () => {
    const found = problems({ users: { ...base, a: { password: BCRYPT }, b: { password: BCRYPT } } }, "bcrypt-needs-v19r3");
    expect(found.map((p) => [p.severity, p.message, p.params])).toEqual([
      ["info", "2 users have bcrypt passwords, which 4D before v19 R3 cannot check: set legacy passwords instead if the project must open in an older 4D.", { count: 2 }],
    ]);
  });

  it("lists errors first, then warnings, then info", () => {
    const found = problems({ users: { ...BUILTINS, Bob: { password: "x" } }, groups: { G: { users: ["Ghost"] } } });
    expect(found.map((p) => p.severity)).toEqual(["error", "warning", "info"]);
  });
});

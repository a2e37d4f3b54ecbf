import { INVOKE_CHANNELS } from "../../shared/ipc-contract";
import { INVOKE_SCHEMAS } from "../../shared/ipc-schemas";
import { parseDirectory } from "../../shared/parse";
import { realFixtures } from "../helpers/fixtures";

describe("IPC argument schemas", () => {
  it("refuses a draft that refers to itself instead of looping", () => {
    const users: { entries: unknown[] } = { entries: [] };
    users.entries.push(["loop", users]);
    const arg = { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [["users", users]] } }, revision: null };
    expect(INVOKE_SCHEMAS.save.safeParse(arg).success).toBe(false);
  });

  it("has a schema for every channel, and a channel for every schema", () => {
    expect(Object.keys(INVOKE_SCHEMAS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  it.each(realFixtures().map((f) => [f.name, f.text]))("accepts a real document as a save draft: %s", (_name, text) => {
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const arg = { draft: parsed.value.doc, revision: "a".repeat(64) };
    expect(INVOKE_SCHEMAS.save.safeParse(arg).success).toBe(true);
  });

  it("refuses what a compromised renderer might send", () => {
    const bad: [keyof typeof INVOKE_SCHEMAS, unknown][] = [
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { users: {} } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\r" }, root: { entries: [] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [] } }, revision: "../../etc/passwd" }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [["users", { entries: [], __proto__x: 1 }]] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [["users", { entries: [["Bob", { entries: [["password", Infinity]] }]] }]] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [["users", [undefined]]] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [[1, "x"]] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [["a", "b", "c"]] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: { entries: [["when", new Date(0)]] } }, revision: null }],
      ["save", { draft: { layout: { bom: false, eol: "\n" }, root: [] }, revision: null }],
      ["openProject", { target: "" }],
      ["openProject", { target: "/x", copy: "other" }],
      ["preparePassword", { password: "", form: "bcrypt" }],
      ["preparePassword", { password: "x", form: "md5" }],
      ["preparePassword", { password: "x".repeat(5000), form: "bcrypt" }],
      ["reload", { anything: true }],
      ["setLanguage", { language: "de" }],
      ["setLanguage", { language: "fr", extra: 1 }],
      ["setLanguage", null],
    ];
    for (const [method, arg] of bad) expect(INVOKE_SCHEMAS[method].safeParse(arg).success, `${method} ${JSON.stringify(arg)}`).toBe(false);
    expect(INVOKE_SCHEMAS.setLanguage.safeParse({ language: "fr" }).success).toBe(true);
  });
});

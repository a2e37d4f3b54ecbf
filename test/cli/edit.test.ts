import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, tempProject } from "../helpers/cli";
import { realFixture } from "../helpers/fixtures";

/** Lines of `after` that differ from `before`, as [before, after] pairs (same line count assumed). */
function changedLines(before: string, after: string): [string | undefined, string | undefined][] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const out: [string | undefined, string | undefined][] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) out.push([a[i], b[i]]);
  return out;
}

describe("4d-directory passwords", () => {
  const miyako = realFixture("miyako").path;
  const known: [string, string, string][] = [
    [miyako, "Designer", "1"],
    [miyako, "Administrator", "2"],
    [miyako, "Louis", "l"],
    [miyako, "Gérald", "g"],
    [miyako, "Zoé", "z"],
    [realFixture("WebClerk19").path, "Email", "Email"],
    [realFixture("qodly").path, "al", "test"],
  ];
  it.each(known)("%s: %s's known password verifies (exit 0)", (file, user, password) => {
    expect(cli(["verify-password", file, user], `${password}\n`).code).toBe(0);
  });

  it("wrong passwords are rejected (exit 1), case matters", () => {
    expect(cli(["verify-password", realFixture("WebClerk19").path, "Email"], "email\n").code).toBe(1);
    expect(cli(["verify-password", miyako, "Louis"], "L\n").code).toBe(1);
    expect(cli(["verify-password", realFixture("qodly").path, "al"], "Test\n").code).toBe(1);
  });

  it("passwd changes only that user's password line (bcrypt $2y$ by default)", () => {
    const project = tempProject("miyako");
    const before = project.read();
    const run = cli(["passwd", project.file, "Louis"], "s3cret\n");
    expect(run.code).toBe(0);
    const changed = changedLines(before, project.read());
    expect(changed).toHaveLength(1);
    expect(changed[0]![0]).toBe('\t\t\t"password": "X+eMKmznyqj9Q3bqmnWLtw=="');
    expect(changed[0]![1]).toMatch(/^\t\t\t"password": "\$2y\$10\$[./A-Za-z0-9]{53}"$/);
    expect(cli(["verify-password", project.file, "Louis"], "s3cret").code).toBe(0);
    expect(cli(["verify-password", project.file, "Louis"], "l").code).toBe(1);
  });

  it("passwd --legacy writes 4D's legacy form; --clear removes the key", () => {
    const project = tempProject("miyako");
    expect(cli(["passwd", project.file, "Designer", "--legacy"], "1\n").code).toBe(0);
    expect(project.read()).toBe(realFixture("miyako").text);
    expect(cli(["passwd", project.file, "Peter", "--clear"]).code).toBe(0);
    expect(project.read()).toContain('"Peter": {}');
  });

  it("BOM and CRLF survive passwd", () => {
    const bom = tempProject("HDI_WebSocket_Server__Settings");
    expect(cli(["passwd", bom.file, "Administrator"], "x\n").code).toBe(0);
    expect(bom.read().startsWith("\uFEFF{")).toBe(true);
    const crlf = tempProject("GoldenAltos");
    expect(cli(["passwd", crlf.file, "DefaultUser", "--legacy"], "x\n").code).toBe(0);
    const text = crlf.read();
    expect(text.split("\n").every((line, i, all) => i === all.length - 1 || line.endsWith("\r"))).toBe(true);
    expect(text).toContain('"DefaultUser": {\r\n\t\t\t"password": ');
  });
});

describe("4d-directory edits", () => {
  it("renaming the Designer alias in WebClerk19 leaves no reference to the old alias", () => {
    const project = tempProject("WebClerk19");
    const run = cli(["user", "rename", project.file, "jitCorp", "Boss"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Boss/);
    const text = project.read();
    expect(text).not.toContain("jitCorp");
    expect(text).toContain('"alias": "Boss"');
    expect(text).toContain('"localGenericWebUser": "Boss"');
  });

  it("user add, set-startup and delete", () => {
    const project = tempProject("miyako");
    expect(cli(["user", "add", project.file, "2024"]).code).toBe(0);
    expect(cli(["user", "set-startup", project.file, "2024", "OnStart"]).code).toBe(0);
    expect(project.read()).toMatch(/"roland": \{\n\t\t\t"password": "[^"]+"\n\t\t\},\n\t\t"2024": \{\n\t\t\t"startupMethod": "OnStart"\n\t\t\}\n\t\}/);
    expect(cli(["user", "delete", project.file, "Louis"]).code).toBe(0);
    expect(project.read()).not.toContain("Louis");
  });

  it("deleting a user notes that settings.4DSettings may number the users after it", () => {
    const project = tempProject("miyako");
    mkdirSync(join(project.root, "Project", "Sources"), { recursive: true });
    writeFileSync(join(project.root, "Project", "Sources", "settings.4DSettings"), "<preferences/>");
    const run = cli(["user", "delete", project.root, "Tanguy"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("note: Project/Sources/settings.4DSettings may refer to users by number (their place in directory.json): the 4 users after Tanguy move up one number.");
    expect(cli(["user", "delete", project.root, "roland"]).stderr).toBe("");
  });

  it("refusals exit 1 with one sentence and leave the file untouched", () => {
    const project = tempProject("miyako");
    const before = project.read();
    const refusals = [
      ["user", "delete", project.file, "Designer"],
      ["user", "add", project.file, "Louis"],
      ["user", "add", project.file, "*"],
      ["group", "add-member", project.file, "Engineers", "--group", "Secret"],
      ["group", "delete", project.file, "Engineers"],
      ["licence", project.file, "write", "NoSuchGroup"],
      ["access", project.file, "designAccessGroup", "NoSuchGroup"],
    ];
    for (const args of refusals) {
      const run = cli(args);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(project.read()).toBe(before);
    }
    expect(cli(["group", "add-member", project.file, "Engineers", "--group", "Secret"]).stderr).toContain("Secret → Engineers → Secret");
  });

  it("groups: add (Administrator member), rename cascades, members, licence, access, forced delete", () => {
    const project = tempProject("WebClerk19");
    expect(cli(["group", "add", project.file, "Managers"]).code).toBe(0);
    expect(project.read()).toContain('"Managers": {\n\t\t\t"users": [\n\t\t\t\t"Admin"\n\t\t\t]\n\t\t}');
    expect(cli(["group", "add-member", project.file, "Managers", "--group", "Sales"]).code).toBe(0);
    expect(cli(["group", "add-member", project.file, "Managers", "--user", "Email"]).code).toBe(0);
    expect(cli(["group", "remove-member", project.file, "Managers", "--user", "Admin"]).code).toBe(0);
    expect(cli(["licence", project.file, "write", "Managers"]).stdout).toContain("4D_Write");
    expect(cli(["access", project.file, "designAccessGroup", "Managers"]).code).toBe(0);
    expect(cli(["access", project.file, "sql.DEFAULT_SCHEMA.allAccessGroup", "Managers"]).code).toBe(0);
    expect(cli(["group", "rename", project.file, "Managers", "Bosses"]).code).toBe(0);
    let text = project.read();
    expect(text).not.toContain("Managers");
    expect(text).toContain('"write": "Bosses"');
    expect(text).toContain('"designAccessGroup": "Bosses"');
    expect(text).toContain('"allAccessGroup": "Bosses"');
    expect(cli(["group", "delete", project.file, "Bosses", "--force"]).code).toBe(0);
    text = project.read();
    expect(text).not.toContain("Bosses");
    expect(text).toContain('"write": ""');
  });

  it("group empty removes the members and keeps the group with its licences; an empty group is refused", () => {
    const project = tempProject("WebClerk19");
    const before = project.read();
    const run = cli(["group", "empty", project.file, "AdminControl"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout.split("\n")[0]).toBe("emptied group AdminControl (3 member users removed, 0 member groups removed)");
    const text = project.read();
    expect(text).toContain('"AdminControl": {}');
    expect(text).toContain('"web": "AdminControl"');
    const emptied = (t: string) => t.replace(/"AdminControl": \{[^}]*\}/, '"AdminControl": {}');
    expect(text).toBe(emptied(before));

    const again = cli(["group", "empty", project.file, "AdminControl"]);
    expect(again).toMatchObject({ code: 1, stdout: "", stderr: "4d-directory: AdminControl has no members, so there is nothing to empty.\n" });
    expect(project.read()).toBe(text);
    expect(cli(["group", "empty", project.file]).stderr).toContain("expected: 4d-directory group empty <target> <group>");
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, tempProject } from "../helpers/cli";
import { realFixture, realFixtures } from "../helpers/fixtures";

describe("4d-directory check and format", () => {
  it.each(realFixtures().map((f) => f.name))("%s: check reports no errors and format --check passes", (name) => {
    const { path } = realFixture(name);
    expect(cli(["check", path]).code).toBe(0);
    expect(cli(["format", path, "--check"]).code).toBe(0);
  });

  it("says which copy is in force and which is shadowed", () => {
    const project = tempProject("HDI_WebSocket_Server__Settings");
    const data = join(project.root, "Data", "Settings");
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, "directory.json"), realFixture("HDI_WebSocket_Server__Data").text);
    const run = cli(["check", project.root]);
    expect(run.stdout).toContain(`In force: ${join(data, "directory.json")} (data Settings)`);
    expect(run.stdout).toContain(`Shadowed: ${project.file} (user Settings`);
  });

  it("reports dangling members and cycles with line and column, exit 1", () => {
    const project = tempProject("", `{
\t"users": {
\t\t"designer": {
\t\t\t"alias": "Designer"
\t\t},
\t\t"administrator": {
\t\t\t"alias": "Administrator"
\t\t}
\t},
\t"groups": {
\t\t"A": {
\t\t\t"users": [
\t\t\t\t"Bobby"
\t\t\t],
\t\t\t"groups": [
\t\t\t\t"B"
\t\t\t]
\t\t},
\t\t"B": {
\t\t\t"groups": [
\t\t\t\t"A"
\t\t\t]
\t\t}
\t}
}`);
    const run = cli(["check", project.file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/:13:5: error: .*"Bobby".*\[dangling-member\]/);
    expect(run.stdout).toMatch(/error: .*A → B → A.*\[cycle\]/);
    const json = JSON.parse(cli(["check", project.file, "--json"]).stdout);
    expect(json.problems.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(["dangling-member", "cycle"]));
  });

  it("format rewrites a file that is not in 4D's layout, keeping its content", () => {
    const project = tempProject("", '{"users": {"designer": {"alias": "Designer"}, "administrator": {"alias": "Administrator"}}}\n');
    expect(cli(["format", project.file, "--check"]).code).toBe(1);
    expect(project.read()).toContain('{"users"');
    expect(cli(["format", project.file]).code).toBe(0);
    expect(project.read()).toBe('{\n\t"users": {\n\t\t"designer": {\n\t\t\t"alias": "Designer"\n\t\t},\n\t\t"administrator": {\n\t\t\t"alias": "Administrator"\n\t\t}\n\t}\n}');
  });
});

describe("4d-directory on broken input", () => {
  const cases: [string, string, RegExp][] = [
    ["invalid JSON", '{\n\t"users": {\n\t\t"designer": {}\n\t\t"administrator": {}\n\t}\n}', /directory\.json:4:3: .*comma/],
    ["wrong types", '{\n\t"users": {\n\t\t"Bob": {\n\t\t\t"password": 12\n\t\t}\n\t}\n}', /directory\.json:4:16: users\."Bob"\.password must be a string/],
    ["duplicate keys", '{\n\t"users": {\n\t\t"Bob": {},\n\t\t"Bob": {}\n\t}\n}', /directory\.json:4:3: duplicate key "Bob"/],
    ["an empty file", "", /directory\.json.*empty/],
  ];
  it.each(cases)("%s: one line naming file, line and column; exit 2; file untouched", (_name, text, message) => {
    const project = tempProject("", text);
    for (const args of [["check", project.file], ["user", "add", project.file, "Zed"], ["format", project.file]]) {
      const run = cli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(project.read()).toBe(text);
    }
  });

  it("a missing target is exit 2 with the path", () => {
    const run = cli(["check", "/nowhere/at/all"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("/nowhere/at/all");
  });

  it("bad usage is exit 2 with a pointer to --help", () => {
    expect(cli([]).code).toBe(2);
    const run = cli(["frobnicate", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate".*--help/);
    expect(cli(["check", "x", "--bogus"]).stderr).toMatch(/--bogus/);
    expect(cli(["--help"]).code).toBe(0);
  });
});

describe("4d-directory effective and export", () => {
  const miyako = realFixture("miyako").path;

  it("prints a user's groups with the path by which each is reached", () => {
    const run = cli(["effective", miyako, "Louis", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.user).toBe("Louis");
    expect(json.groups).toEqual([
      { name: "Engineers", path: ["Engineers"] },
      { name: "Secret", path: ["Engineers", "Secret"] },
    ]);
    expect(json.licences.map((l: { key: string }) => l.key)).toEqual(["web", "soap"]);
    expect(Array.isArray(json.access)).toBe(true);
    expect(cli(["effective", miyako, "Louis"]).stdout).toContain("Secret  (via Engineers)");
  });

  it("an unknown user is exit 1", () => {
    const run = cli(["effective", miyako, "Nobody Here"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No user named "Nobody Here"');
  });

  it("exports users × groups as CSV", () => {
    const run = cli(["export", miyako, "--csv"]);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("user,kind,Engineers,Staff,Secret");
    expect(lines).toContain("Louis,user,direct,,via Engineers");
    expect(lines).toContain("Designer,designer,direct,direct,via Engineers");
  });
});

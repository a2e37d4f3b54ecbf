import { cli, tempProject } from "../helpers/cli";

const FILE = JSON.stringify({ users: { designer: { alias: "Designer" }, administrator: { alias: "Administrator" }, " test": {} }, groups: { Sales: {} } }, null, "\t");

describe("4d-directory refuses look-alike and over-long names", () => {
  it("user add test next to \" test\": exit 1, names the existing user, file untouched", () => {
    const project = tempProject("", FILE);
    const run = cli(["user", "add", project.root, "test"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`4d-directory: "test" looks like the existing user " test" (they differ only by case, spaces or invisible characters): choose a name that cannot be mistaken for it.\n`);
    expect(project.read()).toBe(FILE);
  });

  it("group rename to a look-alike and a 256-character group name: exit 1 with a sentence", () => {
    const project = tempProject("", FILE);
    expect(cli(["group", "add", project.root, "SALES"]).stderr).toContain('looks like the existing group "Sales"');
    const long = cli(["group", "add", project.root, "g".repeat(256)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toBe("4d-directory: A group name can have at most 255 characters; this one has 256.\n");
    expect(project.read()).toBe(FILE);
  });
});

import { hashPassword, legacyHash } from "../../electron/services/passwords";
import { cli, tempProject } from "../helpers/cli";
import { realFixture } from "../helpers/fixtures";

interface JsonFinding {
  severity: string;
  code: string;
  message: string;
  users?: string[];
  groups?: string[];
}

function file(users: Record<string, object>, extra: object = {}): string {
  return JSON.stringify({ users, ...extra }, null, "\t");
}

const designer = { password: legacyHash("Zq7#designer-long"), alias: "Designer" };
const administrator = { password: legacyHash("Xv9!admin-long"), alias: "Administrator" };

describe("4d-directory audit", () => {
  it("lists exactly the users without password and whose password is their name, with legacy hashes (exit 1: high)", () => {
    const project = tempProject(
      "",
      file(
        {
          designer,
          administrator,
          SJohnson: { password: legacyHash("sjohnson") },
          "Paige Parker": { password: legacyHash("paige parker") },
          Robert: { password: legacyHash("V3ry-unusual-phrase") },
          nopass1: {},
          nopass2: { startupMethod: "Start" },
        },
        { groups: { Dev: { users: ["Robert"] } }, settings: { designAccessGroup: "Dev" } },
      ),
    );
    const run = cli(["audit", project.root, "--json"]);
    expect(run.code).toBe(1);
    const { findings, bcryptNotTried } = JSON.parse(run.stdout) as { findings: JsonFinding[]; bcryptNotTried: number };
    expect(bcryptNotTried).toBe(0);
    expect(findings.map((f) => [f.code, f.severity, f.users])).toEqual([
      ["password-is-name", "high", ["SJohnson", "Paige Parker"]],
      ["no-password", "medium", ["nopass1", "nopass2"]],
      ["legacy-hash", "low", ["Designer", "Administrator", "SJohnson", "Paige Parker", "Robert"]],
    ]);
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(["code", "message", "severity"]));
  });

  it("exits 1 with admin-no-password when the Administrator lacks one and the Designer has one", () => {
    const project = tempProject("", file({ designer, administrator: { alias: "Administrator" } }, { groups: { Dev: {} }, settings: { designAccessGroup: "Dev" } }));
    const run = cli(["audit", project.root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^high: The Administrator \("Administrator"\) has no password .* \[admin-no-password\]$/m);
    expect(run.stdout).toContain("2 findings: 1 high, 0 medium, 1 low");
  });

  it("exits 0 when nothing is high, and says No findings on a clean file", () => {
    const project = tempProject("", file({ designer: { alias: "Designer" }, administrator: { alias: "Administrator" } }));
    const run = cli(["audit", project.file]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("No findings.");
  });

  it("says how many bcrypt passwords were not tried without --deep, and tries them with it", async () => {
    expect(cli(["audit", realFixture("qodly-timesheet").path]).stdout).toContain("1 bcrypt password was not tried: run with --deep");
    // A password equal to the name is the first guess: the deep run stays short.
    const project = tempProject("", file({ designer, administrator, al: { password: await hashPassword("al", "bcrypt") } }));
    expect(cli(["audit", project.root]).stdout).not.toContain("[password-is-name]");
    const deep = cli(["audit", project.root, "--deep", "--json"]);
    const report = JSON.parse(deep.stdout) as { findings: JsonFinding[]; bcryptTried: number; bcryptNotTried: number };
    expect(report).toMatchObject({ bcryptTried: 1, bcryptNotTried: 0 });
    expect(report.findings.find((f) => f.code === "password-is-name")?.users).toEqual(["al"]);
  }, 60000);

  it("exits 2 on unreadable input, with the file and place, never a stack trace", () => {
    const project = tempProject("", "{\n\t\"users\": {\n");
    const run = cli(["audit", project.root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^4d-directory: .*directory\.json.*\d+:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(cli(["audit"]).code).toBe(2);
  });

  it("never prints a hash", () => {
    const project = tempProject("", file({ designer, administrator, ann: { password: legacyHash("letmein") } }));
    const run = cli(["audit", project.root, "--json"]);
    expect(run.stdout + run.stderr).not.toContain(legacyHash("letmein"));
    expect(run.stdout + run.stderr).not.toContain("letmein");
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { modelOf } from "../../shared/model";
import { effectiveGroups } from "../../shared/queries";
import { cli, tempProject } from "../helpers/cli";
import { documentFromText } from "../helpers/documents";
import { realFixture } from "../helpers/fixtures";

const csvFile = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), "4dde-csv-")), "users.csv");
  writeFileSync(file, text);
  return file;
};

/** An empty project: no directory.json yet (4D writes none until users are used). */
function emptyProject(): { root: string; read: () => string } {
  const root = mkdtempSync(join(tmpdir(), "4dde-empty-"));
  mkdirSync(join(root, "Project"));
  writeFileSync(join(root, "Project", "Empty.4DProject"), "{}");
  return { root, read: () => readFileSync(join(root, "Settings", "directory.json"), "utf8") };
}

describe("4d-directory import", () => {
  it("adds users with groups, startup methods and bcrypt passwords, all in one save", () => {
    const project = tempProject("miyako");
    const csv = csvFile("user,password,groups,startupMethod\nNina,s3cret,Engineers;Secret,Go\nOmar,,Engineers,\n");
    const run = cli(["import", project.file, csv]);
    expect(run.stderr).toContain("holds plain-text passwords; delete it");
    expect(run.stderr).not.toContain("s3cret");
    expect(run.stdout).not.toContain("s3cret");
    expect(run.code).toBe(0);
    const doc = documentFromText(project.read());
    expect(modelOf(doc).userByName.get("Nina")).toMatchObject({ password: "bcrypt", startupMethod: "Go" });
    expect(effectiveGroups(doc, "Omar").map((m) => m.group)).toContain("Engineers");
    expect(run.stdout).toMatch(/imported 2 new users/);
    expect(cli(["verify-password", project.file, "Nina"], "s3cret\n").code).toBe(0);
  });

  it("reads Excel's French CSV: semicolons and a BOM", () => {
    const project = tempProject("miyako");
    const csv = csvFile("\uFEFFuser;groups\r\nPaul;Engineers\r\n");
    expect(cli(["import", project.file, csv]).code).toBe(0);
    expect(modelOf(documentFromText(project.read())).groupByName.get("Engineers")!.users).toContain("Paul");
  });

  it("--dry-run on 1,000 rows with 3 bad ones lists the 3 with their lines and writes nothing", () => {
    const project = tempProject("miyako");
    const before = project.read();
    const lines = ["user,groups"];
    for (let i = 1; i <= 1000; i++) lines.push(i === 10 ? "*,Engineers" : i === 500 ? "user500,Nowhere" : i === 900 ? ",Engineers" : `user${i},Engineers`);
    const run = cli(["import", project.file, csvFile(lines.join("\n")), "--dry-run"]);
    expect(run.code).toBe(1);
    const refused = run.stderr.split("\n").filter((l) => /users\.csv:\d+:/.test(l));
    expect(refused.map((l) => /users\.csv:(\d+):/.exec(l)![1])).toEqual(["11", "501", "901"]);
    expect(run.stderr).toContain("nothing was written");
    expect(project.read()).toBe(before);
  });

  it("without bad rows, writes all 1,000 users in one save and one backup", () => {
    const project = tempProject("miyako");
    const backups = mkdtempSync(join(tmpdir(), "4dde-bk-"));
    const lines = ["user,groups", ...Array.from({ length: 1000 }, (_, i) => `user${i + 1},Engineers`)];
    const csv = csvFile(lines.join("\n"));
    const dry = cli(["import", project.file, csv, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("1,000 users to add");
    expect(dry.stdout).toContain("Dry run: nothing was written.");
    const run = cli(["import", project.file, csv], "", { FOURD_DIRECTORY_BACKUPS: backups });
    expect(run.code).toBe(0);
    expect(modelOf(documentFromText(project.read())).users.length).toBe(1000 + modelOf(documentFromText(realFixture("miyako").text)).users.length);
    expect(readdirSync(backups, { recursive: true }).filter((f) => String(f).endsWith(".json")).length).toBe(1);
  });

  it("refuses unknown groups unless --create-groups, and unknown columns by name", () => {
    const project = tempProject("miyako");
    const csv = csvFile("user,groups\nPaul,Night shift\n");
    const run = cli(["import", project.file, csv]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("users.csv:2: there is no group named Night shift");
    expect(cli(["import", project.file, csv, "--create-groups"]).code).toBe(0);
    expect(modelOf(documentFromText(project.read())).groupByName.get("Night shift")!.users).toEqual(["Paul"]);
    const bad = cli(["import", project.file, csvFile("user,email\nPaul,p@x\n")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown column "email"');
  });

  it("says where a CSV is malformed, without quoting its fields", () => {
    const project = tempProject("miyako");
    const run = cli(["import", project.file, csvFile('user,password\nPaul,"hunter2\nAnn,x,y\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/users\.csv:\d+: /);
    expect(run.stderr).not.toContain("hunter2");
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("4d-directory export --csv --rows", () => {
  it("writes one line per effective membership, with how and the upward path", () => {
    const run = cli(["export", realFixture("miyako").path, "--csv", "--rows"]);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trim().split("\n");
    expect(header).toBe("user,kind,group,how,path");
    expect(rows.some((r) => r.endsWith(",direct,Engineers") || /,direct,/.test(r))).toBe(true);
    expect(rows.some((r) => /,inherited,.+ ⊂ /.test(r))).toBe(true);
  });

  it("round trip: an export imported into an empty project recreates the same memberships", () => {
    for (const fixture of ["miyako", "WebClerk19"]) {
      const source = realFixture(fixture);
      const exported = cli(["export", source.path, "--csv", "--rows"]).stdout;
      const project = emptyProject();
      const run = cli(["import", project.root, csvFile(exported), "--create-groups"]);
      expect(run.code, run.stderr).toBe(0);
      const again = cli(["export", join(project.root, "Settings", "directory.json"), "--csv", "--rows"]).stdout;
      // The built-in users keep the target's aliases; every other line is the same.
      const strip = (text: string) =>
        text
          .split("\n")
          .filter((l) => !/^[^,]*,(designer|administrator),/.test(l))
          .sort();
      expect(strip(again)).toEqual(strip(exported));
    }
  });
});

// Files no one should write, read through the real command line: a clear refusal, never a crash.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cli, tempProject } from "../helpers/cli";
import { deadPid } from "../helpers/processes";

it("a 100,000-deep JSON array: exit 2 with file:line:col, no stack overflow", () => {
  const project = tempProject("miyako", "[".repeat(100_000) + "]".repeat(100_000));
  const run = cli(["check", project.file]);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/directory\.json:1:257: objects and arrays nest more than 256 levels deep/);
  expect(run.stderr).not.toMatch(/stack|unexpected failure/i);
});

it("numbers and escapes in keys no edit touched are written back byte for byte", () => {
  const text = '{\n\t"users": {\n\t\t"designer": {\n\t\t\t"alias": "Designer"\n\t\t},\n\t\t"administrator": {\n\t\t\t"alias": "Administrator"\n\t\t}\n\t},\n\t"custom": {\n\t\t"inf": 1e999,\n\t\t"big": 12345678901234567890,\n\t\t"price": 1.50,\n\t\t"zero": -0,\n\t\t"s": "\\u00e9\\/"\n\t}\n}';
  const project = tempProject("miyako", text);
  const run = cli(["user", "add", project.file, "Zoé"]);
  expect(run.code, run.stderr).toBe(0);
  expect(project.read()).toContain('\t"custom": {\n\t\t"inf": 1e999,\n\t\t"big": 12345678901234567890,\n\t\t"price": 1.50,\n\t\t"zero": -0,\n\t\t"s": "\\u00e9\\/"\n\t}');
});

it("a folder named directory.json is refused, not taken for a file not created yet", () => {
  const project = tempProject("miyako");
  rmSync(project.file);
  mkdirSync(project.file);
  const run = cli(["check", project.root]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("is a folder, not a file");
});

it("check removes and reports the temp copy a killed save left, whatever its age", async () => {
  const project = tempProject("miyako");
  const temp = join(dirname(project.file), `.directory.json.${await deadPid()}.0a1b2c.tmp`);
  writeFileSync(temp, project.read());
  const run = cli(["check", project.file]);
  expect(run.stdout).toContain(`Removed ${temp}: a temp copy left by a save that did not finish`);
  expect(existsSync(temp)).toBe(false);
  expect(cli(["check", project.file]).stdout).not.toContain("Removed");
});

it("a password piped with more than one line is refused with a sentence, nothing written", () => {
  const project = tempProject("miyako");
  const before = project.read();
  const run = cli(["passwd", project.file, "Louis"], "first\nsecond\n");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Standard input holds more than one line");
  expect(run.stderr).not.toMatch(/first|second/);
  expect(project.read()).toBe(before);
  expect(cli(["passwd", project.file, "Louis"], "only-one-line-here\n").code).toBe(0);
});

it("passwd notes never tell the password's length", () => {
  const project = tempProject("miyako");
  const run = cli(["passwd", project.file, "Louis"], `${"é".repeat(40)}\n`);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain("note: The password is longer than 15 characters");
  expect(run.stderr).not.toMatch(/\b(40|80)\b/);
});

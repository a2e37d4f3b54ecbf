// Files no one should write, read through the real command line: a clear refusal, never a crash.
import { cli, tempProject } from "../helpers/cli";

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

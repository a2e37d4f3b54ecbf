// Compare-and-swap through the real command line: parallel edits of one file either land or say so.
// The long run (100 rounds, and kills) is `npm run test:faults`; this is its quick version.
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { cliAsync, tempProject } from "../helpers/cli";

const ROUNDS = 1;
const WRITERS = 10;

it(`${WRITERS} parallel user add on one file, ${ROUNDS} rounds: every "Saved" edit is in the file, the others exit 1 with a sentence`, { timeout: 60_000 }, async () => {
  let saved = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const project = tempProject("miyako");
    const names = Array.from({ length: WRITERS }, (_, i) => `Parallel ${round}-${i}`);
    const runs = await Promise.all(names.map((name) => cliAsync(["user", "add", project.file, name])));
    const parsed = parseDirectory(project.read());
    if (!parsed.ok) throw new Error(parsed.error.message);
    const users = modelOf(parsed.value.doc).userByName;
    runs.forEach((run, i) => {
      const name = names[i] as string;
      if (run.stdout.includes("Saved ")) {
        expect(run.code, run.stderr).toBe(0);
        expect(users.has(name), `${name} was reported saved but is missing`).toBe(true);
        saved++;
      } else {
        expect(run.code, run.stdout + run.stderr).toBe(1);
        expect(users.has(name)).toBe(false);
        expect(run.stderr).toMatch(/^4d-directory: .*(Run the command again, or add --force|Try again in a moment).*\n$/);
      }
    });
  }
  expect(saved).toBeGreaterThan(0);
});

it("a read-only directory.json is refused with a sentence naming --force, which overrides it", async () => {
  if (process.platform === "win32") return;
  const { chmodSync, statSync } = await import("node:fs");
  const project = tempProject("miyako");
  chmodSync(project.file, 0o444);
  const before = project.read();
  const refused = await cliAsync(["user", "add", project.file, "Louise"]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toBe(`4d-directory: "${project.file}" is read-only, so it was not changed. Make it writable, or add --force to replace it anyway.\n`);
  expect(project.read()).toBe(before);
  const forced = await cliAsync(["user", "add", project.file, "Louise", "--force"]);
  expect(forced.code, forced.stderr).toBe(0);
  expect(project.read()).toContain('"Louise"');
  expect(statSync(project.file).mode & 0o777).toBe(0o444);
});

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The folder of real directory.json files written by 4D (test/fixtures/real, in this repository). */
export const REAL_FIXTURES = resolve(__dirname, "../fixtures/real");

/** Every real fixture: its file name, path and text. */
export function realFixtures(): { name: string; path: string; text: string }[] {
  return readdirSync(REAL_FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((name) => {
      const path = join(REAL_FIXTURES, name);
      return { name, path, text: readFileSync(path, "utf8") };
    });
}

/** The text of one real fixture, by a unique part of its name (e.g. "WebClerk19"). */
export function realFixture(part: string): { name: string; path: string; text: string } {
  const found = realFixtures().filter((f) => f.name.includes(part));
  if (found.length !== 1) throw new Error(`fixture "${part}" matched ${found.length} files`);
  return found[0]!;
}

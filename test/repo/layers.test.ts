import { ESLint } from "eslint";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

/** The layer-rule messages ESLint gives `code` as if it were a new file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
const importsOf = (file: string) =>
  [...readFileSync(join(ROOT, file), "utf8").matchAll(/^\s*(?:import|export)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);

describe("layers are kept by folder", () => {
  it.each([
    ["electron/services/new-service.ts", 'import { app } from "electron";\nexport const a = app;'],
    ["electron/services/new-service.ts", 'import { menu } from "../main/menu";\nexport const a = menu;'],
    ["electron/cli/commands/new-command.ts", 'import { x } from "../../main/index";\nexport const a = x;'],
    ["electron/cli/new.ts", 'import { app } from "electron";\nexport const a = app;'],
    ["shared/new-module.ts", 'import { readFile } from "node:fs";\nexport const a = readFile;'],
    ["renderer/pages/new-page.tsx", 'import { readFile } from "node:fs";\nexport const a = readFile;'],
    ["renderer/pages/new-page.tsx", 'import { x } from "../../electron/services/passwords";\nexport const a = x;'],
  ])("a new file %s that crosses its layer fails the lint", async (path, code) => {
    expect(await layerErrors(path, code)).not.toEqual([]);
  });

  it.each([
    ["electron/main/new-glue.ts", 'import { app } from "electron";\nexport const a = app;'],
    ["electron/cli/new.ts", 'import { x } from "../services/passwords";\nexport const a = x;'],
    ["electron/main/new-glue.ts", 'import { x } from "../services/passwords";\nexport const a = x;'],
  ])("a new file %s that stays in its layer passes", async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });

  it("only electron/main/ and electron/preload/ import electron", () => {
    const importers = tracked.filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f) && !f.startsWith("test/") && importsOf(f).includes("electron"));
    expect(importers.every((f) => f.startsWith("electron/main/") || f.startsWith("electron/preload/"))).toBe(true);
    expect(importers.length).toBeGreaterThan(0);
  });

  it("nothing in electron/cli/ imports from electron/main/", () => {
    const cli = tracked.filter((f) => f.startsWith("electron/cli/") && f.endsWith(".ts"));
    expect(cli.flatMap((f) => importsOf(f).filter((i) => /(^|\/)main(\/|$)/.test(i)))).toEqual([]);
  });
});

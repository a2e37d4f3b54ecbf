import { ESLint } from "eslint";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
// The files linted here do not exist, so no tsconfig holds them: they are linted without type
// information (the type-aware rules off), with the project's layer rules as they are.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    {
      files: ["**/*.ts", "**/*.tsx"],
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        "@typescript-eslint/no-floating-promises": "off",
        "@typescript-eslint/no-misused-promises": "off",
        "@typescript-eslint/switch-exhaustiveness-check": "off",
      },
    },
  ],
});

/** The layer-rule messages ESLint gives `code` as if it were a new file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  // A file ESLint could not parse or configure has no layer messages: that must fail, not pass.
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
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
    ["electron/main/new-glue.ts", 'import { createI18n } from "../../renderer/i18n";\nexport const a = createI18n;'],
  ])("a new file %s that crosses its layer fails the lint", async (path, code) => {
    expect(await layerErrors(path, code)).not.toEqual([]);
  });

  it.each([
    ["electron/main/new-glue.ts", 'import { app } from "electron";\nexport const a = app;'],
    ["electron/cli/new.ts", 'import { x } from "../services/passwords";\nexport const a = x;'],
    ["electron/main/new-glue.ts", 'import { x } from "../services/passwords";\nexport const a = x;'],
    ["electron/main/new-glue.ts", 'import fr from "../../renderer/i18n/fr/native.json";\nexport const a = fr;'],
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

describe("modules form no circle", () => {
  const sources = tracked.filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith("test/") && !f.endsWith(".d.ts"));
  const known = new Set(sources);
  const resolveImport = (from: string, spec: string): string | undefined => {
    const base = join(from, "..", spec).split("\\").join("/");
    return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((candidate) => known.has(candidate));
  };
  // What a file imports that runs: `import type` is erased.
  const valueImportsOf = (file: string) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
  /** The relative imports of `files`, resolved to tracked files (`./x` → `x.ts`, `x.tsx`, `x/index.ts`). */
  const graphOf = (files: readonly string[], imports: (file: string) => string[]) =>
    new Map(files.map((f) => [f, imports(f).filter((s) => s.startsWith(".")).flatMap((s) => resolveImport(f, s) ?? [])]));

  /** Every circle of imports, as the files around it (`a → b → a`). */
  function circles(graph: ReadonlyMap<string, readonly string[]>): string[] {
    const found: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next].join(" → "));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, "done");
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    return found;
  }

  it("finds a circle where there is one, and resolves the imports it follows", () => {
    expect(circles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]]))).toEqual(["a → b → c → a"]);
    expect(graphOf(sources, importsOf).get("electron/services/file-store.ts")).toEqual(
      expect.arrayContaining(["electron/services/backups.ts", "electron/services/io-errors.ts"]),
    );
  });

  it("no source file runs an import of itself through others", () => {
    expect(circles(graphOf(sources, valueImportsOf))).toEqual([]);
  });

  it("in shared/ and electron/, not even through a type (the services' file store, backups and I/O messages once did)", () => {
    const engine = sources.filter((f) => f.startsWith("shared/") || f.startsWith("electron/"));
    expect(circles(graphOf(engine, importsOf))).toEqual([]);
  });
});

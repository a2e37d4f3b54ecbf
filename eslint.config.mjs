// Lint rules, including the layer rules, written per folder so that a new file needs no entry here:
//   shared/            pure TypeScript: no Node, no Electron, no React, no other layer
//   renderer/          the UI: no Node, no Electron, nothing from electron/ (it goes through renderer/api.ts)
//   electron/services/ plain-Node services: no electron, nothing from main/, preload/, cli/ or renderer/
//   electron/cli/      the command line: shared/ and services/, never electron or main/
//   electron/main/, electron/preload/: the only folders that import electron (main also reads the
//                      renderer's en/fr catalogs, data, for the menu and the native dialogs)
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = ["node:*", "fs", "path", "os", "child_process", "crypto", "electron"];
// Each pattern is a gitignore-style glob, or { regex } where a glob cannot say it.
const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((p) => (typeof p === "string" ? { group: [p], message } : { ...p, message })) }],
});

export default tseslint.config(
  { ignores: ["node_modules/", "out/", "dist/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Type-aware rules over the TypeScript of the four projects (the project service finds each
    // file's tsconfig): a promise nobody awaits or handles, a promise where a plain callback is
    // expected, and a switch over a union that forgets a member are errors.
    files: ["shared/**/*.ts", "electron/**/*.ts", "renderer/**/*.ts", "renderer/**/*.tsx", "test/**/*.ts", "test/**/*.tsx"],
    ignores: ["**/*.mts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // A default counts as handling the rest: the parser's and the CLI's defaults are their answer to
      // an open-ended input (an unknown parser code, a word typed on the command line).
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: restrict(
      [...nodeBuiltins, "react", "react-dom", "zustand", "**/electron/**", "**/renderer/**"],
      "shared/ is pure TypeScript: no Node, no Electron, no React, no other layer.",
    ),
  },
  {
    files: ["renderer/**/*.ts", "renderer/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, "**/electron/**", "bcryptjs", "chokidar"],
        "renderer/ never touches Node or Electron: go through window.api (renderer/api.ts).",
      ),
    },
  },
  {
    files: ["electron/services/**/*.ts"],
    rules: restrict(
      ["electron", "**/main/**", "**/preload/**", "**/cli/**", "**/renderer/**"],
      "electron/services/ is plain Node, used by main/ and cli/ alike: no electron, no other electron/ folder.",
    ),
  },
  {
    files: ["electron/cli/**/*.ts"],
    rules: restrict(
      ["electron", "**/main/**", "**/preload/**", "**/renderer/**"],
      "electron/cli/ runs in plain Node: it uses shared/ and electron/services/, never electron or main/.",
    ),
  },
  {
    files: ["electron/main/**/*.ts", "electron/preload/**/*.ts"],
    rules: restrict(
      ["**/cli/**", { regex: "(^|/)renderer/(?!i18n/[a-z]+/[\\w-]+\\.json$)" }],
      "main/ and preload/ are the Electron glue: no CLI, no renderer code (the renderer's catalogs are data they may read).",
    ),
  },
  {
    files: ["electron/**/*.ts", "scripts/**/*.mjs", "bin/**/*.js", "test/**/*.ts", "test/**/*.tsx", "*.config.*"],
    languageOptions: { globals: globals.node },
  },
  {
    // The bin shim is CommonJS on purpose: it runs before anything is built or transpiled.
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

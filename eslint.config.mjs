// Lint rules, including the layer rules of ../shared/guides/architecture.md:
// shared/ is pure, renderer/ never touches Node or Electron, only a few main files import electron.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = ["node:*", "fs", "path", "os", "child_process", "crypto", "electron"];
const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }],
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
    files: ["shared/**/*.ts"],
    rules: restrict(
      [...nodeBuiltins, "react", "react-dom", "zustand", "../electron/*", "../renderer/*", "**/electron/**", "**/renderer/**"],
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
    files: ["electron/**/*.ts"],
    ignores: ["electron/main/index.ts", "electron/main/window.ts", "electron/main/menu.ts", "electron/main/ipc.ts", "electron/main/app-*.ts", "electron/preload/**"],
    languageOptions: { globals: globals.node },
    rules: restrict(["electron", "**/renderer/**"], "Only index/window/menu/ipc import electron; the rest is plain Node, testable without it."),
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

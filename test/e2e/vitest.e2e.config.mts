import { defineConfig } from "vitest/config";

// The end-to-end suite: real Chromium against the built renderer and the real service handlers
// (run by scripts/e2e.mjs, which builds first). One spec file at a time: each drives a browser.
// Verbose, so a skipped spec shows its reason (the Electron one, where no binary exists).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    globals: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["verbose"],
  },
});

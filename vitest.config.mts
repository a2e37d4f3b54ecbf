import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globals: true,
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "test/**/*.slow.test.ts", "node_modules/**"],
    environment: "node",
    setupFiles: ["test/helpers/setup.ts"],
    testTimeout: 20000,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globals: true,
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // Slow fault-injection runs are their own script (npm run test:faults sets FAULT_RUNS).
    exclude: ["test/e2e/**", "node_modules/**", ...(process.env.FAULT_RUNS ? [] : ["test/**/*.slow.test.ts"])],
    environment: "node",
    setupFiles: ["test/helpers/setup.ts"],
    globalSetup: ["test/helpers/build-cli.ts"],
    testTimeout: 20000,
  },
});

import { defineConfig } from "vitest/config";

// `vitest run --mode faults` (npm run test:faults) adds the slow fault-injection run, 200 kills;
// a mode rather than `FAULT_RUNS=200 vitest …`, which Windows shells cannot run. FAULT_RUNS, when
// set, still picks the number of runs (and includes the slow tests).
// `vitest run --mode fuzz` (npm run test:fuzz) runs the fuzz test with 10,000 cases the same way.
export default defineConfig(({ mode }) => {
  const faults = mode === "faults" || process.env.FAULT_RUNS !== undefined;
  const fuzz = mode === "fuzz";
  return {
    test: {
      globals: true,
      include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
      exclude: ["test/e2e/**", "node_modules/**", ...(faults ? [] : ["test/**/*.slow.test.ts"])],
      env: {
        ...(faults ? { FAULT_RUNS: process.env.FAULT_RUNS ?? "200" } : {}),
        ...(fuzz ? { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "10000" } : {}),
      },
      environment: "node",
      setupFiles: ["test/helpers/setup.ts"],
      globalSetup: ["test/helpers/build-cli.ts"],
      testTimeout: 20000,
    },
  };
});

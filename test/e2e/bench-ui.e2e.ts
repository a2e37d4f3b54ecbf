import { ACTIONS, runUiBench, uiTable } from "../bench/ui.bench";

// The smoke version of `npm run bench:ui`: one run at 1,000 users and 1,000 groups, every action
// of the benchmark done in the app and in the bare page. No thresholds: the figures live in
// BENCHMARKS.md; this keeps the benchmark itself working.
describe("the UI benchmark (smoke, 1k/1k)", () => {
  it("times every action in the app and in the bare page", async () => {
    const [figures] = await runUiBench({ sizes: [1000], runs: 1, edits: [2] });
    for (const action of ACTIONS) {
      expect(figures!.app[action], `app: ${action}`).toBeGreaterThan(0);
      expect(figures!.bare[action], `bare: ${action}`).toBeGreaterThan(0);
    }
    expect(figures!.app["heap after 2 edits" as never]).toBeGreaterThan(0);
    expect(uiTable([figures!])).toContain("| save |");
  }, 300_000);
});

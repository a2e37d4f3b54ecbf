// Timing helpers shared by the engine benchmarks.

/** The median of `rounds` timed runs of `run` (ms), after one warm-up run. */
export function median(run: () => unknown, rounds = 5): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

/** The value of an edit's result; a refusal fails the benchmark loudly (it would time nothing). */
export function applied<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`benchmark edit refused: ${result.error.message}`);
  return result.value;
}

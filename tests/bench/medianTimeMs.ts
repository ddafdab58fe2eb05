// Times a function as the median of several batches, after a warm-up, so one noisy moment on a shared
// machine does not decide the figure.

/** Median milliseconds per call of `fn`, over `batches` batches of calls lasting about `batchMs` each. */
export function medianTimeMs(fn: () => unknown, batches = 15, batchMs = 40): number {
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const elapsed = performance.now() - t0;
    if (elapsed >= batchMs / 4) {
      calls = Math.max(1, Math.round((calls * batchMs) / elapsed));
      break;
    }
    calls *= 2;
  }
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    perCall.push((performance.now() - t0) / calls);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] as number;
}

/**
 * Runs the functions in turn, round after round (each call timed over a batch of about `batchMs`), and gives
 * the median time of each and the median of per-round ratios: a ratio taken within one round compares
 * both sides under the same load.
 */
export function pairedRounds(fns: (() => unknown)[], rounds: number, batchMs = 40) {
  const calls = fns.map((fn) => {
    medianTimeMs(fn, 3, batchMs / 4); // warm up
    let n = 1;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) fn();
      const elapsed = performance.now() - t0;
      if (elapsed >= batchMs / 4) return Math.max(1, Math.round((n * batchMs) / elapsed));
      n *= 2;
    }
  });
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      const n = calls[k] as number;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) fn();
      times[k]?.push((performance.now() - t0) / n);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return {
    medians: times.map(median),
    medianRatio: (a: number, b: number) =>
      median((times[a] ?? []).map((t, i) => t / ((times[b] ?? [])[i] as number))),
  };
}

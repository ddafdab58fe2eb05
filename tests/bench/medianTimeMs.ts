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

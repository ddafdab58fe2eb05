// Order statistics of the benchmark's samples. A failed sample is NaN and is left out; Infinity is a thing that never happened (it sorts last).

/** The q-quantile (0…1) of the values of `xs` (Infinity: never happened) (nearest rank), NaN when there are none. */
export function quantile(xs: readonly number[], q: number): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.min(s.length - 1, Math.floor(q * s.length))] as number);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/**
 * Median of the ratios a[i] / b[i], each taken within one round, so both sides ran under the same load; NaN
 * when fewer than half the rounds give one (b was 0: a ratio to nothing means nothing).
 */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  const ratios = a.map((x, i) => x / (b[i] as number)).filter((r) => Number.isFinite(r));
  return ratios.length * 2 < a.length ? Number.NaN : median(ratios);
}

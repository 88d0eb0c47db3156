/** Latency and throughput summaries for one measured load run. */
export interface Summary {
  requests: number;
  seconds: number;
  rps: number;
  mean_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(latenciesMs: Float64Array, seconds: number): Summary {
  const sorted = Float64Array.from(latenciesMs).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    requests: sorted.length,
    seconds,
    rps: seconds > 0 ? sorted.length / seconds : 0,
    mean_ms: sorted.length ? sum / sorted.length : NaN,
    p50_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
    p99_ms: percentile(sorted, 99),
    max_ms: sorted.length ? (sorted[sorted.length - 1] as number) : NaN,
  };
}

/** Rounds for the JSON line: 1 decimal for rates, 2 for milliseconds and ratios. */
export const round = (v: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

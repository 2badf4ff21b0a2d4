/** Order statistics for benchmark reports (nearest-rank percentiles). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: number[]): number => percentile(values, 50);

export const formatMs = (ms: number): string => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : 'n/a');

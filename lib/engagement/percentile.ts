/**
 * Nearest-rank percentile of ascending values: the smallest value such that at least p % of the values are at or
 * below it. It reads plainly ("90 % of answers came within X") and is always an observed value.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (!n) return undefined;
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sorted[Math.min(n, rank) - 1];
}

export function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

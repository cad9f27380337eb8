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

/** Rearranges a[lo..hi] so that a[k] is the value a full sort would put there (Hoare's quickselect, median of 3). */
function select(a: Float64Array, k: number, lo: number, hi: number) {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // median of three as pivot keeps sorted or constant input linear
    let p = a[mid];
    const x = a[lo];
    const y = a[hi];
    if ((x <= p && p <= y) || (y <= p && p <= x)) p = a[mid];
    else if ((p <= x && x <= y) || (y <= x && x <= p)) p = x;
    else p = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Nearest-rank percentiles of unsorted values without sorting them (linear time): what a dashboard over 50,000 items
 * needs for a median and a 90th percentile per group. `ps` ascending. The array is reordered.
 */
export function percentilesOf(values: Float64Array, ps: readonly number[]): Array<number | undefined> {
  const n = values.length;
  if (!n) return ps.map(() => undefined);
  const out: number[] = new Array(ps.length);
  let hi = n - 1;
  for (let q = ps.length - 1; q >= 0; q--) {
    const k = Math.min(n, Math.max(1, Math.ceil((ps[q] * n) / 100))) - 1;
    select(values, k, 0, hi);
    out[q] = values[k];
    hi = k;
  }
  return out;
}

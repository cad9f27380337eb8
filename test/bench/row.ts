/** One measured figure against its DESIGN.md budget. `ok` is computed, never written by hand. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
  ok: boolean;
}

export function row(name: string, value: number, unit: string, budget: number | null, lowerIsBetter = true): BenchRow {
  const rounded = Math.round(value * 1000) / 1000;
  const ok = budget === null ? true : lowerIsBetter ? value <= budget : value >= budget;
  return { name, value: rounded, unit, budget, ok };
}

/** Runs fn n times and returns the sorted durations in ms. */
export function timeRuns(n: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

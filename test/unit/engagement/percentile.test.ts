import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank, percentilesOf } from '../../../lib/engagement/percentile';

/** Reference by definition, no sorting: the smallest value with at least p % of the values at or below it. */
function reference(values: number[], p: number): number | undefined {
  let best: number | undefined;
  for (const v of values) {
    const atOrBelow = values.filter((w) => w <= v).length;
    if (atOrBelow * 100 >= p * values.length && (best === undefined || v < best)) best = v;
  }
  return best;
}

describe('nearest-rank percentile', () => {
  it('matches the definition for any values and p', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e7 }), { maxLength: 60 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
        const sorted = Float64Array.from(values).sort();
        expect(nearestRank(sorted, p)).toBe(reference(values, p));
      }),
    );
  });

  it('selection without sorting gives the same percentiles as the definition', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 80 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
        (values, ps) => {
          const sortedPs = [...ps].sort((a, b) => a - b);
          expect(percentilesOf(Float64Array.from(values), sortedPs)).toEqual(sortedPs.map((p) => reference(values, p)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('linear on sorted, reversed and constant input (no quadratic blow-up on 200,000 values)', () => {
    const n = 200_000;
    const asc = Float64Array.from({ length: n }, (_, i) => i);
    expect(percentilesOf(asc, [50, 90])).toEqual([99_999, 179_999]);
    const desc = Float64Array.from({ length: n }, (_, i) => n - i);
    expect(percentilesOf(desc, [50, 100])).toEqual([100_000, n]);
    expect(percentilesOf(new Float64Array(n).fill(7), [50, 90])).toEqual([7, 7]);
  });

  it('small worked cases', () => {
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([], 50)).toBeUndefined();
  });
});

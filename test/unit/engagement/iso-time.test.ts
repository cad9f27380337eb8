import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoMs } from '../../../lib/engagement/iso-time';

describe('isoMs', () => {
  it('agrees with Date.parse on every toISOString output', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(isoMs(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });

  it('hands other forms to Date.parse', () => {
    expect(isoMs('2026-03-08T02:00:00-05:00')).toBe(Date.parse('2026-03-08T07:00:00Z'));
    expect(Number.isNaN(isoMs('hier'))).toBe(true);
  });
});

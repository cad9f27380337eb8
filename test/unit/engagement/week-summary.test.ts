import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyItem, emptyWeek, metricsFromSummaries, percentilesByCombo, summarise, toMutable, toStored } from '../../../lib/engagement/week-summary';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { PLATFORMS } from '../../../lib/platforms/types';
import { INTENTS } from '../../../lib/store/schemas/template';
import { ENGAGEMENT_STATES, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { at, loggedItem, nearest } from './helpers';

const MIN = 60_000;

describe('percentiles by combination', () => {
  const valueArb = fc.oneof(fc.integer({ min: 0, max: 2 ** 37 - 1 }), fc.integer({ min: 0, max: 500 }), fc.double({ min: -1e6, max: 1e12, noNaN: true }));
  it('agree with sorting each group, packed (whole ms) or not (fractions, negative ages)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ v: valueArb, combo: fc.integer({ min: 0, max: 3 }) }), { maxLength: 80 }), (rows) => {
        // Four combinations over groups 1..6 (0 is everything): [1, 3, 5], [1, 4, 5], [2, 3, 6], [2, 4, 5].
        const comboGroups = Uint16Array.from([1, 3, 5, 1, 4, 5, 2, 3, 6, 2, 4, 5]);
        for (const ps of [[50, 90], [50, 100], [10, 10]] as Array<[number, number]>) {
          const stats = percentilesByCombo(Float64Array.from(rows.map((r) => r.v)), Uint16Array.from(rows.map((r) => r.combo)), comboGroups, 7, ps);
          for (let g = 0; g < 7; g++) {
            const members = rows.filter((r) => g === 0 || [...comboGroups.subarray(r.combo * 3, r.combo * 3 + 3)].includes(g)).map((r) => r.v);
            expect(stats.count[g]).toBe(members.length);
            // -0 and 0 are the same age; which of the two a sort keeps first is not part of the contract.
            const plus = (xs: ReadonlyArray<number | undefined>) => xs.map((x) => (x === undefined ? x : x + 0));
            if (members.length) expect(plus([...stats.values[g]])).toEqual(plus([nearest(members, ps[0]), nearest(members, ps[1])]));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

const itemArb = fc
  .record({
    n: fc.nat(),
    platform: fc.constantFrom(...PLATFORMS),
    intent: fc.constantFrom(...INTENTS),
    kind: fc.constantFrom('comment', 'reply', 'mention', 'share', 'quote') as fc.Arbitrary<EngagementItem['kind']>,
    seen: fc.integer({ min: -60 * 24 * 60, max: 2 * 24 * 60 }), // some arrive "after" now: a clock ahead
    posted: fc.option(fc.integer({ min: -3 * 24 * 60, max: 60 }), { nil: undefined }),
    response: fc.option(fc.oneof(fc.integer({ min: 0, max: 3000 }).map((m) => m * MIN), fc.double({ min: 0, max: 1e7, noNaN: true })), { nil: undefined }),
    state: fc.constantFrom(...ENGAGEMENT_STATES),
    liked: fc.boolean(),
    source: fc.constantFrom('platform', 'extension') as fc.Arbitrary<'platform' | 'extension'>,
  })
  .map((r) => loggedItem({ ...r, posted: r.posted === undefined ? undefined : r.seen + r.posted, responseMs: r.response }));

const TARGETS = [{ objectiveId: 'x', thresholdMs: 30 * MIN, platforms: ['x' as const] }, { objectiveId: 'g', thresholdMs: 120 * MIN, platforms: [] }];

describe('metrics from week summaries', () => {
  it('equal the metrics of the items, whatever the zone, the targets and the items', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), fc.constantFrom('UTC', 'America/Toronto', 'Asia/Kolkata', 'Pacific/Chatham'), fc.boolean(), (list, zone, withTargets) => {
        const opts = { now: at(0), targets: withTargets ? TARGETS : [], timeZone: zone };
        const days = [...summarise(list, zone).weeks.values()];
        expect(metricsFromSummaries(days, opts)).toEqual(computeMetrics(list, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('adding then taking out any items leaves the day as it was; taking out what was never there is refused', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 1, maxLength: 20 }), fc.array(itemArb, { maxLength: 10 }), (kept, passing) => {
        const day = emptyWeek(1);
        for (const i of kept) applyItem(day, i, 1);
        const before = toStored(day)!;
        for (const i of passing) applyItem(day, i, 1);
        for (const i of [...passing].reverse()) expect(applyItem(day, i, -1)).toBe(true);
        expect(toStored(day)).toEqual(before);
        const fresh = toMutable(before);
        const stranger = { ...kept[0], platform: 'x' as const, intent: 'troll' as const, kind: 'comment' as const };
        if (!kept.some((i) => i.platform === 'x' && i.intent === 'troll')) expect(applyItem(fresh, stranger, -1)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

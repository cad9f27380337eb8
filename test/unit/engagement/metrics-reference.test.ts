import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { PLATFORMS } from '../../../lib/platforms/types';
import { INTENTS } from '../../../lib/store/schemas/template';
import type { EngagementItem } from '../../../lib/store/schemas/engagement';
import { at, loggedItem, nearest } from './helpers';

const MIN = 60_000;
const TARGET = 120 * MIN;

/** Percentiles by the definition, and groups by plain filtering: a reference for the one-pass version. */
function reference(list: EngagementItem[], now: number) {
  const arrival = (i: EngagementItem) => Date.parse(i.postedAt && i.postedAt < i.firstSeenAt ? i.postedAt : i.firstSeenAt);
  const times = list.filter((i) => i.responseMs !== undefined).map((i) => i.responseMs!);
  const openItems = list.filter((i) => i.open === 1);
  const judged = list.filter(
    (i) => i.kind !== 'share' && !(i.state === 'dismissed' && !i.answeredAt) && (i.responseMs !== undefined || (i.open === 1 && now - arrival(i) > TARGET)),
  );
  return {
    items: list.length,
    answered: list.filter((i) => i.answeredAt).length,
    timed: times.length,
    medianMs: nearest(times, 50),
    p90Ms: nearest(times, 90),
    open: openItems.length,
    oldestOpenMs: openItems.length ? Math.max(...openItems.map((i) => now - arrival(i))) : undefined,
    hit: judged.filter((i) => i.responseMs !== undefined && i.responseMs <= TARGET).length,
    judged: judged.length,
  };
}

const itemArb = fc
  .record({
    n: fc.nat(),
    platform: fc.constantFrom(...PLATFORMS.slice(0, 3)),
    intent: fc.constantFrom(...INTENTS),
    kind: fc.constantFrom('comment', 'mention', 'share') as fc.Arbitrary<EngagementItem['kind']>,
    seen: fc.integer({ min: -30 * 24 * 60, max: 0 }),
    posted: fc.option(fc.integer({ min: -60 * 24 * 60, max: 0 }), { nil: undefined }),
    response: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    state: fc.constantFrom('new', 'liked', 'replied', 'dismissed') as fc.Arbitrary<EngagementItem['state']>,
  })
  .map((r) => loggedItem({ ...r, responseMs: r.response === undefined ? undefined : r.response * MIN, liked: r.state === 'liked' }));

describe('metrics against a plain reference', () => {
  it('overall and every group agree with filtering and sorting', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 60 }), (list) => {
        const now = at(0).getTime();
        const m = computeMetrics(list, { now: at(0), targets: [{ objectiveId: 'o', thresholdMs: TARGET, platforms: [] }], timeZone: 'America/Toronto' });
        const check = (g: (typeof m)['overall'], subset: EngagementItem[]) => {
          const r = reference(subset, now);
          expect({ items: g.items, answered: g.answered, timed: g.timed, medianMs: g.medianMs, p90Ms: g.p90Ms, open: g.open, oldestOpenMs: g.oldestOpenMs, hit: g.withinTarget!.hit, judged: g.withinTarget!.total }).toEqual(r);
        };
        check(m.overall, list);
        for (const g of m.byPlatform) check(g, list.filter((i) => i.platform === g.key));
        for (const g of m.byIntent) check(g, list.filter((i) => i.intent === g.key));
        expect(m.byWeek.reduce((s, g) => s + g.items, 0)).toBe(list.length);
        expect(m.byPlatform.reduce((s, g) => s + g.timed, 0)).toBe(m.overall.timed);
      }),
      { numRuns: 300 },
    );
  });
});

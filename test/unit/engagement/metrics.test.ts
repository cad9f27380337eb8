import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../lib/engagement/metrics';
import type { ResponseTarget } from '../../../lib/engagement/targets';
import type { EngagementItem } from '../../../lib/store/schemas/engagement';
import { at, isoAt, item } from './helpers';

const MIN = 60_000;
const answered = (n: string, minutes: number, over: Partial<EngagementItem> = {}) =>
  item({
    nativeId: n,
    firstSeenAt: isoAt(0),
    answeredAt: isoAt(minutes),
    responseMs: minutes * MIN,
    responseSource: 'platform',
    state: 'replied',
    open: 0,
    ...over,
  });
const twoHours: ResponseTarget[] = [{ objectiveId: 'o', thresholdMs: 120 * MIN, platforms: [] }];

describe('response metrics', () => {
  const items = [
    answered('a', 10),
    answered('b', 30, { platform: 'facebook', id: 'facebook:b', intent: 'complaint' }),
    answered('c', 60, { responseSource: 'extension' }),
    answered('d', 200),
    answered('e', 500, { platform: 'facebook', id: 'facebook:e' }),
    item({ nativeId: 'open-old', firstSeenAt: isoAt(-300) }),
    item({ nativeId: 'open-young', firstSeenAt: isoAt(-30) }),
    item({ nativeId: 'no-time', state: 'replied', open: 0, answeredAt: isoAt(0) }),
    item({ nativeId: 'spam', state: 'dismissed', open: 0, intent: 'spam' }),
  ];
  const m = computeMetrics(items, { now: at(0), targets: twoHours });

  it('median and 90th percentile over answers with a known time', () => {
    expect(m.overall.timed).toBe(5);
    expect(m.overall.medianMs).toBe(60 * MIN);
    expect(m.overall.p90Ms).toBe(500 * MIN);
    expect(m.overall.answered).toBe(6);
    expect(m.overall.fromPlatform).toBe(4);
    expect(m.overall.fromExtension).toBe(1);
  });

  it('within target: timed answers plus open items already past it; dismissed and young open items left out', () => {
    expect(m.overall.withinTarget).toEqual({ hit: 3, total: 6, share: 0.5 });
  });

  it('open items and their age', () => {
    expect(m.overall.open).toBe(2);
    expect(m.overall.oldestOpenMs).toBe(300 * MIN);
    expect(m.openAges).toEqual([1, 0, 1, 0, 0, 0]); // 30 min, 5 h
  });

  it('per platform and per intent', () => {
    const fb = m.byPlatform.find((g) => g.key === 'facebook')!;
    expect(m.byPlatform.map((g) => g.key)).toEqual(['x', 'facebook']);
    expect(fb.timed).toBe(2);
    expect(fb.medianMs).toBe(30 * MIN);
    expect(m.byIntent.find((g) => g.key === 'complaint')!.items).toBe(1);
  });

  it('no target, no within-target figure', () => {
    expect(computeMetrics(items, { now: at(0) }).overall.withinTarget).toBeUndefined();
  });

  it('a per-platform target judges that platform by its own threshold', () => {
    const targets: ResponseTarget[] = [...twoHours, { objectiveId: 'fb', thresholdMs: 20 * MIN, platforms: ['facebook'] }];
    const fb = computeMetrics(items, { now: at(0), targets }).byPlatform.find((g) => g.key === 'facebook')!;
    expect(fb.withinTarget).toEqual({ hit: 0, total: 2, share: 0 });
  });

  it('weeks follow the user time zone, by arrival (platform time when known)', () => {
    const sundayEvening = item({ nativeId: 's', firstSeenAt: '2026-03-09T02:30:00.000Z' }); // Sun 22:30 EDT
    const postedEarlier = item({ nativeId: 'p', firstSeenAt: '2026-03-10T12:00:00.000Z', postedAt: '2026-03-01T12:00:00.000Z' });
    const keys = (tz?: string) => computeMetrics([sundayEvening, postedEarlier], { now: at(0), timeZone: tz }).byWeek.map((g) => g.key);
    expect(keys('America/Toronto')).toEqual(['2026-W09', '2026-W10']);
    expect(keys(undefined)).toEqual(['2026-W09', '2026-W11']);
  });

  it('liked-and-answered rates for mentions and shares, dismissed left out', () => {
    const r = computeMetrics(
      [
        item({ nativeId: 'm1', kind: 'mention', likedAt: isoAt(1), answeredAt: isoAt(2), state: 'replied', open: 0 }),
        item({ nativeId: 'm2', kind: 'mention', likedAt: isoAt(1), state: 'liked' }),
        item({ nativeId: 'm3', kind: 'mention', state: 'dismissed', open: 0 }),
        item({ nativeId: 's1', kind: 'share', likedAt: isoAt(1), state: 'liked', open: 0 }),
      ],
      { now: at(0) },
    );
    expect(r.overall.mentions).toEqual({ total: 2, done: 1, rate: 0.5 });
    expect(r.overall.shares).toEqual({ total: 1, done: 1, rate: 1 });
  });

  it('nothing stored: zero counts, no percentiles', () => {
    const r = computeMetrics([], { now: at(0) });
    expect(r.overall.items).toBe(0);
    expect(r.overall.medianMs).toBeUndefined();
    expect(r.byWeek).toEqual([]);
  });
});

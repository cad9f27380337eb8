import { describe, expect, it } from 'vitest';
import { purgeIds, retentionCutoff } from '../../../lib/engagement/retention';
import { item } from './helpers';

const now = new Date('2026-09-01T00:00:00.000Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('retention', () => {
  const items = [
    item({ nativeId: 'old-closed', lastSeenAt: daysAgo(200), firstSeenAt: daysAgo(250), state: 'replied', open: 0, answeredAt: daysAgo(240) }),
    item({ nativeId: 'old-open', lastSeenAt: daysAgo(400), firstSeenAt: daysAgo(400) }),
    item({ nativeId: 'recent-closed', lastSeenAt: daysAgo(10), firstSeenAt: daysAgo(300), state: 'dismissed', open: 0 }),
    item({ nativeId: 'old-seen-recent-like', lastSeenAt: daysAgo(200), firstSeenAt: daysAgo(200), likedAt: daysAgo(5), state: 'liked', open: 0, kind: 'share' }),
  ];

  it('purges closed items whose last activity is older than the default 180 days, never open ones', () => {
    expect(purgeIds(items, undefined, now)).toEqual(['x:old-closed']);
  });

  it('honours the user setting, and a bad setting falls back to 180 days', () => {
    expect(purgeIds(items, 5, now).sort()).toEqual(['x:old-closed', 'x:recent-closed']);
    expect(purgeIds(items, 1000, now)).toEqual([]);
    expect(retentionCutoff(Number.NaN, now)).toBe(daysAgo(180));
    expect(retentionCutoff(0, now)).toBe(daysAgo(180));
  });
});

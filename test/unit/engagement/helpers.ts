import fc from 'fast-check';
import type { RawItem } from '../../../lib/platforms/types';
import type { Understanding } from '../../../lib/engagement/merge';
import { engagementItemSchema, type EngagementItem } from '../../../lib/store/schemas/engagement';

export const T0 = Date.parse('2026-03-02T12:00:00.000Z');
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);
export const isoAt = (minutes: number) => at(minutes).toISOString();

export const understood = (over: Partial<Understanding> = {}): Understanding => ({
  language: 'fr',
  intent: 'question',
  sentiment: 'neutral',
  priority: 50,
  ...over,
});

export const raw = (over: Partial<RawItem> = {}): RawItem => ({
  platform: 'x',
  nativeId: '100',
  kind: 'comment',
  author: { name: 'Julie', handle: '@julie', url: 'https://x.com/julie' },
  text: 'Est-ce que la boutique est ouverte dimanche?',
  ...over,
});

/** A stored item built by hand (not by the code under test), valid against the schema. */
export function item(over: Partial<EngagementItem> = {}): EngagementItem {
  return engagementItemSchema.parse({
    id: `x:${over.nativeId ?? '1'}`,
    platform: 'x',
    nativeId: '1',
    kind: 'comment',
    author: { name: 'A' },
    text: 't',
    firstSeenAt: isoAt(0),
    lastSeenAt: isoAt(0),
    open: 1,
    ...over,
  });
}

/** Nearest-rank percentile by the definition: sort, take the ceil(p n / 100)-th. A reference, not the code under test. */
export function nearest(values: number[], p: number) {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(1, Math.ceil((p * s.length) / 100)) - 1];
}

/** A logged item from generated facts (minutes from T0), with its state's derived fields as the store keeps them. */
export function loggedItem(r: {
  n: number;
  platform: EngagementItem['platform'];
  intent: EngagementItem['intent'];
  kind: EngagementItem['kind'];
  seen: number;
  posted?: number;
  responseMs?: number;
  state: EngagementItem['state'];
  liked: boolean;
  source?: 'platform' | 'extension';
}): EngagementItem {
  const answered = r.state === 'replied' || (r.state === 'dismissed' && r.responseMs !== undefined);
  return item({
    nativeId: String(r.n),
    platform: r.platform,
    intent: r.intent,
    kind: r.kind,
    firstSeenAt: isoAt(r.seen),
    postedAt: r.posted === undefined ? undefined : isoAt(r.posted),
    state: r.state,
    open: r.state === 'new' || (r.state === 'liked' && r.kind !== 'share') ? 1 : 0,
    answeredAt: answered ? isoAt(r.seen + 1) : undefined,
    responseMs: answered ? r.responseMs : undefined,
    responseSource: answered && r.responseMs !== undefined ? r.source : undefined,
    likedAt: r.liked ? isoAt(r.seen) : undefined,
  });
}

/** Sightings of one item (same platform and id) as different pages could show it. */
export const sightingArb = fc.record({
  minute: fc.integer({ min: 0, max: 10_000 }),
  text: fc.string({ maxLength: 30 }),
  kind: fc.constantFrom('comment', 'reply', 'mention', 'share', 'quote') as fc.Arbitrary<RawItem['kind']>,
  postedMinute: fc.option(fc.integer({ min: -5_000, max: 10_000 }), { nil: undefined }),
  permalink: fc.option(fc.constantFrom('https://x.com/a/status/1', 'https://x.com/a/status/1?s=20', 'javascript:alert(1)'), { nil: undefined }),
  likedByMe: fc.option(fc.boolean(), { nil: undefined }),
  repliedByBrand: fc.option(fc.boolean(), { nil: undefined }),
  brandReplyMinute: fc.option(fc.integer({ min: -5_000, max: 10_000 }), { nil: undefined }),
  intent: fc.constantFrom('question', 'complaint', 'praise', 'other') as fc.Arbitrary<Understanding['intent']>,
});
export type SightingCase = typeof sightingArb extends fc.Arbitrary<infer T> ? T : never;

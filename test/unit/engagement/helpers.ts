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

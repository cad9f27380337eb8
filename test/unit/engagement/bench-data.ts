// Realistic stored engagement items for test/bench/engagement.bench.ts (in Node and in the Chromium page).
import { mergeSeen, type Understanding } from '../../../lib/engagement/merge';
import { setState } from '../../../lib/engagement/state';
import { PLATFORMS, type RawItem } from '../../../lib/platforms/types';
import type { EngagementItem } from '../../../lib/store/schemas/engagement';
import { INTENTS } from '../../../lib/store/schemas/template';

export const BENCH_NOW = new Date('2026-09-01T12:00:00Z');
const DAY = 86_400_000;
const KINDS = ['comment', 'comment', 'comment', 'reply', 'mention', 'share', 'quote'] as const;

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function sighting(i: number, r: () => number): { raw: RawItem; u: Understanding; at: Date } {
  const seenAt = BENCH_NOW.getTime() - Math.floor(r() * 180 * DAY);
  const raw: RawItem = {
    platform: PLATFORMS[i % 6],
    nativeId: `n${i}`,
    kind: KINDS[i % KINDS.length],
    author: { name: `Personne ${i}`, handle: `@p${i}`, url: `https://x.com/p${i}` },
    text: `Commentaire ${i} : est-ce que la boutique est ouverte dimanche? Merci de répondre vite`,
    postedAt: r() < 0.7 ? new Date(seenAt - Math.floor(r() * 6 * 3_600_000)).toISOString() : undefined,
    permalink: `https://x.com/p${i}/status/${i}`,
  };
  const u: Understanding = { language: 'fr', intent: INTENTS[Math.floor(r() * INTENTS.length)], sentiment: 'neutral', priority: 50 };
  return { raw, u, at: new Date(seenAt) };
}

/** n items over six months: about half answered from the page, some by click, some liked, dismissed or open. */
export function benchStore(n: number): EngagementItem[] {
  const r = rng(9);
  const out: EngagementItem[] = [];
  for (let i = 0; i < n; i++) {
    const { raw, u, at } = sighting(i, r);
    let item = mergeSeen(undefined, raw, u, at);
    const roll = r();
    const later = new Date(Math.min(BENCH_NOW.getTime(), at.getTime() + Math.floor(r() * 2 * DAY)));
    if (roll < 0.55) {
      const brandReplyAt = r() < 0.6 ? later.toISOString() : undefined;
      item = mergeSeen(item, { ...raw, repliedByBrand: true, likedByMe: r() < 0.5 }, u, later, { brandReplyAt });
    } else if (roll < 0.7) item = setState(item, 'replied', later);
    else if (roll < 0.8) item = setState(item, 'liked', later);
    else if (roll < 0.85) item = setState(item, 'dismissed', later);
    out.push(item);
  }
  // As read back from IndexedDB: structured clones, not the objects the merge built.
  return structuredClone(out);
}

import type { ItemKind, Platform } from '../../lib/platforms/types';
import type { EngagementItem, EngagementState } from '../../lib/store/schemas/engagement';
import type { Intent } from '../../lib/store/schemas/template';
import { waitingSince } from '../../lib/engagement/queue';

export interface LogFilter {
  platform?: Platform;
  /** A state, or 'open' for everything still waiting. */
  state?: EngagementState | 'open';
  intent?: Intent;
  kind?: ItemKind;
  /** Words found in the text or the author's name or handle, accents and case ignored. */
  search?: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesLog(item: EngagementItem, f: LogFilter, words: string[] = searchWords(f.search)): boolean {
  if (f.platform && item.platform !== f.platform) return false;
  if (f.state === 'open' ? item.open !== 1 : f.state && item.state !== f.state) return false;
  if (f.intent && item.intent !== f.intent) return false;
  if (f.kind && item.kind !== f.kind) return false;
  if (!words.length) return true;
  const hay = haystack(item);
  return words.every((w) => hay.includes(w));
}

/** Folded once per item: typing in the search box re-filters 50,000 items on each keystroke. */
const folded = new WeakMap<EngagementItem, string>();
function haystack(item: EngagementItem): string {
  let hay = folded.get(item);
  if (hay === undefined) folded.set(item, (hay = fold(`${item.text} ${item.author.name} ${item.author.handle ?? ''}`)));
  return hay;
}

export const searchWords = (search: string | undefined) => (search ? fold(search).split(/\s+/).filter(Boolean) : []);

/** The log as filtered, newest first by when each item arrived (the platform's time when shown, else first seen). */
export function filterLog(items: readonly EngagementItem[], f: LogFilter): EngagementItem[] {
  const words = searchWords(f.search);
  const out = items.filter((i) => matchesLog(i, f, words));
  return out.sort((a, b) => {
    const sa = waitingSince(a);
    const sb = waitingSince(b);
    return sa < sb ? 1 : sa > sb ? -1 : a.id < b.id ? -1 : 1;
  });
}

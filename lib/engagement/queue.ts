import type { EngagementItem } from '../store/schemas/engagement';
import { queueRankFor } from '../store/schemas/engagement';

/** Since when the item has been waiting: the platform's time when shown, else when first seen. */
export const waitingSince = (item: Pick<EngagementItem, 'postedAt' | 'firstSeenAt'>) =>
  item.postedAt && item.postedAt < item.firstSeenAt ? item.postedAt : item.firstSeenAt;

/** Queue order: complaints and questions first (then the rest, trolls, spam), oldest first, id to break ties. */
/** From the intent, the source of truth, rather than the stored tier a record might carry stale. */
const rankOf = (i: EngagementItem) => queueRankFor(i.intent);

export function compareQueue(a: EngagementItem, b: EngagementItem): number {
  const r = rankOf(a) - rankOf(b);
  if (r) return r;
  const sa = waitingSince(a);
  const sb = waitingSince(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Open items in queue order; with a limit, only the first ones (without sorting everything). */
export function queueOrder(items: readonly EngagementItem[], limit = Infinity): EngagementItem[] {
  if (!(limit > 0)) return [];
  if (limit === Infinity) return items.filter((i) => i.open === 1).sort(compareQueue);
  // One pass keeping the first `limit`; most items lose against the last kept on their tier alone.
  const top: EngagementItem[] = [];
  let lastRank = 4;
  let lastSince = '';
  let lastId = '';
  for (const item of items) {
    if (item.open !== 1) continue;
    if (top.length >= limit) {
      const rank = rankOf(item);
      if (rank > lastRank) continue;
      if (rank === lastRank) {
        const since = waitingSince(item);
        if (since > lastSince || (since === lastSince && item.id >= lastId)) continue;
      }
      top.pop();
    }
    insertSorted(top, item);
    if (top.length >= limit) {
      const last = top[top.length - 1];
      lastRank = rankOf(last);
      lastSince = waitingSince(last);
      lastId = last.id;
    }
  }
  return top;
}

function insertSorted(list: EngagementItem[], item: EngagementItem) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareQueue(list[mid], item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

/** Urgent: open complaints and questions. */
export const isUrgent = (item: EngagementItem) => item.open === 1 && rankOf(item) === 0;

export const badgeCount = (items: readonly EngagementItem[]) => items.reduce((n, i) => n + (isUrgent(i) ? 1 : 0), 0);

/** Toolbar badge text: nothing at zero, at most four characters. */
export const badgeText = (count: number) => (count <= 0 ? '' : count > 999 ? '999+' : String(count));

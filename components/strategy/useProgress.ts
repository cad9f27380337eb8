import { useEffect, useState } from 'preact/hooks';
import type { Db } from '../../lib/store/db';
import type { Brand } from '../../lib/store/schemas/brand';
import { engagementItemSchema } from '../../lib/store/schemas/engagement';
import { readValid } from '../../lib/store/read';
import { postsBetween } from '../../lib/store/posts';
import { progressOf, WINDOW_DAYS, type Progress, type ProgressData } from '../../lib/strategy/progress';

/** The engagement log and calendar of the last four weeks, read once the page has rendered. */
export async function loadProgressData(db: Db, brandId: string, now = new Date()): Promise<ProgressData> {
  const from = new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString();
  const [items, posts] = await Promise.all([
    readValid(db, 'engagement', engagementItemSchema, { index: 'firstSeenAt', range: IDBKeyRange.lowerBound(from) }),
    postsBetween(db, brandId, from, now.toISOString()),
  ]);
  return { now, items: items.valid, posts: posts.valid };
}

/** Where each objective of the brand stands, by objective id; empty until loaded. */
export function useProgress(db: Db | undefined, brand: Brand | undefined): { byId: Record<string, Progress>; data?: ProgressData } {
  const [data, setData] = useState<ProgressData>();
  useEffect(() => {
    if (!db || !brand) return;
    let live = true;
    // Four weeks of the log can be tens of thousands of records: read them when the page is idle, after the queue.
    const start = () => void loadProgressData(db, brand.id).then((d) => live && setData(d), () => {});
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 0);
    return () => {
      live = false;
      if (typeof cancelIdleCallback === 'function' && typeof requestIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    };
  }, [db, brand?.id, brand?.updatedAt]);
  if (!brand || !data) return { byId: {} };
  return { byId: Object.fromEntries(brand.objectives.map((o) => [o.id, progressOf(o, data)])), data };
}

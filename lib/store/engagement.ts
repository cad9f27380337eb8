import type { Db } from './db';
import { engagementItemSchema, type EngagementItem } from '../store/schemas/engagement';
import { readValid } from './read';

const QUEUE_END = '\uffff';

/**
 * Logs one batch of sightings in one transaction: each is merged with the stored item of the same id (so an item seen
 * again updates, never duplicates). `merge` is pure (lib/engagement); what it returns is validated before writing.
 */
export async function logSightings<T extends { id: string }>(
  db: Db,
  sightings: T[],
  merge: (existing: EngagementItem | undefined, seen: T) => EngagementItem,
): Promise<EngagementItem[]> {
  const tx = db.transaction('engagement', 'readwrite');
  const out: EngagementItem[] = [];
  for (const seen of sightings) {
    const raw = await tx.store.get(seen.id);
    const existing = raw === undefined ? undefined : engagementItemSchema.safeParse(raw);
    const merged = engagementItemSchema.parse(merge(existing?.success ? existing.data : undefined, seen));
    await tx.store.put(merged);
    out.push(merged);
  }
  await tx.done;
  return out;
}

/** Open items in queue order: complaints and questions first, then oldest first. */
export function openQueue(db: Db, limit = 200) {
  return readValid(db, 'engagement', engagementItemSchema, {
    index: 'queue',
    range: IDBKeyRange.bound([1, 0, ''], [1, 3, QUEUE_END]),
    count: limit,
  });
}

export const countOpen = (db: Db) => db.countFromIndex('engagement', 'queue', IDBKeyRange.bound([1, 0, ''], [1, 3, QUEUE_END]));

/** The toolbar badge: open complaints and questions. */
export const countUrgent = (db: Db) =>
  db.countFromIndex('engagement', 'queue', IDBKeyRange.bound([1, 0, ''], [1, 0, QUEUE_END]));

export const getItem = (db: Db, id: string) => readValid(db, 'engagement', engagementItemSchema, { range: id });

export async function putItem(db: Db, item: EngagementItem) {
  await db.put('engagement', engagementItemSchema.parse(item));
}

export const allItems = (db: Db) => readValid(db, 'engagement', engagementItemSchema);

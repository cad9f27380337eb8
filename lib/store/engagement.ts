import type { Db } from './db';
import { engagementItemSchema, type EngagementItem } from '../store/schemas/engagement';
import { readValid } from './read';
import { moveToQuarantine, type QuarantinedRecord } from './quarantine';

const QUEUE_END = '\uffff';

/** storage.session key the background bumps after each write to the log (only extension pages can read that area). */
export const ENGAGEMENT_CHANGED = 'engagementChanged';

/**
 * Logs one batch of sightings in one transaction: each is merged with the stored item of the same id (so an item seen
 * again updates, never duplicates). `merge` is pure (lib/engagement); what it returns is validated before writing.
 * Reads are issued together (one round trip for 500 items, not 500); the same id twice in a batch merges in order.
 */
export async function logSightings<T extends { id: string }>(
  db: Db,
  sightings: T[],
  merge: (existing: EngagementItem | undefined, seen: T) => EngagementItem,
): Promise<EngagementItem[]> {
  const tx = db.transaction('engagement', 'readwrite');
  const ids = [...new Set(sightings.map((s) => s.id))];
  const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
  const current = new Map<string, EngagementItem | undefined>();
  ids.forEach((id, i) => {
    const parsed = stored[i] === undefined ? undefined : engagementItemSchema.safeParse(stored[i]);
    current.set(id, parsed?.success ? parsed.data : undefined);
  });
  for (const seen of sightings) current.set(seen.id, engagementItemSchema.parse(merge(current.get(seen.id), seen)));
  const out = [...current.values()] as EngagementItem[];
  await Promise.all([...out.map((item) => tx.store.put(item)), tx.done]);
  return out;
}

/** Updates stored items by id in one transaction (an id not stored, or not valid, is left alone). */
export async function updateStored(db: Db, ids: readonly string[], update: (item: EngagementItem) => EngagementItem): Promise<number> {
  const tx = db.transaction('engagement', 'readwrite');
  const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
  const writes: Promise<unknown>[] = [];
  stored.forEach((raw) => {
    const parsed = raw === undefined ? undefined : engagementItemSchema.safeParse(raw);
    if (parsed?.success) writes.push(tx.store.put(engagementItemSchema.parse(update(parsed.data))));
  });
  await Promise.all([...writes, tx.done]);
  return writes.length;
}

const OPEN_RANGE = () => IDBKeyRange.bound([1, 0, ''], [1, 3, QUEUE_END]);

/** Open items in queue order: complaints and questions first, then oldest first. */
export function openQueue(db: Db, limit = 200) {
  return readValid(db, 'engagement', engagementItemSchema, { index: 'queue', range: OPEN_RANGE(), count: limit });
}

export const countOpen = (db: Db) => db.countFromIndex('engagement', 'queue', OPEN_RANGE());

/** The toolbar badge: open complaints and questions. */
export const countUrgent = (db: Db) =>
  db.countFromIndex('engagement', 'queue', IDBKeyRange.bound([1, 0, ''], [1, 0, QUEUE_END]));

export const getItem = (db: Db, id: string) => readValid(db, 'engagement', engagementItemSchema, { range: id });

export async function putItem(db: Db, item: EngagementItem) {
  await db.put('engagement', engagementItemSchema.parse(item));
}

export const allItems = (db: Db) => readValid(db, 'engagement', engagementItemSchema);

/**
 * Deletes closed items that `purgeable` accepts. Only the closed part of the queue index is walked, and only items
 * first seen before `cutoff` (nothing seen later can be older than it): open items are never even read. A record that
 * fails its schema is quarantined, not deleted.
 */
export async function purgeClosed(db: Db, cutoff: string, purgeable: (item: EngagementItem) => boolean): Promise<number> {
  const tx = db.transaction('engagement', 'readwrite');
  const bad: QuarantinedRecord[] = [];
  let deleted = 0;
  let cursor = await tx.store.index('queue').openCursor(IDBKeyRange.bound([0, 0, ''], [0, 3, cutoff]));
  while (cursor) {
    const parsed = engagementItemSchema.safeParse(cursor.value);
    if (!parsed.success) bad.push({ store: 'engagement', key: cursor.primaryKey, value: cursor.value, reason: 'invalid record found by the purge', at: new Date().toISOString() });
    else if (parsed.data.open !== 1 && purgeable(parsed.data)) {
      await cursor.delete();
      deleted++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  if (bad.length) await moveToQuarantine(db, bad);
  return deleted;
}

import type { Db } from './db';
import { engagementItemSchema, type EngagementItem } from '../store/schemas/engagement';
import { readValid } from './read';
import { moveToQuarantine, parseOrQuarantine, type ParsedRead, type QuarantinedRecord } from './quarantine';
import { currentCounts, summaryWriter, SUMMARY_STORE } from './engagement-summary';

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
  const tx = db.transaction(['engagement', SUMMARY_STORE], 'readwrite');
  const store = tx.objectStore('engagement');
  const ids = [...new Set(sightings.map((s) => s.id))];
  const [stored, summary] = await Promise.all([Promise.all(ids.map((id) => store.get(id))), summaryWriter(tx)]);
  const before = new Map<string, EngagementItem | undefined>();
  ids.forEach((id, i) => {
    const parsed = stored[i] === undefined ? undefined : engagementItemSchema.safeParse(stored[i]);
    before.set(id, parsed?.success ? parsed.data : undefined);
  });
  const current = new Map(before);
  for (const seen of sightings) current.set(seen.id, engagementItemSchema.parse(merge(current.get(seen.id), seen)));
  const out = [...current.values()] as EngagementItem[];
  for (const item of out) summary?.change(before.get(item.id), item);
  await Promise.all([...out.map((item) => store.put(item)), summary?.flush(), tx.done]);
  return out;
}

/** Updates stored items by id in one transaction (an id not stored, or not valid, is left alone). */
export async function updateStored(db: Db, ids: readonly string[], update: (item: EngagementItem) => EngagementItem): Promise<number> {
  const tx = db.transaction(['engagement', SUMMARY_STORE], 'readwrite');
  const store = tx.objectStore('engagement');
  const [stored, summary] = await Promise.all([Promise.all(ids.map((id) => store.get(id))), summaryWriter(tx)]);
  const writes: Promise<unknown>[] = [];
  const done = new Set<string>();
  stored.forEach((raw) => {
    const parsed = raw === undefined ? undefined : engagementItemSchema.safeParse(raw);
    if (!parsed?.success || done.has(parsed.data.id)) return;
    done.add(parsed.data.id);
    const next = engagementItemSchema.parse(update(parsed.data));
    summary?.change(parsed.data, next);
    writes.push(store.put(next));
  });
  await Promise.all([...writes, summary?.flush(), tx.done]);
  return writes.length;
}

const OPEN_RANGE = () => IDBKeyRange.bound([1, 0, ''], [1, 3, QUEUE_END]);

/** Open items in queue order: complaints and questions first, then oldest first. */
export function openQueue(db: Db, limit = 200) {
  return readValid(db, 'engagement', engagementItemSchema, { index: 'queue', range: OPEN_RANGE(), count: limit });
}

/** Open items: from the summary's counts when it is current (one record), else by counting the index (~100 ms at 12,000). */
export const countOpen = async (db: Db) =>
  (await currentCounts(db))?.open ?? db.countFromIndex('engagement', 'queue', OPEN_RANGE());

/** The toolbar badge: open complaints and questions. */
export const countUrgent = async (db: Db) =>
  (await currentCounts(db))?.urgent ?? db.countFromIndex('engagement', 'queue', IDBKeyRange.bound([1, 0, ''], [1, 0, QUEUE_END]));

export const getItem = (db: Db, id: string) => readValid(db, 'engagement', engagementItemSchema, { range: id });

export async function putItem(db: Db, item: EngagementItem) {
  const next = engagementItemSchema.parse(item);
  const tx = db.transaction(['engagement', SUMMARY_STORE], 'readwrite');
  const store = tx.objectStore('engagement');
  const [raw, summary] = await Promise.all([store.get(next.id), summaryWriter(tx)]);
  const parsed = raw === undefined ? undefined : engagementItemSchema.safeParse(raw);
  summary?.change(parsed?.success ? parsed.data : undefined, next);
  await Promise.all([store.put(next), summary?.flush(), tx.done]);
}

export const allItems = (db: Db) => readValid(db, 'engagement', engagementItemSchema);

/**
 * Every item, read a few thousand at a time in key order. One getAll of 50,000 items holds the browser's database
 * thread for most of a second, and a page closed meanwhile does not cancel it: in chunks, the popup's and the
 * background's requests are served between them, and the page's main thread is given back after each.
 */
export async function allItemsInChunks(db: Db, chunk = 2500): Promise<ParsedRead<EngagementItem>> {
  const valid: EngagementItem[] = [];
  let quarantined = 0;
  let after: IDBValidKey | undefined;
  for (;;) {
    const tx = db.transaction('engagement', 'readonly');
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const [keys, raws] = await Promise.all([tx.store.getAllKeys(range, chunk), tx.store.getAll(range, chunk), tx.done]);
    const read = await parseOrQuarantine(db, 'engagement', keys, raws, engagementItemSchema);
    valid.push(...read.valid);
    quarantined += read.quarantined;
    if (keys.length < chunk) return { valid, quarantined };
    after = keys[keys.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Deletes closed items that `purgeable` accepts. Only the closed part of the queue index is walked, and only items
 * first seen before `cutoff` (nothing seen later can be older than it): open items are never even read. A record that
 * fails its schema is quarantined, not deleted.
 */
export async function purgeClosed(db: Db, cutoff: string, purgeable: (item: EngagementItem) => boolean): Promise<number> {
  const tx = db.transaction(['engagement', SUMMARY_STORE], 'readwrite');
  const summary = await summaryWriter(tx);
  const bad: QuarantinedRecord[] = [];
  let deleted = 0;
  let cursor = await tx.objectStore('engagement').index('queue').openCursor(IDBKeyRange.bound([0, 0, ''], [0, 3, cutoff]));
  while (cursor) {
    const parsed = engagementItemSchema.safeParse(cursor.value);
    if (!parsed.success) bad.push({ store: 'engagement', key: cursor.primaryKey, value: cursor.value, reason: 'invalid record found by the purge', at: new Date().toISOString() });
    else if (parsed.data.open !== 1 && purgeable(parsed.data)) {
      await cursor.delete();
      summary?.change(parsed.data, undefined);
      deleted++;
    }
    cursor = await cursor.continue();
  }
  await Promise.all([summary?.flush(), tx.done]);
  if (bad.length) await moveToQuarantine(db, bad);
  return deleted;
}

import { dataUrlToBlob } from './backup/images';
import type { Db } from './db';
import { calendarPostSchema, type CalendarPost } from './schemas/post';
import { parseOrQuarantine, type ParsedRead } from './quarantine';
import { isStoredPost } from '../calendar/stored-post';

/**
 * Posts of one brand whose slot is within [fromIso, toIso), in date order. One read of the index: a post's key is its
 * own `id` (the store's inline key path), so the keys a bad record is quarantined under need no second pass. Records
 * isStoredPost recognises are taken as they are; every other one goes through the schema (and the quarantine).
 */
export async function postsBetween(db: Db, brandId: string, fromIso: string, toIso: string): Promise<ParsedRead<CalendarPost>> {
  const raws = await db.getAllFromIndex('posts', 'brandId_date', IDBKeyRange.bound([brandId, fromIso], [brandId, toIso], false, true));
  const out: Array<CalendarPost | undefined> = raws.map((r) => (isStoredPost(r) ? r : undefined));
  const refused: unknown[] = [];
  out.forEach((p, i) => {
    if (p) return;
    const parsed = calendarPostSchema.safeParse(raws[i]);
    if (parsed.success) out[i] = parsed.data;
    else refused.push(raws[i]);
  });
  const keyOf = (r: unknown) => (r as { id: IDBValidKey }).id;
  const { quarantined } = refused.length ? await parseOrQuarantine(db, 'posts', refused.map(keyOf), refused, calendarPostSchema) : { quarantined: 0 };
  return { valid: out.filter((p): p is CalendarPost => p !== undefined), quarantined };
}

export async function putPosts(db: Db, posts: CalendarPost[]) {
  const parsed = posts.map((p) => calendarPostSchema.parse(p));
  const tx = db.transaction('posts', 'readwrite');
  for (const p of parsed) await tx.store.put(p);
  await tx.done;
  return parsed;
}

export async function deletePost(db: Db, id: string) {
  await db.delete('posts', id);
}

/**
 * Scheduled posts of every brand, for the reminders (the ledger on each post says which already fired). Read raw
 * with a cursor and filtered before any parse: ideas, drafts and published posts never cost a schema check.
 */
export async function scheduledPosts(db: Db): Promise<CalendarPost[]> {
  const keys: IDBValidKey[] = [];
  const raws: unknown[] = [];
  let cursor = await db.transaction('posts').store.openCursor();
  while (cursor) {
    const v = cursor.value as { status?: unknown } | undefined;
    if (v && v.status === 'scheduled') {
      keys.push(cursor.primaryKey);
      raws.push(v);
    }
    cursor = await cursor.continue();
  }
  return (await parseOrQuarantine(db, 'posts', keys, raws, calendarPostSchema)).valid;
}

/** Stores the reminder ledger on each post, in one transaction; a post deleted meanwhile is skipped. */
export async function markReminded(db: Db, marks: Array<{ id: string; remindedFor: string; remindedAt: string }>) {
  const tx = db.transaction('posts', 'readwrite');
  for (const m of marks) {
    const parsed = calendarPostSchema.safeParse(await tx.store.get(m.id));
    if (parsed.success) await tx.store.put({ ...parsed.data, remindedFor: m.remindedFor, remindedAt: m.remindedAt });
  }
  await tx.done;
}

/**
 * An import is one transaction: every post is checked before the first write, and a failing write (storage full)
 * aborts the transaction so none of the rows stay.
 */
export async function importPosts(db: Db, posts: unknown[]): Promise<number> {
  const parsed = posts.map((p) => calendarPostSchema.parse(p));
  const tx = db.transaction('posts', 'readwrite');
  tx.done.catch(() => {}); // the failing put is the error reported
  const writes: Promise<unknown>[] = [];
  try {
    for (const p of parsed) writes.push(tx.store.put(p));
    await Promise.all(writes);
    await tx.done;
  } catch (err) {
    for (const w of writes) w.catch(() => {}); // the others fail with the abort: already reported by `err`
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    throw err;
  }
  return parsed.length;
}

/**
 * Saves posts from a page, keeping the reminder ledger the page may not have seen yet (it fired while the page was
 * open): a post edited after its reminder is not reminded again for the same slot, a moved one is.
 */
export async function savePostsKeepingLedger(db: Db, posts: unknown[]): Promise<CalendarPost[]> {
  const incoming = posts.map(visualFromMessage);
  const parsed = incoming.map((p) => calendarPostSchema.parse(p.post));
  const tx = db.transaction('posts', 'readwrite');
  const out: CalendarPost[] = [];
  for (const [i, p] of parsed.entries()) {
    const stored = (await tx.store.get(p.id)) as Partial<CalendarPost> | undefined;
    const keep = !p.remindedFor && stored?.remindedFor ? { remindedFor: stored.remindedFor, remindedAt: stored.remindedAt } : {};
    const blob = incoming[i].keepStoredImage && p.visual && stored?.visual?.blob instanceof Blob ? { visual: { ...p.visual, blob: stored.visual.blob } } : {};
    const next = { ...p, ...keep, ...blob };
    await tx.store.put(next);
    out.push(next);
  }
  await tx.done;
  return out;
}

/**
 * A message (JSON) turns an image Blob into {}: pages send a new image as a data URL in `visual.image`, decoded here
 * (images only); a cloned `{}` is dropped and the stored image kept instead.
 */
function visualFromMessage(raw: unknown): { post: unknown; keepStoredImage: boolean } {
  const r = raw as { visual?: { blob?: unknown; image?: unknown } } | null;
  if (!r || typeof r !== 'object' || !r.visual || typeof r.visual !== 'object') return { post: raw, keepStoredImage: false };
  const { blob, image, ...visual } = r.visual;
  if (typeof image === 'string') {
    const decoded = image.length <= MAX_IMAGE_DATA_URL ? dataUrlToBlob(image) : null;
    if (!decoded || !decoded.type.startsWith('image/')) throw new Error('invalid image');
    return { post: { ...r, visual: { ...visual, blob: decoded } }, keepStoredImage: false };
  }
  if (blob === undefined || blob instanceof Blob) return { post: raw, keepStoredImage: false };
  return { post: { ...r, visual }, keepStoredImage: true };
}

/** About 5 MB of image: enough for a social visual, small enough for one message. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_IMAGE_DATA_URL = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 100;

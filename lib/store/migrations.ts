import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * Numbered schema steps. A migration never imports app code (schemas, helpers): it must keep working on the data
 * of its own day. test/unit/store/migrations.test.ts opens a stored sample of every past version with today's code.
 */
export const DB_NAME = 'cocktail';
export const DB_VERSION = 3;

type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export async function migrate(db: AnyDb, oldVersion: number, tx: AnyTx, upTo = DB_VERSION): Promise<void> {
  if (oldVersion < 1 && upTo >= 1) v1(db);
  if (oldVersion < 2 && upTo >= 2) await v2(db, tx);
  if (oldVersion < 3 && upTo >= 3) v3(db);
}

/** 1: every store the first release needed. */
function v1(db: AnyDb) {
  db.createObjectStore('brands', { keyPath: 'id' });
  db.createObjectStore('toneRules', { keyPath: 'id' }).createIndex('brandId', 'brandId');
  db.createObjectStore('templates', { keyPath: 'id' }).createIndex('brandId', 'brandId');
  const posts = db.createObjectStore('posts', { keyPath: 'id' });
  posts.createIndex('date', 'date');
  posts.createIndex('brandId_date', ['brandId', 'date']);
  const engagement = db.createObjectStore('engagement', { keyPath: 'id' });
  engagement.createIndex('state', 'state');
  engagement.createIndex('firstSeenAt', 'firstSeenAt');
  db.createObjectStore('settings', { keyPath: 'id' });
  db.createObjectStore('quarantine', { keyPath: 'qid', autoIncrement: true });
}

/**
 * 2: the queue becomes one index range: items gain `open` (1 while waiting for the brand) and `queueRank`
 * (0 complaints and questions ... 3 spam), indexed with firstSeenAt. Post performance snapshots and automatic
 * backups get their stores.
 */
async function v2(db: AnyDb, tx: AnyTx) {
  const engagement = tx.objectStore('engagement');
  engagement.createIndex('queue', ['open', 'queueRank', 'firstSeenAt']);
  let cursor = await engagement.openCursor();
  while (cursor) {
    const item = cursor.value as Record<string, unknown>;
    if (item && typeof item === 'object') {
      const intent = item.intent;
      const rank = intent === 'complaint' || intent === 'question' ? 0 : intent === 'troll' ? 2 : intent === 'spam' ? 3 : 1;
      // A share waits only for its like; anything else until answered or dismissed (lib/engagement/kinds.ts, inlined).
      const state = item.state;
      const open = state === 'dismissed' || state === 'replied' ? 0 : item.kind === 'share' ? (state === 'new' ? 1 : 0) : 1;
      await cursor.update({ ...item, open, queueRank: rank });
    }
    cursor = await cursor.continue();
  }
  const stats = db.createObjectStore('postStats', { keyPath: 'id' });
  stats.createIndex('postKey', 'postKey');
  db.createObjectStore('backups', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
}

/**
 * 3: per-week summaries of the log for the response metrics (lib/engagement/week-summary.ts), keyed by the day number of their Monday, plus
 * one 'meta' record. Created empty: the summaries are derived, so the app builds them from the items with its own
 * code (the background on start, or the first page that finds them missing) instead of a copy frozen in here.
 */
function v3(db: AnyDb) {
  db.createObjectStore('engagementSummary', { keyPath: 'key' });
}

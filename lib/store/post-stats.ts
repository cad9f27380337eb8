import type { Db } from './db';
import { postStatSchema, type PostStat } from './schemas/post-stats';
import { readValid } from './read';

/** The latest stored snapshot of one post (ids are `postKey@ISO time`, so key order is time order). */
async function latestIn(index: { openCursor(range: IDBKeyRange, dir: IDBCursorDirection): Promise<{ value: unknown } | null> }, postKey: string) {
  const cursor = await index.openCursor(IDBKeyRange.only(postKey), 'prev');
  const parsed = cursor ? postStatSchema.safeParse(cursor.value) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

export async function latestStat(db: Db, postKey: string): Promise<PostStat | undefined> {
  return latestIn(db.transaction('postStats').store.index('postKey') as never, postKey);
}

/**
 * Stores the snapshots worth keeping, in one transaction: each is compared with the post's latest stored snapshot
 * (`worth` decides: lib/engagement shouldRecord). Returns what was written.
 */
export async function recordStats(
  db: Db,
  stats: readonly PostStat[],
  worth: (last: PostStat | undefined, next: PostStat) => boolean,
): Promise<PostStat[]> {
  const tx = db.transaction('postStats', 'readwrite');
  const index = tx.store.index('postKey');
  const written: PostStat[] = [];
  const latest = new Map<string, PostStat | undefined>();
  for (const stat of stats) {
    const next = postStatSchema.parse(stat);
    const last = latest.has(next.postKey) ? latest.get(next.postKey) : await latestIn(index as never, next.postKey);
    if (!worth(last, next)) {
      latest.set(next.postKey, last);
      continue;
    }
    await tx.store.put(next);
    latest.set(next.postKey, next);
    written.push(next);
  }
  await tx.done;
  return written;
}

export const allStats = (db: Db) => readValid(db, 'postStats', postStatSchema);

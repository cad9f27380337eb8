import type { Db } from './db';
import { calendarPostSchema, type CalendarPost } from './schemas/post';
import { readValid } from './read';

/** Posts of one brand whose slot is within [fromIso, toIso), in date order. */
export function postsBetween(db: Db, brandId: string, fromIso: string, toIso: string) {
  return readValid(db, 'posts', calendarPostSchema, {
    index: 'brandId_date',
    range: IDBKeyRange.bound([brandId, fromIso], [brandId, toIso], false, true),
  });
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

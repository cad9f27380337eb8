import type { Db } from '../../lib/store/db';
import type { RawItem } from '../../lib/platforms/types';
import { compileMentions, markMention } from '../../lib/platforms/mention';
import { isBrandAuthor, planBatch, type BrandHandles } from '../../lib/engagement/batch';
import { applyBrandReply, mergeSeen } from '../../lib/engagement/merge';
import { linkToCalendar, shouldRecord, snapshotOf } from '../../lib/engagement/post-stats';
import { understand } from '../../lib/understand';
import { logSightings, updateStored } from '../../lib/store/engagement';
import { recordStats } from '../../lib/store/post-stats';
import { postsBetween } from '../../lib/store/posts';
import type { Brand } from '../../lib/store/schemas/brand';
import type { PostStat } from '../../lib/store/schemas/post-stats';

const DAY = 86_400_000;

/**
 * One batch from a page into the log: mentions marked, the brand's own replies turned into "answered" on their
 * parents (with the reply's own time), everything else understood here (never trusted from the page) and merged in
 * one transaction; the brand's own posts become post-performance snapshots.
 */
export async function recordSightings(db: Db, raws: RawItem[], brand: Brand | undefined, now = new Date()) {
  const handles = brand?.handles ?? {};
  const names = [brand?.name, ...(brand?.keywords ?? [])].filter((s): s is string => !!s);
  const match = compileMentions({ handles: Object.values(handles).flat(), keywords: names });
  const marked = raws.map((r) => markMention(r, match, handles[r.platform] ?? []));
  const plan = planBatch(pairAdjacentReplies(marked, handles), handles);
  const logged = await logSightings(db, plan.sightings, (existing, s) =>
    mergeSeen(existing, s.raw, understand(s.raw.text, { brandNames: names }), now, { brandReplyAt: s.brandReplyAt }),
  );
  const replyAt = new Map(plan.replies.map((r) => [r.id, r.postedAt]));
  const answered = replyAt.size ? await updateStored(db, [...replyAt.keys()], (item) => applyBrandReply(item, replyAt.get(item.id), now)) : 0;
  const posts = plan.ownPosts.length ? await recordOwnPosts(db, plan.ownPosts, brand, now) : 0;
  return { logged: logged.length, answered, posts, skipped: plan.skipped };
}

/** Snapshots of the counts shown on the brand's own posts, each linked to the calendar entry it most likely came from. */
async function recordOwnPosts(db: Db, posts: RawItem[], brand: Brand | undefined, now: Date): Promise<number> {
  const stats: PostStat[] = posts.map((p) => snapshotOf(p, p.counts ?? {}, now));
  if (brand) {
    for (const stat of stats) {
      const when = Date.parse(stat.postedAt ?? stat.at);
      const from = new Date(when - 4 * DAY).toISOString();
      const to = new Date(when + 4 * DAY).toISOString();
      const link = linkToCalendar(stat, (await postsBetween(db, brand.id, from, to)).valid);
      if (link) stat.calendarPostId = link.postId;
    }
  }
  return (await recordStats(db, stats, shouldRecord)).length;
}

/**
 * Flat conversations (X draws replies to replies as the next cell): when the adapter saw the brand answer under an
 * item and the brand's own tweet comes right after it in the page order the batch keeps, that tweet is the answer.
 * It is pointed at the item, so the item gets the answer's own platform time. A reply already pointing at another
 * item (nested threads) is left alone.
 */
export function pairAdjacentReplies(raws: RawItem[], handles: BrandHandles): RawItem[] {
  const out = raws.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const item = out[i];
    const next = out[i + 1];
    if (!item.repliedByBrand || item.kind === 'post' || next.kind === 'post' || next.platform !== item.platform) continue;
    if (!next.postedAt || !isBrandAuthor(next, handles) || isBrandAuthor(item, handles)) continue;
    if (next.parentId && next.parentId !== item.parentId && next.parentId !== item.nativeId) continue;
    out[i + 1] = { ...next, parentId: item.nativeId };
  }
  return out;
}

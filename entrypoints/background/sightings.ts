import type { Db } from '../../lib/store/db';
import type { RawItem } from '../../lib/platforms/types';
import { compileMentions, markMention } from '../../lib/platforms/mention';
import { planBatch } from '../../lib/engagement/batch';
import { applyBrandReply, mergeSeen } from '../../lib/engagement/merge';
import { understand } from '../../lib/understand';
import { logSightings } from '../../lib/store/engagement';
import { engagementItemSchema } from '../../lib/store/schemas/engagement';
import type { Brand } from '../../lib/store/schemas/brand';

/**
 * One batch from a page into the log, in one transaction per step: mentions marked, the brand's own replies turned
 * into "answered" on their parents, everything else understood here (never trusted from the page) and merged.
 */
export async function recordSightings(db: Db, raws: RawItem[], brand: Brand | undefined, now = new Date()) {
  const handles = brand?.handles ?? {};
  const names = [brand?.name, ...(brand?.keywords ?? [])].filter((s): s is string => !!s);
  const match = compileMentions({ handles: Object.values(handles).flat(), keywords: names });
  const marked = raws.map((r) => markMention(r, match, handles[r.platform] ?? []));
  const plan = planBatch(marked, handles);
  const logged = await logSightings(db, plan.sightings, (existing, s) =>
    mergeSeen(existing, s.raw, understand(s.raw.text, { brandNames: names }), now, { brandReplyAt: s.brandReplyAt }),
  );
  if (plan.replies.length) {
    const tx = db.transaction('engagement', 'readwrite');
    for (const r of plan.replies) {
      const parsed = engagementItemSchema.safeParse(await tx.store.get(r.id));
      if (parsed.success) await tx.store.put(engagementItemSchema.parse(applyBrandReply(parsed.data, r.postedAt, now)));
    }
    await tx.done;
  }
  return { logged: logged.length, answered: plan.replies.length, skipped: plan.skipped };
}

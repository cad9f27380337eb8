/**
 * Which reminders are due. Pure: the ledger is "this post was reminded for this slot", not a time, so a sleep, a
 * clock jumping forward or backward, or a restart never fires a reminder twice, and a moved post is reminded again
 * for its new slot.
 */
import type { CalendarPost } from '../store/schemas/post';

/** postId -> the slot (post.date) its reminder already fired for. */
export type ReminderLedger = ReadonlyMap<string, string>;

export function ledgerFromPosts(posts: CalendarPost[]): ReminderLedger {
  const m = new Map<string, string>();
  for (const p of posts) if (p.remindedFor) m.set(p.id, p.remindedFor);
  return m;
}

export interface ReminderPlan {
  /** Scheduled posts whose slot has come and whose reminder has not fired for it, oldest first. */
  due: CalendarPost[];
  /** Earliest future slot still to remind, in ms, or null when nothing is left. */
  nextDueAt: number | null;
}

export function planReminders(posts: CalendarPost[], nowMs: number, ledger: ReminderLedger = ledgerFromPosts(posts)): ReminderPlan {
  const due: Array<{ p: CalendarPost; ms: number }> = [];
  let nextDueAt: number | null = null;
  for (const p of posts) {
    if (p.status !== 'scheduled') continue;
    const ms = Date.parse(p.date);
    if (Number.isNaN(ms) || ledger.get(p.id) === p.date) continue;
    if (ms <= nowMs) due.push({ p, ms });
    else if (nextDueAt === null || ms < nextDueAt) nextDueAt = ms;
  }
  due.sort((a, b) => a.ms - b.ms || a.p.id.localeCompare(b.p.id));
  return { due: due.map((d) => d.p), nextDueAt };
}

/** The ledger entry to store on a post once its reminder fired. */
export function reminderMark(post: CalendarPost, nowMs: number) {
  return { id: post.id, remindedFor: post.date, remindedAt: new Date(nowMs).toISOString() };
}

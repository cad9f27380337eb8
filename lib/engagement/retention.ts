import type { EngagementItem } from '../store/schemas/engagement';

export const DEFAULT_RETENTION_DAYS = 180;
const DAY = 86_400_000;

export function retentionDaysOrDefault(days: number | undefined): number {
  return typeof days === 'number' && Number.isFinite(days) && days >= 1 ? Math.min(3650, Math.floor(days)) : DEFAULT_RETENTION_DAYS;
}

/** Items whose last activity is before this instant may go (ISO, comparable with stored times as strings). */
export const retentionCutoff = (days: number | undefined, now: Date) =>
  new Date(now.getTime() - retentionDaysOrDefault(days) * DAY).toISOString();

/** The latest thing that happened to an item: seen, liked, answered. */
export function lastActivity(item: EngagementItem): string {
  let last = item.lastSeenAt;
  for (const t of [item.answerSeenAt, item.likedAt, item.brandReplyAt]) if (t && t > last) last = t;
  return last;
}

/** Never an open item, whatever its age: it still waits for the brand. */
export const isPurgeable = (item: EngagementItem, cutoff: string) => item.open !== 1 && lastActivity(item) < cutoff;

export function purgeIds(items: readonly EngagementItem[], retentionDays: number | undefined, now: Date): string[] {
  const cutoff = retentionCutoff(retentionDays, now);
  return items.filter((i) => isPurgeable(i, cutoff)).map((i) => i.id);
}

import { browser } from 'wxt/browser';
import type { Db } from '../../lib/store/db';
import type { Handlers } from './router';
import type { BackgroundDeps } from './handlers';
import { getSettings } from '../../lib/store/brands';
import { countUrgent, purgeClosed } from '../../lib/store/engagement';
import { ensureSummaries } from '../../lib/store/engagement-summary';
import { isPurgeable, retentionCutoff } from '../../lib/engagement/retention';
import { userZone } from '../../lib/engagement/week-summary';

export const PURGE_ALARM = 'cocktail:engagement-purge';
export { ENGAGEMENT_CHANGED } from '../../lib/store/engagement';
const PURGE_PERIOD_MIN = 24 * 60;

/** Deletes closed items older than the user's retention (settings.retentionDays, 180 days by default). */
export async function purgeExpired(db: Db, now: Date): Promise<number> {
  const { retentionDays } = await getSettings(db);
  const cutoff = retentionCutoff(retentionDays, now);
  return purgeClosed(db, cutoff, (item) => isPurgeable(item, cutoff));
}

/**
 * The purge, then the metrics' week summaries built when missing (after the upgrade that added them, an import, a
 * restore): here, in the background, rather than on a page's open.
 */
export async function maintainLog(db: Db, now: Date): Promise<number> {
  const deleted = await purgeExpired(db, now);
  await ensureSummaries(db, userZone());
  return deleted;
}

export function engagementHandlers(deps: BackgroundDeps): Handlers {
  const now = () => deps.now?.() ?? new Date();
  return {
    'engagement.purge': async () => ({ deleted: await maintainLog(await deps.db(), now()) }),
  };
}

/** The part of the alarms API this needs (the browser's, or WXT's fake one in tests). */
export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes: number }): Promise<void> | void;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

/**
 * Registered synchronously on every worker start (MV3 wake-up events): the daily purge alarm's listener; then the
 * alarm itself when missing, one purge (and the metrics' summaries when missing), and the badge from the store (it is lost when the browser restarts).
 */
export function startEngagement(deps: Pick<BackgroundDeps, 'db' | 'setBadge' | 'now'>, alarms: AlarmsApi = browser.alarms): Promise<void> {
  const now = () => deps.now?.() ?? new Date();
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purgeNow();
  });
  const purgeNow = async () => {
    try {
      await maintainLog(await deps.db(), now());
    } catch (err) {
      console.error('Cocktail: engagement purge failed', err);
    }
  };
  return (async () => {
    try {
      if (!(await alarms.get(PURGE_ALARM))) await alarms.create(PURGE_ALARM, { periodInMinutes: PURGE_PERIOD_MIN, delayInMinutes: PURGE_PERIOD_MIN });
    } catch (err) {
      console.error('Cocktail: purge alarm not created', err);
    }
    await purgeNow();
    try {
      await deps.setBadge(await countUrgent(await deps.db()));
    } catch (err) {
      console.error('Cocktail: badge not restored', err);
    }
  })();
}

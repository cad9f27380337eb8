import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb, type Db } from '../../lib/store/db';
import { route } from './router';
import { originOf } from '../../lib/messages';
import { makeHandlers } from './handlers';
import { restoreInstances } from './platform-handlers';
import { registerReminders } from './reminders';
import { reminderDeps } from './calendar-handlers';
import { ENGAGEMENT_CHANGED, startEngagement } from './engagement-handlers';
import { badgeText } from '../../lib/engagement/queue';
import { coalesce, refreshReport } from './engagement-report';

export default defineBackground(() => {
  // The worker may stop at any time: nothing lives only in its memory; the connection is reopened on demand.
  let dbPromise: Promise<Db> | null = null;
  const db = () =>
    (dbPromise ??= openDb({ onClosedForUpgrade: () => (dbPromise = null) }).catch((err) => {
      dbPromise = null;
      throw err;
    }));

  // Alarm and notification listeners registered synchronously on every start (MV3), then the alarm rebuilt from the store.
  void registerReminders(reminderDeps(db)).catch((err) => console.error('Cocktail: reminders not rebuilt', err));
  // Mastodon instances the user added: their content script again (Firefox MV2 forgets registrations).
  void restoreInstances().catch((err) => console.error('Cocktail: Mastodon instances not restored', err));

  // The dashboard's metrics recomputed a moment after the log or the brand's targets change.
  const refreshMetrics = coalesce(async () => refreshReport(await db(), new Date()), 2000);

  // Called after every write to the log: open queues (side panel) hear of it through storage.session.
  const setBadge = async (count: number) => {
    refreshMetrics();
    await browser.action.setBadgeText({ text: badgeText(count) });
    await browser.action.setBadgeBackgroundColor({ color: '#d93a2b' });
    await browser.storage.session.set({ [ENGAGEMENT_CHANGED]: Date.now() });
  };
  // Daily retention purge (listener registered now, synchronously) and the badge restored from the store.
  void startEngagement({ db, setBadge });

  const handlers = makeHandlers({
    db,
    session: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
    bumpProfile: async () => {
      refreshMetrics();
      await browser.storage.local.set({ profileVersion: Date.now() });
    },
    setBadge,
  });
  const env = {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/'))!,
    handlers,
  };

  browser.runtime.onMessage.addListener((payload, sender) => route(payload, sender, env));
  // A tab that navigates away forgets the old page's detection report until the new page sends its own.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.storage.session.remove(`health:${tabId}`);
  });
});

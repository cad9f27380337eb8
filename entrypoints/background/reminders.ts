/**
 * Calendar reminders on the alarms API. One "next due" alarm at a time, rebuilt from the stored posts whenever the
 * service worker starts. The ledger (post.remindedFor) is written before the notification is shown, so a worker
 * killed in between loses one notification rather than showing it twice.
 */
import { browser } from 'wxt/browser';
import type { CalendarPost } from '../../lib/store/schemas/post';
import { planReminders, reminderMark } from '../../lib/calendar/reminders';
import { composerUrl, textFor } from '../../lib/calendar/composer-urls';
import { PLATFORM_LABELS } from '../../lib/calendar/names';
import { defineMessages, formatDate, type UiLanguage } from '../../lib/i18n';

export const REMINDER_ALARM = 'cocktail:next-reminder';
export const REMINDER_PREFIX = 'cocktail-reminder:';
export const SUMMARY_NOTIFICATION = `${REMINDER_PREFIX}summary`;
/** Past this many posts due at once (after a long sleep), the rest are summed up in one notification. */
export const MAX_NOTIFICATIONS = 5;
const MAX_COMPOSER_TABS = 4;

const t = defineMessages('calendar.reminders', {
  fr: {
    title: 'À publier : {platforms}',
    titleNoPlatform: 'Publication prévue',
    copy: 'Copier le texte',
    open: 'Ouvrir {platform}',
    openNone: 'Ouvrir le calendrier',
    summaryTitle: '{count} autres publications sont dues',
    summaryMessage: 'Ouvrez le calendrier pour les voir.',
    empty: '(sans texte)',
  },
  en: {
    title: 'Time to post: {platforms}',
    titleNoPlatform: 'Post due',
    copy: 'Copy the text',
    open: 'Open {platform}',
    openNone: 'Open the calendar',
    summaryTitle: '{count} more posts are due',
    summaryMessage: 'Open the calendar to see them.',
    empty: '(no text)',
  },
});

export interface ReminderDeps {
  /** Posts with status "scheduled" (others are ignored anyway), read from IndexedDB. */
  loadScheduledPosts(): Promise<CalendarPost[]>;
  /** Stores the ledger on each post, in one transaction. */
  markReminded(marks: Array<{ id: string; remindedFor: string; remindedAt: string }>): Promise<void>;
  now?: () => number;
  language?: () => UiLanguage | Promise<UiLanguage>;
  /** The service worker has no clipboard: the background passes an offscreen-document writer (Chrome). */
  copyText?: (text: string) => Promise<void>;
  openUrl?: (url: string) => Promise<void>;
  /** Where the calendar lives (dashboard), opened from the summary notification. */
  calendarUrl?: string;
  iconUrl?: string;
  mastodonInstance?: string;
}

// Serialises runs inside one worker: an alarm and a start-up sync landing together must not both fire a post.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Fires what is due, then leaves exactly one alarm at the next due slot (or none). */
export function syncReminderAlarm(deps: ReminderDeps): Promise<{ fired: string[]; nextDueAt: number | null }> {
  return serial(async () => {
    const now = (deps.now ?? Date.now)();
    const posts = await deps.loadScheduledPosts();
    const plan = planReminders(posts, now);
    if (plan.due.length) {
      await deps.markReminded(plan.due.map((p) => reminderMark(p, now)));
      await notify(deps, plan.due);
    }
    if (plan.nextDueAt === null) await browser.alarms.clear(REMINDER_ALARM);
    else await browser.alarms.create(REMINDER_ALARM, { when: plan.nextDueAt });
    return { fired: plan.due.map((p) => p.id), nextDueAt: plan.nextDueAt };
  });
}

export async function onReminderAlarm(deps: ReminderDeps, alarm?: { name: string }) {
  if (alarm && alarm.name !== REMINDER_ALARM) return null;
  return syncReminderAlarm(deps);
}

async function notify(deps: ReminderDeps, due: CalendarPost[]) {
  const lang = await (deps.language?.() ?? 'fr');
  const tr = t(lang);
  const iconUrl = deps.iconUrl ?? (browser.runtime.getURL as (p: string) => string)('/icon/128.png');
  for (const post of due.slice(0, MAX_NOTIFICATIONS)) {
    const first = post.platforms[0];
    const text = first ? textFor(post, first) : post.text;
    const options = {
      type: 'basic' as const,
      iconUrl,
      title: post.platforms.length ? tr('title', { platforms: post.platforms.map((p) => PLATFORM_LABELS[p]).join(', ') }) : tr('titleNoPlatform'),
      message: text.trim() ? text.slice(0, 300) : tr('empty'),
      contextMessage: formatDate(post.date, lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: post.timeZone }),
    };
    const buttons = [{ title: tr('copy') }, { title: first ? tr('open', { platform: PLATFORM_LABELS[first] }) : tr('openNone') }];
    await createNotification(REMINDER_PREFIX + post.id, options, buttons);
  }
  if (due.length > MAX_NOTIFICATIONS) {
    await createNotification(SUMMARY_NOTIFICATION, {
      type: 'basic',
      iconUrl,
      title: tr('summaryTitle', { count: due.length - MAX_NOTIFICATIONS }),
      message: tr('summaryMessage'),
    });
  }
}

interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  contextMessage?: string;
  buttons?: Array<{ title: string }>;
}
// One signature for both browsers' typings (Chrome's has `buttons`, Firefox's refuses them at run time).
const createRaw = (id: string, o: NotificationOptions) =>
  (browser.notifications.create as unknown as (id: string, o: NotificationOptions) => Promise<string>)(id, o);

/** Firefox refuses the `buttons` option: the notification is shown without them and a click does both actions. */
async function createNotification(id: string, options: NotificationOptions, buttons?: Array<{ title: string }>) {
  if (buttons) {
    try {
      await createRaw(id, { ...options, buttons });
      return;
    } catch {
      // fall through
    }
  }
  await createRaw(id, options);
}

async function postOf(deps: ReminderDeps, notificationId: string) {
  if (!notificationId.startsWith(REMINDER_PREFIX) || notificationId === SUMMARY_NOTIFICATION) return undefined;
  const id = notificationId.slice(REMINDER_PREFIX.length);
  return (await deps.loadScheduledPosts()).find((p) => p.id === id);
}

async function copyPost(deps: ReminderDeps, post: CalendarPost) {
  const text = post.platforms[0] ? textFor(post, post.platforms[0]) : post.text;
  const copy = deps.copyText ?? ((s: string) => globalThis.navigator.clipboard.writeText(s));
  await copy(text);
}

async function openComposers(deps: ReminderDeps, post: CalendarPost) {
  const open = deps.openUrl ?? (async (url: string) => void (await browser.tabs.create({ url })));
  if (!post.platforms.length && deps.calendarUrl) return open(deps.calendarUrl);
  for (const p of post.platforms.slice(0, MAX_COMPOSER_TABS)) await open(composerUrl(p, textFor(post, p), deps.mastodonInstance));
}

/** Button 0 copies the text, button 1 opens the platform's composer (each platform of the post). */
export async function onReminderButton(deps: ReminderDeps, notificationId: string, buttonIndex: number) {
  const post = await postOf(deps, notificationId);
  if (!post) return false;
  if (buttonIndex === 0) await copyPost(deps, post);
  else await openComposers(deps, post);
  await browser.notifications.clear(notificationId);
  return true;
}

/** A click on the notification itself: both actions (the only way on Firefox), or the calendar for the summary. */
export async function onReminderClicked(deps: ReminderDeps, notificationId: string) {
  if (notificationId === SUMMARY_NOTIFICATION) {
    if (deps.calendarUrl) await (deps.openUrl ?? (async (url: string) => void (await browser.tabs.create({ url }))))(deps.calendarUrl);
    await browser.notifications.clear(notificationId);
    return true;
  }
  const post = await postOf(deps, notificationId);
  if (!post) return false;
  await copyPost(deps, post);
  await openComposers(deps, post);
  await browser.notifications.clear(notificationId);
  return true;
}

/**
 * Listeners and the start-up rebuild. Call once at the top level of defineBackground's main, so the listeners are
 * registered synchronously every time the worker starts.
 */
export function registerReminders(deps: ReminderDeps) {
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(deps, alarm));
  browser.notifications.onButtonClicked.addListener((id, index) => void onReminderButton(deps, id, index));
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(deps, id));
  return syncReminderAlarm(deps);
}

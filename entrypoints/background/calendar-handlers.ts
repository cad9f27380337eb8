import { browser } from 'wxt/browser';
import type { Db } from '../../lib/store/db';
import type { Handlers } from './router';
import type { BackgroundDeps } from './handlers';
import { deletePost, importPosts, markReminded, savePostsKeepingLedger, scheduledPosts } from '../../lib/store/posts';
import { getSettings } from '../../lib/store/brands';
import { calendarPostSchema, type CalendarPost } from '../../lib/store/schemas/post';
import { textFor } from '../../lib/calendar/composer-urls';
import { resolveLanguage } from '../../lib/i18n';
import { syncReminderAlarm, type ReminderDeps } from './reminders';
import { COPY_PARAM, COPY_REQUEST_KEY, type CopyRequest } from '../../components/calendar-section/copy-request';

export const CALENDAR_PATH = '/dashboard.html#calendar';

const uiLanguage = () => {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined; // French by default, as the reminders' own fallback
  }
};
const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

/**
 * What the reminders need, built on the one database. "Copy the text" opens the dashboard's calendar, which copies
 * the text on arrival (an extension page may write the clipboard) and shows it with a copy button if it could not.
 */
export function reminderDeps(db: () => Promise<Db>, now?: () => number): ReminderDeps {
  return {
    loadScheduledPosts: async () => scheduledPosts(await db()),
    markReminded: async (marks) => markReminded(await db(), marks),
    ...(now ? { now } : {}),
    language: async () => resolveLanguage((await getSettings(await db())).uiLanguage, uiLanguage()),
    copyText: async (text) => {
      const posts = await scheduledPosts(await db());
      const post = posts.find((p) => (p.platforms[0] ? textFor(p, p.platforms[0]) : p.text) === text);
      const request: CopyRequest = { text, at: Date.now(), ...(post ? { postId: post.id } : {}) };
      await browser.storage.session.set({ [COPY_REQUEST_KEY]: request });
      await browser.tabs.create({ url: url(`/dashboard.html?${COPY_PARAM}=${encodeURIComponent(post?.id ?? '1')}#calendar`) });
    },
    calendarUrl: url(CALENDAR_PATH),
    iconUrl: url('/icon/128.png'),
  };
}

/**
 * Imported scheduled posts whose slot is already past were seen in the import report: their reminders are marked
 * as fired so an import (or a re-import of an export) never opens a burst of notifications for old slots.
 */
export function markPastAsReminded(posts: CalendarPost[], nowMs: number): CalendarPost[] {
  const at = new Date(nowMs).toISOString();
  return posts.map((p) => (p.status === 'scheduled' && Date.parse(p.date) <= nowMs ? { ...p, remindedFor: p.date, remindedAt: at } : p));
}

/**
 * Calendar writes: every change to the posts re-plans the one "next due" alarm. These replace the base posts.save
 * and posts.delete handlers (same contract, plus the alarm and the reminder ledger kept).
 */
export function calendarHandlers(deps: BackgroundDeps): Handlers {
  const nowMs = () => (deps.now?.() ?? new Date()).getTime();
  const reminders = reminderDeps(deps.db, deps.now ? nowMs : undefined);
  const resync = async () => {
    try {
      await syncReminderAlarm(reminders);
    } catch (err) {
      console.error('Cocktail: reminder alarm not updated', err); // the write itself succeeded
    }
  };
  return {
    'posts.save': async (msg) => {
      const saved = await savePostsKeepingLedger(await deps.db(), msg.posts);
      await resync();
      return saved;
    },
    'posts.delete': async (msg) => {
      await deletePost(await deps.db(), msg.id);
      await resync();
    },
    'posts.import': async (msg) => {
      const posts = markPastAsReminded(msg.posts.map((p) => calendarPostSchema.parse(p)), nowMs());
      const count = await importPosts(await deps.db(), posts);
      await resync();
      return { imported: count };
    },
    'reminders.sync': async () => {
      const r = await syncReminderAlarm(reminders);
      return { fired: r.fired.length, nextDueAt: r.nextDueAt };
    },
  };
}

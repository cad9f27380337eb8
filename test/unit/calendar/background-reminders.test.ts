import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CalendarPost } from '../../../lib/store/schemas/post';
import {
  MAX_NOTIFICATIONS,
  REMINDER_ALARM,
  REMINDER_PREFIX,
  SUMMARY_NOTIFICATION,
  onReminderAlarm,
  onReminderButton,
  onReminderClicked,
  registerReminders,
  syncReminderAlarm,
  type ReminderDeps,
} from '../../../entrypoints/background/reminders';
import { post } from './helpers';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 10, 12);

/** A stand-in for IndexedDB that survives "restarts" (fakeBrowser.reset) like the real store does. */
function store(posts: CalendarPost[]) {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const fired: string[] = [];
  let now = T0;
  const deps: ReminderDeps = {
    loadScheduledPosts: async () => [...byId.values()].filter((p) => p.status === 'scheduled').map((p) => ({ ...p })),
    markReminded: async (marks) => {
      for (const m of marks) {
        fired.push(m.id);
        byId.set(m.id, { ...byId.get(m.id)!, remindedFor: m.remindedFor, remindedAt: m.remindedAt });
      }
    },
    now: () => now,
    language: () => 'fr',
    iconUrl: 'icon.png',
    copyText: vi.fn(async () => {}),
    openUrl: vi.fn(async () => {}),
    calendarUrl: 'chrome-extension://id/dashboard.html#calendar',
  };
  return { deps, byId, fired, setNow: (ms: number) => (now = ms) };
}

const hourly = (n: number) =>
  Array.from({ length: n }, (_, i) => post({ id: `p${String(i).padStart(3, '0')}`, date: new Date(T0 + (i + 1) * HOUR).toISOString(), platforms: ['linkedin'], text: `Texte ${i}` }));

const notifications = async () => Object.keys(await fakeBrowser.notifications.getAll());

beforeEach(() => fakeBrowser.reset());

describe('reminder alarm with 600 scheduled posts', () => {
  it('keeps one alarm at the next due slot and fires nothing early', async () => {
    const s = store(hourly(600));
    const r = await syncReminderAlarm(s.deps);
    expect(r).toEqual({ fired: [], nextDueAt: T0 + HOUR });
    expect(await fakeBrowser.alarms.getAll()).toEqual([{ name: REMINDER_ALARM, scheduledTime: T0 + HOUR, periodInMinutes: undefined }]);
    expect(await notifications()).toEqual([]);
  });

  it('fires each due post once on the alarm, then moves the alarm on', async () => {
    const s = store(hourly(600));
    await registerReminders(s.deps);
    s.setNow(T0 + 3 * HOUR + 1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: T0 + HOUR });
    // The listener does not return its promise to the event: wait for its last step, the alarm moving on.
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll())[0]?.scheduledTime).toBe(T0 + 4 * HOUR));
    expect(s.fired).toEqual(['p000', 'p001', 'p002']);
    expect(await notifications()).toEqual([`${REMINDER_PREFIX}p000`, `${REMINDER_PREFIX}p001`, `${REMINDER_PREFIX}p002`]);
    const n = (await fakeBrowser.notifications.getAll())[`${REMINDER_PREFIX}p000`] as unknown as Record<string, unknown>;
    expect(n).toMatchObject({ title: 'À publier : LinkedIn', message: 'Texte 0', buttons: [{ title: 'Copier le texte' }, { title: 'Ouvrir LinkedIn' }] });
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime])).toEqual([[REMINDER_ALARM, T0 + 4 * HOUR]]);
    expect(await onReminderAlarm(s.deps, { name: 'someone-else' })).toBeNull();
  });

  it('rebuilds the alarm from the store after a restart that lost every alarm, without firing again', async () => {
    const s = store(hourly(600));
    s.setNow(T0 + 2 * HOUR);
    await syncReminderAlarm(s.deps);
    fakeBrowser.reset(); // browser restart: alarms and notifications gone, IndexedDB kept
    await fakeBrowser.alarms.clearAll();
    const r = await syncReminderAlarm(s.deps);
    expect(r.fired).toEqual([]);
    expect(s.fired).toEqual(['p000', 'p001']);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual([T0 + 3 * HOUR]);
  });

  it('fires every post once over a clock jump forward, summing up past the first few', async () => {
    const s = store(hourly(600));
    s.setNow(T0 + 300 * HOUR + 30 * 60_000);
    const r = await syncReminderAlarm(s.deps);
    expect(r.fired).toHaveLength(300);
    expect(new Set(s.fired).size).toBe(300);
    const shown = await notifications();
    expect(shown).toHaveLength(MAX_NOTIFICATIONS + 1);
    expect((await fakeBrowser.notifications.getAll())[SUMMARY_NOTIFICATION]).toMatchObject({ title: '295 autres publications sont dues' });
    s.setNow(T0 - 5 * HOUR); // and back: nothing fires again, the alarm points to the first post not reminded
    expect((await syncReminderAlarm(s.deps)).fired).toEqual([]);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime)).toEqual([T0 + 301 * HOUR]);
    s.setNow(T0 + 600 * HOUR);
    expect((await syncReminderAlarm(s.deps)).fired).toHaveLength(300);
    expect(new Set(s.fired).size).toBe(600);
    expect(s.fired).toHaveLength(600);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('does not fire twice when the alarm and the start-up sync run together', async () => {
    const s = store(hourly(10));
    s.setNow(T0 + 5 * HOUR);
    await Promise.all([syncReminderAlarm(s.deps), onReminderAlarm(s.deps, { name: REMINDER_ALARM }), syncReminderAlarm(s.deps)]);
    expect(s.fired).toEqual(['p000', 'p001', 'p002', 'p003', 'p004']);
  });
});

describe('reminder notification actions', () => {
  const p = post({ id: 'v', date: new Date(T0 - HOUR).toISOString(), platforms: ['x', 'linkedin'], text: 'Long texte', variants: { x: 'Court' } });

  it('copies the text and opens each composer from the buttons', async () => {
    const s = store([p]);
    await syncReminderAlarm(s.deps);
    expect(await onReminderButton(s.deps, `${REMINDER_PREFIX}v`, 0)).toBe(true);
    expect(s.deps.copyText).toHaveBeenCalledWith('Court');
    await onReminderButton(s.deps, `${REMINDER_PREFIX}v`, 1);
    expect(s.deps.openUrl).toHaveBeenNthCalledWith(1, 'https://x.com/intent/post?text=Court');
    expect(s.deps.openUrl).toHaveBeenNthCalledWith(2, 'https://www.linkedin.com/feed/?shareActive=true&text=Long%20texte');
    expect(await notifications()).toEqual([]);
    expect(await onReminderButton(s.deps, 'other:1', 0)).toBe(false);
  });

  it('shows the notification without buttons where they are refused (Firefox), and a click does both', async () => {
    const s = store([p]);
    const real = fakeBrowser.notifications.create as (id: string, o: object) => Promise<string>;
    const firefoxLike = async (id: string, o: object) => {
      if ('buttons' in o) throw new Error('Type error for parameter options (Property "buttons" is unsupported by Firefox)');
      return real(id, o);
    };
    const spy = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(firefoxLike as never);
    await syncReminderAlarm(s.deps);
    expect(Object.values(await fakeBrowser.notifications.getAll())[0]).not.toHaveProperty('buttons');
    spy.mockRestore();
    await onReminderClicked(s.deps, `${REMINDER_PREFIX}v`);
    expect(s.deps.copyText).toHaveBeenCalledWith('Court');
    expect(s.deps.openUrl).toHaveBeenCalledTimes(2);
  });
});

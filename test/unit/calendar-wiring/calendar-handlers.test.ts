import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type Db } from '../../../lib/store/db';
import { importPosts, markReminded, postsBetween, scheduledPosts } from '../../../lib/store/posts';
import { calendarHandlers, markPastAsReminded } from '../../../entrypoints/background/calendar-handlers';
import { REMINDER_ALARM } from '../../../entrypoints/background/reminders';
import type { Handlers } from '../../../entrypoints/background/router';
import type { Message } from '../../../lib/messages';
import type { CalendarPost } from '../../../lib/store/schemas/post';
import { post } from '../calendar/helpers';

const NOW = Date.UTC(2026, 2, 10, 12);
let n = 0;
let db: Db;

async function setup() {
  db = await openDb({ name: `calendar-wiring-${Date.now()}-${n++}` });
  const handlers = calendarHandlers({
    db: async () => db,
    session: { get: async () => undefined, set: async () => {} },
    bumpProfile: async () => {},
    setBadge: async () => {},
    now: () => new Date(NOW),
  });
  const send = <T extends Message['type']>(msg: Extract<Message, { type: T }>) =>
    (handlers[msg.type] as (m: typeof msg, from: { kind: 'page' }) => Promise<unknown>)(msg, { kind: 'page' });
  return { handlers: handlers as Handlers, send };
}

const all = async () => (await postsBetween(db, 'b1', '0000', '9999')).valid;
const at = (hours: number) => new Date(NOW + hours * 3_600_000).toISOString();
const rows = (count: number) => Array.from({ length: count }, (_, i) => post({ id: `r${i}`, date: at(i + 1), text: `Ligne ${i}` }));

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

describe('an import is one transaction', () => {
  it('writes every row and plans the next reminder', async () => {
    const { send } = await setup();
    expect(await send({ type: 'posts.import', posts: rows(50) })).toEqual({ imported: 50 });
    expect((await all()).map((p) => p.id).sort()).toEqual(rows(50).map((p) => p.id).sort());
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 3_600_000);
  });

  it('refuses the whole import when one row does not fit the schema: nothing is written', async () => {
    const { send } = await setup();
    const bad = [...rows(10), { ...rows(1)[0], id: 'bad', status: 'someday' }];
    await expect(send({ type: 'posts.import', posts: bad })).rejects.toThrow();
    expect(await all()).toEqual([]);
  });

  it('rolls back the rows already written when a write fails midway (storage full)', async () => {
    const { send } = await setup();
    await send({ type: 'posts.import', posts: [post({ id: 'kept', date: at(-48), status: 'draft' })] });
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 7) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(send({ type: 'posts.import', posts: rows(20) })).rejects.toThrow(/quota/i);
    vi.restoreAllMocks();
    expect((await all()).map((p) => p.id)).toEqual(['kept']);
  });

  it('the same function used directly is all or nothing too', async () => {
    await setup();
    await expect(importPosts(db, [...rows(3), { nope: true }])).rejects.toThrow();
    expect(await all()).toEqual([]);
    expect(await importPosts(db, rows(3))).toBe(3);
  });

  it('past scheduled rows of an import are marked as reminded: no burst of old notifications', async () => {
    const { send } = await setup();
    const past = post({ id: 'old', date: at(-5) });
    const draft = post({ id: 'draft-old', date: at(-5), status: 'draft' });
    await send({ type: 'posts.import', posts: [past, draft, post({ id: 'soon', date: at(2) })] });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    const stored = await all();
    expect(stored.find((p) => p.id === 'old')).toMatchObject({ remindedFor: past.date });
    expect(stored.find((p) => p.id === 'draft-old')?.remindedFor).toBeUndefined();
    expect(markPastAsReminded([post({ id: 'f', date: at(1) })], NOW)[0].remindedFor).toBeUndefined();
  });
});

describe('saves and deletes re-plan the one alarm', () => {
  it('a new earlier post moves the alarm; deleting the last one clears it', async () => {
    const { send } = await setup();
    await send({ type: 'posts.save', posts: [post({ id: 'a', date: at(5) })] });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 5 * 3_600_000);
    await send({ type: 'posts.save', posts: [post({ id: 'b', date: at(1) })] });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 3_600_000);
    await send({ type: 'posts.delete', id: 'b' });
    await send({ type: 'posts.delete', id: 'a' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a page saving a stale copy keeps the reminder ledger for the same slot, and loses it for a new slot', async () => {
    const { send } = await setup();
    const p = post({ id: 'a', date: at(-1) });
    await importPosts(db, [p]);
    await markReminded(db, [{ id: 'a', remindedFor: p.date, remindedAt: at(0) }]);
    await send({ type: 'posts.save', posts: [{ ...p, text: 'Texte revu' }] });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect((await all())[0]).toMatchObject({ text: 'Texte revu', remindedFor: p.date });
    const moved: CalendarPost = { ...p, date: at(-0.5) };
    await send({ type: 'posts.save', posts: [moved] });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['cocktail-reminder:a']);
  });

  it('scheduledPosts reads only scheduled posts, of every brand', async () => {
    await setup();
    await importPosts(db, [post({ id: 's1', date: at(1) }), post({ id: 'd', date: at(1), status: 'draft' }), post({ id: 's2', date: at(2), brandId: 'b2' })]);
    expect((await scheduledPosts(db)).map((p) => p.id).sort()).toEqual(['s1', 's2']);
  });
});

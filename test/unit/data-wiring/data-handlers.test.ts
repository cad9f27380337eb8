// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { dataHandlers, fromBase64 } from '../../../entrypoints/background/data-handlers';
import { route, type Handlers } from '../../../entrypoints/background/router';
import type { BackgroundDeps } from '../../../entrypoints/background/handlers';
import { toBase64 } from '../../../components/data/wire';
import type { Db } from '../../../lib/store/db';
import type { QuarantineEntry, RepairOutcome } from '../../../components/data/types';
import { brand, post, template } from '../backup/fixtures';
import { freshDb, seed, snapshot } from '../backup/db-helpers';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const PAGE = { id: ID, origin: ORIGIN, url: `${ORIGIN}/dashboard.html` };
const CONTENT = { id: ID, origin: 'https://x.com', url: 'https://x.com/home', tab: { id: 3 }, frameId: 0 };

function setup(db: Db) {
  const deps: BackgroundDeps = {
    db: async () => db,
    session: { get: async () => undefined, set: async () => {} },
    bumpProfile: vi.fn(async () => {}),
    setBadge: vi.fn(async () => {}),
  };
  const handlers = dataHandlers(deps, '9.9.9') as Handlers;
  const send = (msg: unknown, sender: object = PAGE) => route(msg, sender, { extensionId: ID, extensionOrigin: ORIGIN, handlers });
  return { deps, send };
}
const data = <T>(reply: { ok: boolean; data?: unknown; error?: string }) => {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data as T;
};

describe('data handlers through the router', () => {
  it('export, then import of the same bytes is previewed as all unchanged, and writes back exactly the same data', async () => {
    const db = await freshDb();
    await seed(db, { brands: [brand('b1'), brand('b2')], templates: [template('t1', 'b1')], posts: [post('p1', 'b1')] });
    const { send, deps } = setup(db);
    const out = data<{ text: string; fileName: string }>(await send({ type: 'data.export', scope: 'all', engagement: true, images: true }));
    expect(JSON.parse(out.text).appVersion).toBe('9.9.9');
    const before = await snapshot(db);
    const base64 = toBase64(new TextEncoder().encode(out.text));
    const preview = data<{ ok: true; preview: { totals: Record<string, number> } }>(await send({ type: 'data.preview', base64, mode: 'merge' }));
    expect(preview.preview.totals).toMatchObject({ added: 0, replaced: 0, unchanged: 4 });
    await db.clear('templates');
    const done = data<{ ok: boolean }>(await send({ type: 'data.import', base64, mode: 'replace' }));
    expect(done.ok).toBe(true);
    expect(await snapshot(db)).toBe(before);
    expect(deps.bumpProfile).toHaveBeenCalled();
    const backups = data<Array<{ reason: string }>>(await send({ type: 'data.backups' }));
    expect(backups.map((b) => b.reason)).toEqual(['import']);
  });

  it('one brand kit carries the brand name in its file name', async () => {
    const db = await freshDb();
    await seed(db, { brands: [brand('b1', { name: 'Café du Coin' })] });
    const { send } = setup(db);
    const out = data<{ fileName: string }>(await send({ type: 'data.export', scope: { brandId: 'b1' }, engagement: false, images: false }));
    expect(out.fileName).toMatch(/^cocktail-kit-cafe-du-coin-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('a refused file changes nothing and says why; a content script can reach none of these operations', async () => {
    const db = await freshDb();
    await seed(db, { brands: [brand('b1')] });
    const { send } = setup(db);
    const before = await snapshot(db);
    const bad = toBase64(new TextEncoder().encode('{"format":"cocktail-kit","schemaVersion":99}'));
    const out = data<{ ok: false; errors: Array<{ key: string }> }>(await send({ type: 'data.import', base64: bad, mode: 'replace' }));
    expect(out.ok).toBe(false);
    expect(out.errors[0].key).toBe('newerVersion');
    expect(await snapshot(db)).toBe(before);
    for (const msg of [{ type: 'data.export', scope: 'all', engagement: true, images: true }, { type: 'data.import', base64: bad, mode: 'merge' }, { type: 'data.restore', backupId: 'x' }, { type: 'data.backups' }, { type: 'quarantine.list' }, { type: 'quarantine.resolve', qid: 1 }]) {
      expect(await send(msg, CONTENT)).toEqual({ ok: false, error: 'forbidden' });
    }
  });

  it('storage full during an import replies storage-full and keeps the old data', async () => {
    const db = await freshDb();
    await seed(db, { brands: [brand('b1')] });
    const { send } = setup(db);
    const text = data<{ text: string }>(await send({ type: 'data.export', scope: 'all', engagement: true, images: true })).text;
    const before = await snapshot(db);
    // Storage full as Chrome may report it: an AbortError naming the quota.
    const spy = vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('Transaction aborted: QuotaExceededError', 'AbortError');
    });
    const reply = await send({ type: 'data.import', base64: toBase64(new TextEncoder().encode(text.replace('Café b1', 'Café b1 modifié'))), mode: 'merge' });
    spy.mockRestore();
    expect(reply).toEqual({ ok: false, error: 'storage-full' });
    expect(await snapshot(db)).toBe(before);
  });
});

describe('quarantine: found on read, listed as text, repaired only through the schema', () => {
  async function withBad() {
    const db = await freshDb();
    const good = brand('b1');
    await seed(db, { brands: [good], posts: [post('p1', 'b1')] });
    const img = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await db.put('brands', { id: 'bad', name: 42, html: '<img src=x onerror=window.__p=1>' });
    await db.put('posts', { ...post('p2', 'b1'), date: 'tomorrow', visual: { blob: img, alt: 'latte' } });
    await db.put('templates', JSON.parse('{"id":"t-bad","__proto__":{"polluted":1}}'));
    return { db, img, ...setup(db) };
  }

  it('a sweep moves every bad record to the quarantine, leaves good ones, and lists raw values as JSON text', async () => {
    const { db, send } = await withBad();
    const list = data<QuarantineEntry[]>(await send({ type: 'quarantine.list' }));
    expect(list.map((e) => `${e.store}:${e.key}`).sort()).toEqual(['brands:bad', 'posts:p2', 'templates:t-bad']);
    expect(await db.count('brands')).toBe(1);
    expect(await db.count('posts')).toBe(1);
    const b = list.find((e) => e.key === 'bad')!;
    expect(b.reason).toMatch(/name/);
    expect(JSON.parse(b.json)).toMatchObject({ name: 42, html: '<img src=x onerror=window.__p=1>' });
    expect(b.truncated).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A second sweep finds nothing new: nothing is quarantined twice.
    expect(data<QuarantineEntry[]>(await send({ type: 'quarantine.list' }))).toHaveLength(3);
  });

  it('a repair that still breaks the schema, or changes the key, is refused and the record stays quarantined', async () => {
    const { db, send } = await withBad();
    const list = data<QuarantineEntry[]>(await send({ type: 'quarantine.list' }));
    const qid = list.find((e) => e.key === 'bad')!.qid;
    const still = data<RepairOutcome>(await send({ type: 'quarantine.resolve', qid, repaired: { id: 'bad', name: 43 } }));
    expect(still).toMatchObject({ repaired: false });
    expect((still as { issues: string }).issues).toMatch(/name/);
    const moved = data<RepairOutcome>(await send({ type: 'quarantine.resolve', qid, repaired: brand('other') }));
    expect(moved).toMatchObject({ repaired: false });
    expect(await db.count('quarantine')).toBe(3);
    expect(await db.get('brands', 'other')).toBeUndefined();
    const ok = data<RepairOutcome>(await send({ type: 'quarantine.resolve', qid, repaired: { ...brand('bad'), name: 'Réparée' } }));
    expect(ok).toEqual({ repaired: true });
    expect(await db.get('brands', 'bad')).toMatchObject({ name: 'Réparée' });
    expect(await db.count('quarantine')).toBe(2);
  });

  it('a repaired post keeps its stored image (a Blob cannot travel as JSON)', async () => {
    const { db, img, send } = await withBad();
    const entry = data<QuarantineEntry[]>(await send({ type: 'quarantine.list' })).find((e) => e.key === 'p2')!;
    const edited = { ...JSON.parse(entry.json), date: '2026-05-01T10:00:00.000Z' };
    expect(edited.visual.blob).toEqual({ storedImage: 'image/png, 3 B' });
    expect(data<RepairOutcome>(await send({ type: 'quarantine.resolve', qid: entry.qid, repaired: edited }))).toEqual({ repaired: true });
    const back = (await db.get('posts', 'p2')) as { visual: { blob: Blob; alt: string } };
    expect(back.visual.alt).toBe('latte');
    expect(back.visual.blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await back.visual.blob.arrayBuffer())]).toEqual([...new Uint8Array(await img.arrayBuffer())]);
  });

  it('delete removes only the quarantined copy', async () => {
    const { db, send } = await withBad();
    const entry = data<QuarantineEntry[]>(await send({ type: 'quarantine.list' })).find((e) => e.key === 't-bad')!;
    expect(data<RepairOutcome>(await send({ type: 'quarantine.resolve', qid: entry.qid }))).toEqual({ repaired: true });
    expect(await db.count('quarantine')).toBe(2);
    expect(await db.count('templates')).toBe(0);
  });

  it('a 5 MB record is listed cut, marked truncated', async () => {
    const db = await freshDb();
    await db.put('templates', { id: 't-huge', text: 'x'.repeat(5 * 1024 * 1024) });
    const { send } = setup(db);
    const [e] = data<QuarantineEntry[]>(await send({ type: 'quarantine.list' }));
    expect(e.truncated).toBe(true);
    expect(e.json.length).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('bytes cross the message channel as base64', () => {
  it('any bytes come back the same', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    }), { numRuns: 200 });
  });
});

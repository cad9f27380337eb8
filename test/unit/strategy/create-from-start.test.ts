import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { activeBrand, getSettings, listBrands } from '../../../lib/store/brands';
import { toneRulesSchema } from '../../../lib/store/schemas/tone-rules';
import { defaultPack } from '../../../lib/guidelines';
import { strategyHandlers } from '../../../entrypoints/background/strategy-handlers';
import { route } from '../../../entrypoints/background/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = { id: ID, origin: `chrome-extension://${ID}`, url: `chrome-extension://${ID}/dashboard.html` };
let n = 0;

async function setup(failPut = false) {
  const db = await openDb({ name: `start-${Date.now()}-${n++}` });
  let bumps = 0;
  if (failPut) {
    // A full disk refuses the write transaction (fake-indexeddb cannot fill up); the handler must say so and write nothing.
    const tx = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = ((...args: Parameters<typeof tx>) => {
      if (args[1] === 'readwrite') throw new DOMException('full', 'QuotaExceededError');
      return tx(...args);
    }) as never;
  }
  const handlers = strategyHandlers({
    db: async () => db,
    session: { get: async () => undefined, set: async () => {} },
    bumpProfile: async () => void bumps++,
    setBadge: async () => {},
    now: () => new Date('2026-11-15T12:00:00Z'),
  });
  const send = (msg: unknown) => route(msg, PAGE, { extensionId: ID, extensionOrigin: PAGE.origin, handlers });
  return { db, send, bumps: () => bumps };
}

describe('brand.createFromStart', () => {
  it('stores the brand, its tone rules from the default pack of its language, makes it active, tells the pages', async () => {
    const { db, send, bumps } = await setup();
    const r = await send({ type: 'brand.createFromStart', start: { name: 'Atelier Nord', audience: 'b2b', locale: 'fr-FR', platforms: ['linkedin'] } });
    expect(r.ok).toBe(true);
    const { brandId } = (r as { data: { brandId: string } }).data;
    expect((await activeBrand(db))?.id).toBe(brandId);
    expect((await getSettings(db)).activeBrandId).toBe(brandId);
    const rules = toneRulesSchema.parse((await db.getAllFromIndex('toneRules', 'brandId', brandId))[0]);
    expect(rules.pack).toBe('fr-FR');
    expect(rules.rules).toEqual(defaultPack('fr-FR'));
    expect(bumps()).toBe(1);
  });

  it('a second brand gets its own id and becomes the active one; the first is kept', async () => {
    const { db, send } = await setup();
    const a = await send({ type: 'brand.createFromStart', start: { name: 'Nord', audience: 'b2c', locale: 'en', platforms: ['x'] } });
    const b = await send({ type: 'brand.createFromStart', start: { name: 'Nord', audience: 'b2c', locale: 'en', platforms: ['x'] } });
    const ids = [a, b].map((r) => (r as { data: { brandId: string } }).data.brandId);
    expect(ids[0]).not.toBe(ids[1]);
    expect((await listBrands(db)).valid).toHaveLength(2);
    expect((await activeBrand(db))?.id).toBe(ids[1]);
  });

  it('refuses a bad start whole, and writes nothing', async () => {
    const { db, send } = await setup();
    expect(await send({ type: 'brand.createFromStart', start: { name: '', audience: 'b2c', locale: 'en', platforms: ['x'] } })).toEqual({ ok: false, error: 'invalid' });
    expect(await send({ type: 'brand.createFromStart', start: { name: 'A', audience: 'b2c', locale: 'de', platforms: ['x'] } })).toEqual({ ok: false, error: 'invalid' });
    expect((await listBrands(db)).valid).toHaveLength(0);
  });

  it('storage full: the reply says so and no half brand is left behind', async () => {
    const { db, send } = await setup(true);
    const r = await send({ type: 'brand.createFromStart', start: { name: 'A', audience: 'b2c', locale: 'en', platforms: ['x'] } });
    expect(r).toEqual({ ok: false, error: 'storage-full' });
    expect((await listBrands(db)).valid).toHaveLength(0);
    expect((await getSettings(db)).activeBrandId).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { DB_VERSION, migrate } from '../../../lib/store/migrations';
import { openDb, runUpgrade } from '../../../lib/store/db';
import { brandSchema } from '../../../lib/store/schemas/brand';
import { engagementItemSchema } from '../../../lib/store/schemas/engagement';
import { readValid } from '../../../lib/store/read';
import { countOpen, openQueue } from '../../../lib/store/engagement';
import { readSummaries, summariesFor } from '../../../lib/store/engagement-summary';
import { metricsFromSummaries } from '../../../lib/engagement/week-summary';
import { computeMetrics } from '../../../lib/engagement/metrics';

/** Typed arrays (stored by the week summaries, v3 on) are written in the samples as { $typed, values }. */
const TYPED: Record<string, new (values: number[]) => unknown> = { Int32Array, Float64Array, Uint16Array };
const revive = (_key: string, v: unknown) => {
  const t = v as { $typed?: string; values?: number[] } | null;
  return t && typeof t === 'object' && t.$typed && TYPED[t.$typed] ? new TYPED[t.$typed](t.values ?? []) : v;
};
const sample = (v: number) => JSON.parse(readFileSync(`test/fixtures/db/v${v}.json`, 'utf8'), revive) as Record<string, unknown[]>;

/** Builds a database exactly as version `v` of the schema made it, filled with that version's stored sample. */
async function databaseAtVersion(name: string, v: number) {
  const db = await openDB(name, v, { upgrade: (d, old, _n, tx) => migrate(d, old, tx as never, v) });
  for (const [store, records] of Object.entries(sample(v))) {
    if (store.startsWith('_')) continue;
    for (const r of records) await db.put(store, r);
  }
  db.close();
}

describe('every past schema version opens with today\'s code', () => {
  for (let v = 1; v <= DB_VERSION; v++) {
    it(`version ${v}`, async () => {
      const name = `migrate-v${v}`;
      await databaseAtVersion(name, v);
      const db = await openDb({ name });
      expect(db.version).toBe(DB_VERSION);
      const items = await readValid(db, 'engagement', engagementItemSchema);
      expect(items.quarantined).toBe(0);
      expect(items.valid.length).toBe(sample(v).engagement.length);
      const expectedOpen = sample(v)._expectedOpen as unknown as Record<string, number>;
      expect(Object.fromEntries(items.valid.map((i) => [i.id, i.open]))).toEqual(expectedOpen);
      const brands = await readValid(db, 'brands', brandSchema);
      expect(brands.valid.map((b) => b.id)).toEqual(sample(v).brands.map((b) => (b as { id: string }).id));
      // The metrics' week summaries: stored ones are used as they are (v3 on); older logs get them built from the items.
      expect(await readSummaries(db, 'UTC')).toEqual(v >= 3 ? expect.any(Array) : undefined);
      const days = await summariesFor(db, 'UTC');
      const opts = { now: new Date('2026-04-10T00:00:00Z'), targets: [{ objectiveId: 'o', thresholdMs: 2 * 3_600_000, platforms: [] }], timeZone: 'UTC' };
      expect(metricsFromSummaries(days, opts)).toEqual(computeMetrics(items.valid, opts));
      expect(await countOpen(db)).toBe(Object.values(expectedOpen).filter((o) => o === 1).length);
      db.close();
    });
  }

  it('a version 1 question waits first in the queue after the upgrade; a liked comment still waits, a liked share not', async () => {
    await databaseAtVersion('migrate-queue', 1);
    const db = await openDb({ name: 'migrate-queue' });
    const queue = await openQueue(db);
    expect(queue.valid.map((i) => i.id)).toEqual(['x:1', 'x:5', 'x:3']);
    db.close();
  });

  it('a throw inside an upgrade leaves the old version and its data intact', async () => {
    await databaseAtVersion('migrate-throw', 1);
    const failing = openDB('migrate-throw', 2, {
      upgrade: (d, old, _n, tx) =>
        runUpgrade(tx, async () => {
          await migrate(d, old, tx as never, 2);
          throw new Error('disk gone');
        }),
    });
    await expect(failing).rejects.toThrow();
    const db = await openDB('migrate-throw');
    expect(db.version).toBe(1);
    expect(await db.count('engagement')).toBe(6);
    expect(db.objectStoreNames.contains('postStats')).toBe(false);
    db.close();
  });
});

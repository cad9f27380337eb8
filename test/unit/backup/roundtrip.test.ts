// @vitest-environment node
// Node: fake-indexeddb clones Blobs with Node's structuredClone, and happy-dom's Blob is another class.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDb, importFile } from '../../../lib/store/backup/pipeline';
import { checkImport } from '../../../lib/store/backup/validate';
import { kitArb } from './arbitraries';
import { freshDb, materialize, seed, snapshot } from './db-helpers';
import { exportText } from './helpers';

const byId = (recs: Array<{ id: string }> | undefined) =>
  [...(recs ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('export then import gives back exactly the same data (property)', () => {
  it('through the file alone: every record, image bytes and types included', async () => {
    await fc.assert(
      fc.asyncProperty(kitArb({ images: true }), async (kit) => {
        const r = checkImport(await exportText(kit));
        if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
        expect(await materialize(r.kit.data)).toEqual(await materialize(kit));
      }),
      { numRuns: 80, seed: 20260401 },
    );
  });

  it('through the database: export one, import into an empty one, same dump', async () => {
    await fc.assert(
      fc.asyncProperty(kitArb({ images: true }), async (kit) => {
        const source = await freshDb();
        await seed(source, kit);
        const exported = await exportDb(source, { scope: 'all', engagement: true, images: true, appVersion: '0.1.0' });
        expect(exported.skipped).toBe(0);
        const target = await freshDb();
        const r = await importFile(target, exported.text);
        expect(r.ok).toBe(true);
        expect(await snapshot(target)).toBe(await snapshot(source));
        source.close();
        target.close();
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('a brand kit brings back that brand and all of its records, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        kitArb({ images: true }).filter((k) => k.brands.length > 0),
        fc.nat(),
        async (kit, pick) => {
          const brandId = kit.brands[pick % kit.brands.length].id;
          const r = checkImport(await exportText(kit, { scope: { brandId }, engagement: false }));
          if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
          const mine = <T extends { brandId: string }>(recs: T[]) => recs.filter((x) => x.brandId === brandId);
          expect(await materialize(r.kit.data)).toEqual(
            await materialize({
              brands: kit.brands.filter((b) => b.id === brandId),
              toneRules: mine(kit.toneRules),
              templates: mine(kit.templates),
              posts: mine(kit.posts),
            }),
          );
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('without images, only the image blobs are left out', async () => {
    await fc.assert(
      fc.asyncProperty(kitArb({ images: true }), async (kit) => {
        const r = checkImport(await exportText(kit, { images: false }));
        if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
        const strip = kit.posts.map(({ visual, ...p }) => {
          if (!visual) return p;
          const { blob: _blob, ...rest } = visual;
          return { ...p, visual: rest };
        });
        expect(byId(r.kit.data.posts)).toEqual(byId(strip));
        expect(r.kit.data.templates).toEqual(kit.templates);
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName } from '../../../lib/store/backup/export';
import { FORMAT_TAG, SCHEMA_VERSION } from '../../../lib/store/backup/format';
import { NOW, exportFile, mustCheck } from './helpers';
import { pngBlob, sampleKit, template } from './fixtures';

const ids = (recs: unknown[] | undefined) => (recs ?? []).map((r) => (r as { id: string }).id);

describe('buildExport', () => {
  it('writes the header: format, version, date, app version, scope', async () => {
    const f = await exportFile(sampleKit());
    expect([f.format, f.schemaVersion, f.exportedAt, f.appVersion, f.scope]).toEqual([
      FORMAT_TAG, SCHEMA_VERSION, NOW.toISOString(), '0.1.0', 'all',
    ]);
    expect(Object.keys(f.data)).toEqual(['brands', 'toneRules', 'templates', 'posts', 'engagement', 'settings']);
  });

  it('a brand kit keeps only that brand and its records, and no settings', async () => {
    const f = await exportFile(sampleKit(), { scope: { brandId: 'b1' }, engagement: false });
    expect(f.scope).toEqual({ brandId: 'b1' });
    expect(ids(f.data.brands)).toEqual(['b1']);
    expect(ids(f.data.toneRules)).toEqual(['r1']);
    expect(ids(f.data.templates)).toEqual(['t1', 't3']);
    expect(ids(f.data.posts)).toEqual(['p1']);
    expect(f.data.engagement).toBeUndefined();
    expect(f.data.settings).toBeUndefined();
  });

  it('with the engagement log, a brand kit takes the log (items carry no brand yet)', async () => {
    const f = await exportFile(sampleKit(), { scope: { brandId: 'b2' }, engagement: true });
    expect(ids(f.data.engagement)).toEqual(['x:1', 'x:2']);
  });

  it('encodes images as data URLs, or leaves them out but keeps alt text', async () => {
    const withImg = await exportFile(sampleKit());
    const visual = (withImg.data.posts[0] as any).visual;
    expect(visual.image).toBe(`data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 1, 0, 255, 128))}`);
    expect(visual.blob).toBeUndefined();
    const without = await exportFile(sampleKit(), { images: false });
    expect((without.data.posts[0] as any).visual).toEqual({ alt: 'Une tasse' });
  });

  it('encodes a large image exactly (chunked base64 has no padding in the middle)', async () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 31) % 256);
    const kit = sampleKit();
    kit.posts[0].visual = { blob: new Blob([bytes], { type: 'image/jpeg' }), alt: '' };
    const back = mustCheck(JSON.stringify(await exportFile(kit)));
    const blob = back.data.posts[0].visual!.blob!;
    expect(blob.type).toBe('image/jpeg');
    const back8 = new Uint8Array(await blob.arrayBuffer());
    expect(back8.length).toBe(bytes.length);
    expect(back8.findIndex((b, i) => b !== bytes[i])).toBe(-1);
  });

  it('leaves out stored records that no longer fit their schema, and counts them', async () => {
    const kit = sampleKit();
    const broken = { ...template('bad', 'b1'), intents: [] };
    const { file, skipped } = await buildExport({ ...kit, templates: [...kit.templates, broken] }, {
      scope: 'all', engagement: true, images: true, appVersion: '0.1.0', now: NOW,
    });
    expect(skipped).toBe(1);
    expect(ids(file.data.templates)).toEqual(['t1', 't2', 't3']);
  });

  it('an image with an odd type travels as application/octet-stream', async () => {
    const kit = sampleKit();
    kit.posts[0].visual = { blob: new Blob([new Uint8Array([1])], { type: 'image/png;x="a,b"' }), alt: '' };
    const f = await exportFile(kit);
    expect((f.data.posts[0] as any).visual.image).toBe('data:application/octet-stream;base64,AQ==');
    void pngBlob;
  });
});

describe('exportFileName', () => {
  it('names a backup by day and a brand kit by its brand', () => {
    expect(exportFileName('all', undefined, NOW)).toBe('cocktail-backup-2026-04-01.json');
    expect(exportFileName({ brandId: 'b1' }, 'Café du Coin!', NOW)).toBe('cocktail-kit-cafe-du-coin-2026-04-01.json');
    expect(exportFileName({ brandId: 'b1' }, '☕☕', NOW)).toBe('cocktail-kit-brand-2026-04-01.json');
  });
});

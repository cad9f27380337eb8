import { describe, expect, it } from 'vitest';
import { diffImport } from '../../../lib/store/backup/diff';
import { exportFile, mustCheck } from './helpers';
import { brand, pngBlob, post, sampleKit, template } from './fixtures';

describe('diffImport', () => {
  it('says what is added, replaced field by field, unchanged and kept', async () => {
    const current = sampleKit();
    const incoming = sampleKit();
    incoming.brands[0] = brand('b1', { mission: 'Nouvelle mission', keywords: ['café', 'latte'] });
    incoming.templates.push(template('t9', 'b1'));
    incoming.posts = incoming.posts.filter((p) => p.id !== 'p2');
    const kit = mustCheck(JSON.stringify(await exportFile(incoming)));
    const p = await diffImport(current, kit);
    expect(p.stores.brands!.replaced).toEqual([
      {
        id: 'b1',
        label: 'Café b1',
        changes: [
          { path: 'keywords', before: 'café, quartier', after: 'café, latte' },
          { path: 'mission', before: 'Servir le meilleur café du quartier', after: 'Nouvelle mission' },
        ],
      },
    ]);
    expect(p.stores.brands!.unchanged).toBe(1);
    expect(p.stores.templates!.added).toEqual([{ id: 't9', label: 'Merci t9' }]);
    expect(p.stores.posts!.kept).toEqual([{ id: 'p2', label: '2026-03-02 Publication p2' }]);
    expect(p.stores.posts!.unchanged).toBe(1); // same image bytes: unchanged
    expect(p.totals).toEqual({ added: 1, replaced: 1, unchanged: 10, kept: 1, removed: 0 });
  });

  it('in replace mode lists the records that will be deleted', async () => {
    const incoming = { ...sampleKit(), posts: [] };
    const kit = mustCheck(JSON.stringify(await exportFile(incoming)));
    const p = await diffImport(sampleKit(), kit, 'replace');
    expect(p.stores.posts!.removed.map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(p.stores.posts!.kept).toEqual([]);
  });

  it('sees a changed image and a changed nested value', async () => {
    const incoming = sampleKit();
    incoming.posts[0] = post('p1', 'b1', { visual: { blob: pngBlob(2), alt: 'Une tasse' } });
    incoming.brands[0] = brand('b1', { values: [{ name: 'Accueil', howItShows: 'Sourire' }] });
    const kit = mustCheck(JSON.stringify(await exportFile(incoming)));
    const p = await diffImport(sampleKit(), kit);
    expect(p.stores.posts!.replaced[0].changes).toEqual([{ path: 'visual.blob', before: '[image/png, 8 B]', after: '[image/png, 8 B]' }]);
    expect(p.stores.brands!.replaced[0].changes).toEqual([{ path: 'values[0].howItShows', before: 'On répond à tout le monde', after: 'Sourire' }]);
  });

  it('re-importing a team kit compares only that brand: other brands are not "kept"', async () => {
    const team = sampleKit();
    team.templates = team.templates.map((t) => (t.id === 't1' ? { ...t, text: 'Merci beaucoup {author}!' } : t));
    const kit = mustCheck(JSON.stringify(await exportFile(team, { scope: { brandId: 'b1' }, engagement: false })));
    const p = await diffImport(sampleKit(), kit);
    expect(Object.keys(p.stores)).toEqual(['brands', 'toneRules', 'templates', 'posts']);
    expect(p.stores.brands!.kept).toEqual([]);
    expect(p.stores.templates!.replaced).toEqual([
      { id: 't1', label: 'Merci t1', changes: [{ path: 'text', before: 'Merci {author}!', after: 'Merci beaucoup {author}!' }] },
    ]);
    expect(p.scope).toEqual({ brandId: 'b1' });
  });

  it('returns plain data that survives JSON (it crosses the message channel)', async () => {
    const kit = mustCheck(JSON.stringify(await exportFile(sampleKit())));
    const p = await diffImport({}, kit);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(p.totals.added).toBe(12);
  });
});

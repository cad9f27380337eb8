import { describe, expect, it } from 'vitest';
import { importCsv, postsToWrite, previewCsv, type ImportOptions } from '../../../lib/calendar/csv-import';
import { suggestMapping, fieldOfHeader } from '../../../lib/calendar/csv-mapping';
import { describeRowError } from '../../../lib/calendar/messages';
import { ids } from './helpers';

const opts = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  brandId: 'b1',
  timeZone: 'America/Toronto',
  now: '2026-02-01T12:00:00.000Z',
  newId: ids(),
  ...over,
});

describe('column mapping', () => {
  it('recognises French and English headers, accents and case aside', () => {
    expect(suggestMapping(['Date de publication', 'Heure', 'Réseaux sociaux', 'État', 'Contenu', 'Mots-clics', "Appel à l'action", 'Pilier'])).toEqual([
      'date', 'time', 'platforms', 'status', 'text', 'hashtags', 'callToAction', 'pillar',
    ]);
    expect(suggestMapping(['Publish date', 'Channel', 'Status', 'Caption', 'Keywords', 'Alt text', 'Goal', 'Comments'])).toEqual([
      'date', 'platforms', 'status', 'text', 'keywords', 'visualAlt', 'objective', 'notes',
    ]);
  });

  it('maps per-platform text columns to variants and leaves unknown columns out', () => {
    expect(fieldOfHeader('Texte LinkedIn')).toBe('variant:linkedin');
    expect(fieldOfHeader('Text (X)')).toBe('variant:x');
    expect(fieldOfHeader('Instagram caption')).toBe('variant:instagram');
    expect(suggestMapping(['Date', 'Budget', 'Date'])).toEqual(['date', null, null]);
  });
});

describe('importing a French Excel export', () => {
  const csv = [
    'Date;Heure;Plateformes;Statut;Texte;Pilier;Mots-clics',
    '14/03/2026;9 h 30;LinkedIn, Twitter;Planifié;"Notre ""nouveau"" service;\nà Québec";Produit;#qc #pme',
    '2026-03-15 14:00;;FB / IG;brouillon;Été;communauté;',
    '31/02/2026;;LinkedIn;idée;x;;',
    '03/14/2026;;LinkedIn;idée;x;;',
    '16/03/2026;;Myspace;idée;x;;',
    '17/03/2026;;X;terminé;x;;',
    ';;X;idée;x;;',
    '18/03/2026;25:00;X;idée;x;;',
    '2026-03-19T10:00:00Z;;Bluesky et Mastodon;published;Done;values;',
    '20/03/2026;;Threads;;;;',
  ].join('\r\n');

  const result = importCsv(csv, opts());

  it('reads good rows in the given zone, with FR/EN platform and status names', () => {
    expect(result.posts.map((p) => [p.date, p.platforms, p.status, p.pillar])).toEqual([
      ['2026-03-14T13:30:00.000Z', ['linkedin', 'x'], 'scheduled', 'product'],
      ['2026-03-15T18:00:00.000Z', ['facebook', 'instagram'], 'draft', 'community'],
      ['2026-03-19T10:00:00.000Z', ['bluesky', 'mastodon'], 'published', 'values'],
      ['2026-03-20T13:00:00.000Z', ['threads'], 'draft', 'other'],
    ]);
    expect(result.posts[0].text).toBe('Notre "nouveau" service;\nà Québec');
    expect(result.posts[0].hashtags).toEqual(['#qc', '#pme']);
    expect(result.posts[0].brandId).toBe('b1');
    expect(result.posts[0].updatedAt).toBe('2026-02-01T12:00:00.000Z');
  });

  it('lists every bad row with its line (counting the newline inside a quoted cell) and reason', () => {
    expect(result.errors.map((e) => [e.line, e.reason])).toEqual([
      [5, 'badDate'],
      [6, 'dateMonthFirst'],
      [7, 'unknownPlatform'],
      [8, 'unknownStatus'],
      [9, 'missingDate'],
      [10, 'badTime'],
    ]);
    expect(describeRowError(result.errors[2], 'fr')).toBe('Ligne 7 : plateforme inconnue : « Myspace ».');
    expect(describeRowError(result.errors[2], 'en')).toBe('Line 7: unknown platform: "Myspace".');
  });

  it('gives the good rows or nothing', () => {
    expect(postsToWrite(result, 'goodRows')).toBe(result.posts);
    expect(postsToWrite(result, 'nothing')).toEqual([]);
  });
});

describe('import options and file problems', () => {
  it('uses the row time zone column and the default time for date-only cells', () => {
    const r = importCsv('Date,Time zone,Platform\n2026-07-01,Europe/Paris,LinkedIn\n2026-07-01,Mars/Base,X\n', opts({ defaultTime: '08:15' }));
    expect(r.posts[0].date).toBe('2026-07-01T06:15:00.000Z');
    expect(r.posts[0].timeZone).toBe('Europe/Paris');
    expect(r.errors).toEqual([{ line: 3, reason: 'unknownTimeZone', params: { value: 'Mars/Base' } }]);
  });

  it('reads Windows-1252 bytes and matches objectives by id or statement', () => {
    const latin = 'Date;Objectif;Texte\n2026-05-01 10:00;Notoriété;Café\n2026-05-02 10:00;o2;x\n2026-05-03 10:00;Inconnu;x\n';
    const bytes = Uint8Array.from([...latin].map((c) => c.charCodeAt(0)));
    const r = importCsv(bytes, opts({ objectives: [{ id: 'o1', statement: 'Notoriété' }, { id: 'o2', statement: 'Ventes' }] }));
    expect(r.preview.encoding).toBe('windows-1252');
    expect(r.posts.map((p) => [p.objectiveId, p.text])).toEqual([['o1', 'Café'], ['o2', 'x']]);
    expect(r.errors.map((e) => e.reason)).toEqual(['unknownObjective']);
  });

  it('refuses a file without a date column, and applies an edited mapping', () => {
    expect(importCsv('Quand,Texte\n2026-01-05,Salut\n', opts({ mapping: [null, 'text'] })).fileProblem).toBe('noDateColumn');
    const r = importCsv('Jour J,Texte\n2026-01-05 10:00,Salut\n', opts({ mapping: ['date', 'text'] }));
    expect(r.posts.map((p) => [p.date, p.text])).toEqual([['2026-01-05T15:00:00.000Z', 'Salut']]);
    expect(importCsv('Date,Date\n', opts({ mapping: ['date', 'date'] })).fileProblem).toBe('duplicateColumns');
  });

  it('refuses javascript: visuals and duplicate ids', () => {
    const r = importCsv('ID;Date;Visuel\na;2026-01-05;javascript:alert(1)\nb;2026-01-05;https://ex.com/i.png\nb;2026-01-06;\n', opts());
    expect(r.errors.map((e) => [e.line, e.reason])).toEqual([[2, 'badUrl'], [4, 'duplicateId']]);
    expect(r.posts[0].visual).toEqual({ url: 'https://ex.com/i.png', alt: '' });
  });

  it('previews headers, delimiter and a sample before importing', () => {
    const p = previewCsv(new TextEncoder().encode('\uFEFFDate;Texte\n2026-01-05;a\n2026-01-06;b\n'));
    expect(p).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';', headers: ['Date', 'Texte'], mapping: ['date', 'text'], rows: 2 });
  });

  it('reads English dates with AM/PM and ISO offsets', () => {
    const r = importCsv('Date,Time\n2026-01-05,2:15 PM\n2026-01-05T09:00:00-0500,\n', opts());
    expect(r.posts.map((p) => p.date)).toEqual(['2026-01-05T19:15:00.000Z', '2026-01-05T14:00:00.000Z']);
  });
});

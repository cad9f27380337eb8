import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLATFORMS } from '../../../lib/platforms/types';
import { PILLARS, POST_STATUSES, calendarPostSchema, type CalendarPost } from '../../../lib/store/schemas/post';
import { exportCsvBytes, exportCsvText } from '../../../lib/calendar/csv-export';
import { importCsv } from '../../../lib/calendar/csv-import';
import { parseCsv } from '../../../lib/calendar/csv-parse';
import { post } from './helpers';

const NOW = '2026-02-01T12:00:00.000Z';
const zones = ['America/Toronto', 'America/Montreal', 'America/Vancouver', 'America/St_Johns', 'Europe/Paris', 'Asia/Kolkata', 'UTC'];
const tricky = fc.constantFrom(';', '"', '""', '\n', '\r\n', ',', '=1+1', "'", "'=", '+', '-', '@', 'é', 'Œ', '🎉', '👩🏽‍💻', '\t', ' ', '«', '»');
const freeText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), tricky), { maxLength: 8 }).map((a) => a.join(''));
const trimmed = freeText.map((s) => s.trim());
const nonBlank = freeText.filter((s) => s.trim() !== '');
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.replace(/[,;\n\r]/g, '').trim()).filter(Boolean);
const token = fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/);

const postArb = fc.record({
  id: fc.uuid(),
  date: fc.integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2035, 11, 31) / 1000 }).map((s) => new Date(s * 1000).toISOString()),
  timeZone: fc.constantFrom(...zones),
  platforms: fc.uniqueArray(fc.constantFrom(...PLATFORMS), { maxLength: 4 }),
  status: fc.constantFrom(...POST_STATUSES),
  pillar: fc.constantFrom(...PILLARS),
  text: freeText,
  variants: fc.dictionary(fc.constantFrom(...PLATFORMS), nonBlank, { maxKeys: 3 }),
  callToAction: trimmed,
  keywords: fc.array(word, { maxLength: 4 }),
  hashtags: fc.array(token.map((t) => `#${t}`), { maxLength: 4 }),
  objectiveId: fc.option(token, { nil: undefined }),
  visual: fc.option(fc.record({ url: token.map((t) => `https://example.com/${t}.png`), alt: trimmed }), { nil: undefined }),
  readerBenefit: fc.option(nonBlank.map((s) => s.trim()), { nil: undefined }),
  notes: freeText,
});

function clean(p: Record<string, unknown>): CalendarPost {
  const o = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
  return calendarPostSchema.parse({ ...o, brandId: 'b1', updatedAt: NOW });
}

describe('CSV export then import', () => {
  it('gives back the same posts, in French and in English', () => {
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 1, maxLength: 6 }), fc.constantFrom('fr' as const, 'en' as const), (raw, lang) => {
        const posts = raw.map(clean);
        const back = importCsv(exportCsvBytes(posts, lang), { brandId: 'b1', timeZone: 'America/Toronto', now: NOW, newId: () => 'never' });
        expect(back.errors).toEqual([]);
        const byId = (a: CalendarPost, b: CalendarPost) => a.id.localeCompare(b.id);
        expect([...back.posts].sort(byId)).toEqual([...posts].sort(byId));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the second 01:30 of the autumn change apart from the first', () => {
    const posts = [post({ id: 'a', date: '2026-11-01T05:30:00.000Z' }), post({ id: 'b', date: '2026-11-01T06:30:00.000Z' })];
    const back = importCsv(exportCsvText(posts, 'fr'), { brandId: 'b1', timeZone: 'UTC', now: NOW, newId: () => 'n' });
    expect(back.posts.map((p) => p.date)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']);
  });
});

describe('CSV for a French Excel', () => {
  const posts = [post({ id: 'a', date: '2026-03-14T13:30:00.000Z', text: '=SOMME(A1) ; « été »', platforms: ['linkedin', 'x'] })];
  const bytes = exportCsvBytes(posts, 'fr');
  const text = new TextDecoder().decode(bytes.subarray(3));

  it('starts with a UTF-8 BOM, uses ";" and CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0].startsWith('Date;Fuseau horaire;Plateformes;Statut;Pilier;Texte')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes local dates Excel reads as dates, and defuses formulas', () => {
    const [, row] = parseCsv(text, ';');
    expect(row.cells[0]).toBe('2026-03-14 09:30');
    expect(row.cells[2]).toBe('LinkedIn, X');
    expect(row.cells[3]).toBe('planifié');
    expect(row.cells[5]).toBe("'=SOMME(A1) ; « été »");
  });
});

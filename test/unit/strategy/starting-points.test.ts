import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/platforms/types';
import { startingBrand, startSchema, DEFAULT_PLATFORMS } from '../../../lib/strategy/starting-points';
import { responseTargets } from '../../../lib/engagement/targets';
import { measureOf } from '../../../lib/strategy/progress';
import { brandSchema } from '../../../lib/store/schemas/brand';

const NOW = new Date('2026-11-15T14:00:00Z');
const LOCALES = ['fr-CA', 'fr-FR', 'en'] as const;
const AUDIENCES = ['b2b', 'b2c'] as const;

describe('starting points', () => {
  for (const locale of LOCALES) {
    for (const audience of AUDIENCES) {
      it(`${locale} ${audience}: a complete, valid brand with teaching placeholders and measurable objectives`, () => {
        const b = startingBrand({ name: 'Atelier Nord', audience, locale, platforms: DEFAULT_PLATFORMS[audience] }, NOW, 'x1');
        expect(brandSchema.safeParse(b).success).toBe(true);
        expect(b.locale).toBe(locale);
        expect(b.values.length).toBeGreaterThanOrEqual(3);
        expect(b.values.every((v) => v.name && v.howItShows)).toBe(true);
        expect(b.voice).toHaveLength(3);
        expect(b.dos.length).toBeGreaterThan(0);
        expect(b.donts.length).toBeGreaterThan(0);
        expect(b.keyMessages.every((m) => m.startsWith('['))).toBe(true);
        expect(Object.keys(b.platformRoles).sort()).toEqual([...DEFAULT_PLATFORMS[audience]].sort());
        for (const role of Object.values(b.platformRoles)) {
          expect(role!.why).not.toBe('');
          expect(role!.cadencePerWeek).toBeGreaterThan(0);
        }
        // The reply-time objective is read as a response-time target by the engagement metrics.
        const targets = responseTargets(b);
        expect(targets).toHaveLength(1);
        expect(targets[0].thresholdMs).toBe((audience === 'b2b' ? 4 : 2) * 3_600_000);
        expect(b.objectives.map(measureOf)).toEqual(['reply-time', 'posts-per-week', 'manual']);
        expect(b.objectives[2].kind).toBe('qualitative');
        expect(b.objectives[2].judgedBy).toBeTruthy();
      });
    }
  }

  it('the language of the words follows the brand locale', () => {
    const ca = startingBrand({ name: 'A', audience: 'b2c', locale: 'fr-CA', platforms: ['x'] }, NOW);
    const fr = startingBrand({ name: 'A', audience: 'b2c', locale: 'fr-FR', platforms: ['x'] }, NOW);
    const en = startingBrand({ name: 'A', audience: 'b2c', locale: 'en', platforms: ['x'] }, NOW);
    expect(ca.voice.join(' ')).toMatch(/OQLF/);
    expect(fr.voice.join(' ')).not.toMatch(/OQLF|québécois/);
    expect(ca.keyMessages[0]).toMatch(/Québec/);
    expect(fr.keyMessages[0]).toMatch(/France/);
    expect(en.objectives[0].statement).toBe('Answer every comment within 2 hours');
    const b2b = startingBrand({ name: 'A', audience: 'b2b', locale: 'en', platforms: ['x'] }, NOW);
    expect(b2b.objectives[0].statement).toBe('Answer every comment within 4 hours');
  });

  it('the pace objective adds up the cadence of every chosen platform; core platforms discuss, others listen', () => {
    const b = startingBrand({ name: 'A', audience: 'b2b', locale: 'fr-CA', platforms: ['linkedin', 'reddit'] }, NOW);
    const sum = Object.values(b.platformRoles).reduce((n, r) => n + r!.cadencePerWeek, 0);
    expect(b.objectives[1].target).toBe(sum);
    expect(b.platformRoles.linkedin!.stage).toBe('discuss');
    expect(b.platformRoles.reddit!.stage).toBe('listen');
  });

  it('every platform has a role in every language and audience', () => {
    for (const locale of LOCALES) for (const audience of AUDIENCES) {
      const b = startingBrand({ name: 'A', audience, locale, platforms: [...PLATFORMS] }, NOW);
      expect(Object.values(b.platformRoles).every((r) => r!.why && r!.audience)).toBe(true);
    }
  });

  it('due date three months out, ids from the name', () => {
    const b = startingBrand({ name: 'Café Été!', audience: 'b2c', locale: 'fr-CA', platforms: ['x'] }, NOW, 'k');
    expect(b.id).toBe('brand-cafe-ete-k');
    expect(b.objectives[0].due).toBe('2027-02-15');
  });

  it('refuses a start without a name or a platform, with codes the form shows', () => {
    const r = startSchema.safeParse({ name: '  ', audience: 'b2c', locale: 'en', platforms: [] });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ name: 'required', platforms: 'pickPlatform' });
  });
});

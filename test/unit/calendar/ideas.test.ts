import { describe, expect, it } from 'vitest';
import { gist, ideasFromIdentity } from '../../../lib/calendar/ideas';
import { calendarPostSchema } from '../../../lib/store/schemas/post';
import { ids } from './helpers';

const brand = {
  mission: 'Aider les PME du Québec à vendre en ligne sans se ruiner. Nous offrons des outils simples.',
  vision: 'Chaque commerce de quartier a sa boutique en ligne',
  values: [{ name: 'Transparence', howItShows: 'Nos prix sont publics' }, { name: 'Proximité', howItShows: '' }],
  platformRoles: {
    linkedin: { why: '', audience: '', cadencePerWeek: 2, toneOverride: '', stage: 'listen' as const },
    tiktok: { why: '', audience: '', cadencePerWeek: 0, toneOverride: '', stage: 'listen' as const },
  },
};
const base = { brandId: 'b1', timeZone: 'America/Toronto', start: '2026-03-02T15:00:00.000Z', now: '2026-03-01T00:00:00.000Z' };

describe('ideas from identity', () => {
  it('proposes valid "idea" posts from mission, vision and each value, each with the reader benefit', () => {
    const ideas = ideasFromIdentity(brand, { ...base, lang: 'fr', newId: ids() });
    expect(ideas).toHaveLength(8);
    for (const i of ideas) {
      expect(calendarPostSchema.safeParse(i).success).toBe(true);
      expect(i.status).toBe('idea');
      expect(i.readerBenefit!.startsWith('Le lecteur')).toBe(true);
      expect(i.platforms).toEqual(['linkedin']);
    }
    expect(ideas.map((i) => i.pillar)).toEqual(['mission', 'mission', 'vision', 'vision', 'values', 'values', 'values', 'values']);
    expect(ideas[0].text).toContain('« Aider les PME du Québec à vendre en ligne sans se ruiner »');
    expect(ideas[3].text).toContain('Si chaque commerce de quartier a sa boutique en ligne');
    expect(ideas[4].text).toContain('« Transparence » au quotidien (Nos prix sont publics)');
    expect(ideas[6].text).not.toContain('(');
  });

  it('writes English, spaces ideas every two days at 10:00 local and uses given slots first', () => {
    const ideas = ideasFromIdentity(brand, { ...base, lang: 'en', newId: ids(), slots: ['2026-03-05T18:00:00.000Z'], max: 3 });
    expect(ideas.map((i) => i.date)).toEqual(['2026-03-05T18:00:00.000Z', '2026-03-02T15:00:00.000Z', '2026-03-04T15:00:00.000Z']);
    expect(ideas[0].readerBenefit).toBe('Readers recognise their own problem and see a concrete way to solve it.');
    expect(ideas[1].text).toMatch(/^One practical tip/);
  });

  it('does not propose an idea already in the calendar, nor anything from an empty identity', () => {
    const first = ideasFromIdentity(brand, { ...base, lang: 'fr', newId: ids() });
    const again = ideasFromIdentity(brand, { ...base, lang: 'fr', newId: ids(), existing: first.slice(0, 3) });
    expect(again.map((i) => i.text)).toEqual(first.slice(3).map((i) => i.text));
    expect(ideasFromIdentity({ mission: ' ', vision: '', values: [], platformRoles: {} }, { ...base, lang: 'en', newId: ids() })).toEqual([]);
  });

  it('keeps the first sentence of a long statement, cut on a word', () => {
    expect(gist('Un. Deux.')).toBe('Un');
    const long = 'mot '.repeat(60);
    expect(gist(long, 20)).toBe('mot mot mot mot mot…');
  });
});

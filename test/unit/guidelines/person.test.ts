import { describe, expect, it } from 'vitest';
import { only, run, spans } from './helpers';

describe('person: nous or je', () => {
  const nous = { person: { value: 'nous' as const } };
  const je = { person: { value: 'je' as const } };
  it('flags je forms for a "nous" brand, in French and English', () => {
    const fr = "Je vais vérifier, j'ai votre dossier et mes collègues aussi.";
    expect(spans(fr, only(run(fr, nous, { language: 'fr' }), 'person'))).toEqual(['Je', "j'", 'mes']);
    const en = 'I will check my notes and get back to you.';
    expect(spans(en, only(run(en, nous, { language: 'en' }), 'person'))).toEqual(['I', 'my']);
  });
  it('fixes possessives only', () => {
    const ps = only(run('Voici mon numéro.', nous, { language: 'fr' }), 'person');
    expect(ps[0].fix?.replacement).toBe('notre');
    expect(only(run('Je regarde.', nous, { language: 'fr' }), 'person')[0].fix).toBeUndefined();
  });
  it('flags nous forms for a "je" brand', () => {
    const text = 'Nous regardons votre dossier avec notre équipe.';
    expect(spans(text, only(run(text, je, { language: 'fr' }), 'person'))).toEqual(['Nous', 'notre']);
    expect(spans('We love our fans.', only(run('We love our fans.', je, { language: 'en' }), 'person'))).toEqual(['We', 'our']);
  });
  it('does not fire on the right person, on "US" the country, or on "i"', () => {
    expect(only(run('Nous regardons votre dossier.', nous, { language: 'fr' }), 'person')).toEqual([]);
    expect(only(run('We ship to the US and Canada, see item i.', je, { language: 'en' }), 'person').map((p) => p.params.word)).toEqual(['We']);
    expect(only(run('We ship to the US, see item i.', nous, { language: 'en' }), 'person')).toEqual([]);
  });
});

describe('languages', () => {
  it('flags a text in a language the brand does not answer in', () => {
    const ps = only(run('Thanks for your message, we will get back to you.', { languages: ['fr'] }), 'language');
    expect(ps).toHaveLength(1);
    expect(ps[0].params.language).toBe('en');
  });
  it('does not flag the brand languages or a text too short to tell', () => {
    expect(only(run('Merci pour votre message, nous vous revenons.', { languages: ['fr'] }), 'language')).toEqual([]);
    expect(only(run('Thanks for your message, we will get back to you.', { languages: ['fr', 'en'] }), 'language')).toEqual([]);
    expect(only(run('Super!', { languages: ['fr'] }), 'language')).toEqual([]);
  });
});

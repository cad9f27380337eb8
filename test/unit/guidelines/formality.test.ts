import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../lib/guidelines';
import { only, run, spans } from './helpers';

const vousBrand = { formality: { value: 'vous' as const } };
const tuBrand = { formality: { value: 'tu' as const } };
const fr = { language: 'fr' as const };

describe('formality: a "vous" brand', () => {
  it('flags every tu form: tu, te, t\', toi, ton, ta, tes', () => {
    const text = "Tu peux compter sur nous, on te répond vite et on va t'aider avec ton compte, ta facture et tes achats. Merci à toi!";
    const ps = only(run(text, vousBrand, fr), 'formality');
    expect(spans(text, ps)).toEqual(['Tu', 'te', "t'", 'ton', 'ta', 'tes', 'toi']);
  });

  it('handles the typographic apostrophe and gives safe fixes', () => {
    const text = 'On va t’aider avec ton dossier.';
    const ps = only(run(text, vousBrand, fr), 'formality');
    expect(spans(text, ps)).toEqual(['t’', 'ton']);
    expect(applyFix(text, ps[0].fix!)).toBe('On va vous aider avec ton dossier.');
    expect(applyFix(text, ps[1].fix!)).toBe('On va t’aider avec votre dossier.');
  });

  it('does not flag the noun "ton", the euphonic t, or vous', () => {
    const text = 'Le ton de la marque compte. Va-t-il pleuvoir? Vous pouvez nous écrire, votre avis compte.';
    expect(only(run(text, vousBrand, fr), 'formality')).toEqual([]);
  });

  it('leaves English text alone', () => {
    expect(only(run('Thank you, we will get back to you with your ta-da moment.', vousBrand, { language: 'en' }), 'formality')).toEqual([]);
  });
});

describe('formality: a "tu" brand', () => {
  it('flags a singular vous in a reply', () => {
    const text = 'Merci pour votre message, nous allons vous rappeler.';
    const ps = only(run(text, tuBrand, fr), 'formality');
    expect(spans(text, ps)).toEqual(['votre', 'vous']);
    expect(ps[0].messageKey).toBe('formality.vous');
  });

  it('allows a plural vous addressed to a group', () => {
    for (const text of [
      'Merci à vous tous pour vos messages!',
      'Bonjour à tous, votre patience est appréciée. Vous recevrez un courriel demain.',
      'Vous êtes nombreux à nous écrire, merci!',
      'Êtes-vous prêts pour la rentrée?',
      'Vous autres, vous êtes les meilleurs.',
    ]) {
      expect(only(run(text, tuBrand, fr), 'formality'), text).toEqual([]);
    }
  });

  it('keeps the plural scope to its sentence', () => {
    const text = 'Merci à vous deux! Et toi Marie, votre commande arrive demain.';
    expect(spans(text, only(run(text, tuBrand, fr), 'formality'))).toEqual(['votre']);
  });

  it('treats vous in a post as the audience, unless the post also says tu', () => {
    expect(only(run('Vous cherchez une idée cadeau? Découvrez notre collection.', tuBrand, { ...fr, kind: 'post' }), 'formality')).toEqual([]);
    const mixed = 'Tu cherches une idée cadeau? Votre collection est prête.';
    expect(spans(mixed, only(run(mixed, tuBrand, { ...fr, kind: 'post' }), 'formality'))).toEqual(['Votre']);
  });

  it('flags plural vous when the brand does not allow it', () => {
    const text = 'Merci à vous tous!';
    expect(only(run(text, { formality: { value: 'tu', allowPluralVous: false } }, fr), 'formality')).toHaveLength(1);
  });
});

describe('formality: either', () => {
  it('flags the minority form when tu and vous are mixed', () => {
    const text = 'Merci pour votre message, vous aurez une réponse. Ton colis arrive.';
    expect(spans(text, only(run(text, {}, fr), 'formality'))).toEqual(['Ton']);
  });
  it('accepts a consistent text', () => {
    expect(only(run('Merci pour ton message, tu auras une réponse.', {}, fr), 'formality')).toEqual([]);
  });
});

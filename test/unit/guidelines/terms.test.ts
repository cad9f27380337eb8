import { describe, expect, it } from 'vitest';
import { applyFix, type ToneRulesInput } from '../../../lib/guidelines';
import { only, run, spans } from './helpers';

const fr = { language: 'fr' as const };
const en = { language: 'en' as const };
type Terms = NonNullable<ToneRulesInput['terms']>;
const withTerms = (terms: Terms) => ({ terms });

const courriel: Terms = [{ id: 'courriel', kind: 'discouraged', term: 'e-mail', variants: ['email', 'mail'], replacement: 'courriel', gender: 'm', language: 'fr' }];

describe('discouraged terms', () => {
  it('fire on the term and its variants, ignoring case and accents, with the replacement as fix', () => {
    const text = 'Envoyez un E-MAIL ou un Email, ou un mail.';
    const ps = only(run(text, withTerms(courriel), fr), 'term');
    expect(spans(text, ps)).toEqual(['E-MAIL', 'Email', 'mail']);
    expect(ps.map((p) => p.fix!.replacement)).toEqual(['COURRIEL', 'Courriel', 'courriel']);
  });

  it('respect word boundaries and compounds', () => {
    const text = 'Le mailing, la Gmail, un post-secondaire et un e-mailer.';
    expect(only(run(text, withTerms([...courriel, { id: 'p', kind: 'discouraged', term: 'post', replacement: 'publication', language: 'fr' }]), fr), 'term')).toEqual([]);
  });

  it("fix the elision: l'e-mail -> le courriel, d’email -> de courriel, qu'e-mail -> que courriel", () => {
    for (const [text, expected] of [
      ["Vérifiez l'e-mail reçu.", 'Vérifiez le courriel reçu.'],
      ['Adresse d’email invalide.', 'Adresse de courriel invalide.'],
      ["Ce n'est qu'e-mail.", "Ce n'est que courriel."],
      ["L'email est parti.", 'Le courriel est parti.'],
    ]) {
      const ps = only(run(text, withTerms(courriel), fr), 'term');
      expect(ps, text).toHaveLength(1);
      expect(applyFix(text, ps[0].fix!)).toBe(expected);
    }
  });

  it('uses the gender for "la" and elides before a vowel', () => {
    const nl: Terms = [{ id: 'nl', kind: 'discouraged', term: 'newsletter', replacement: 'infolettre', gender: 'f', language: 'fr' }];
    expect(applyFix('Abonnez-vous à la newsletter.', only(run('Abonnez-vous à la newsletter.', withTerms(nl), fr), 'term')[0].fix!)).toBe(
      'Abonnez-vous à l\'infolettre.',
    );
    const e: Terms = [{ id: 'e', kind: 'discouraged', term: 'e-mail', replacement: 'courriel', language: 'fr' }];
    const text = "Lisez l’e-mail et l'autre.";
    expect(applyFix(text, only(run(text, withTerms(e), fr), 'term')[0].fix!)).toBe("Lisez le courriel et l'autre.");
  });

  it('apply a language-bound term only to text in that language', () => {
    const like: Terms = [{ id: 'like', kind: 'discouraged', term: 'like', replacement: 'mention J’aime', language: 'fr' }];
    expect(only(run('I like your photo, thanks!', withTerms(like), en), 'term')).toEqual([]);
    expect(only(run('Merci pour le like!', withTerms(like), fr), 'term')).toHaveLength(1);
  });

  it('case-sensitive terms only match that case', () => {
    const asap: Terms = [{ id: 'asap', kind: 'discouraged', term: 'ASAP', replacement: 'as soon as possible', caseSensitive: true, language: 'en' }];
    expect(only(run('We will fix it asap.', withTerms(asap), en), 'term')).toEqual([]);
    expect(only(run('We will fix it ASAP.', withTerms(asap), en), 'term')).toHaveLength(1);
  });
});

describe('banned terms', () => {
  const banned: Terms = [
    { id: 'calm', kind: 'banned', term: 'calm down', reason: 'dismissive', language: 'en' },
    { id: 'calmez', kind: 'banned', term: 'calmez-vous', variants: ['calme-toi'], reason: 'condescendant', language: 'fr' },
  ];
  it('fire with the reason, in English and in French (multi-word, hyphen or space)', () => {
    const e = only(run('Please calm  down, we are on it.', withTerms(banned), en), 'term');
    expect(e).toHaveLength(1);
    expect(e[0].params.reason).toBe('dismissive');
    expect(e[0].messageKey).toBe('term.bannedReason');
    expect(only(run('Calmez vous, on s’en occupe.', withTerms(banned), fr), 'term')).toHaveLength(1);
    expect(only(run('Calme-toi, on s’en occupe.', withTerms(banned), fr), 'term')).toHaveLength(1);
  });
  it('do not fire on neighbours', () => {
    expect(only(run('The calm downtown area is quiet.', withTerms(banned), en), 'term')).toEqual([]);
    expect(only(run('Calmez les esprits, vous avez raison.', withTerms(banned), fr), 'term')).toEqual([]);
  });
});

describe('required terminology', () => {
  const glossary: Terms = [
    { id: 'quebec', kind: 'required', term: 'Québec', variants: ['Quebec'], accentSensitive: true, language: 'fr' },
    { id: 'email', kind: 'required', term: 'email', variants: ['e-mail'], language: 'en', mustAppear: 'never' },
    { id: 'brand', kind: 'required', term: 'Cocktail', caseSensitive: true, mustAppear: 'post' },
  ];
  it('corrects variants and wrong accents to the glossary spelling', () => {
    const text = 'Nos bureaux de Quebec et de QUÉBEC.';
    const ps = only(run(text, withTerms(glossary), fr), 'term:quebec');
    expect(spans(text, ps)).toEqual(['Quebec']);
    expect(ps[0].fix!.replacement).toBe('Québec');
    const e = 'Send us an e-mail.';
    expect(only(run(e, withTerms(glossary), en), 'term:email')[0].fix!.replacement).toBe('email');
  });
  it('accepts the glossary spelling, capitalised at a sentence start', () => {
    expect(only(run('Email us. Our email is open.', withTerms(glossary), en), 'term:email')).toEqual([]);
    expect(only(run('Bienvenue à Québec.', withTerms(glossary), fr), 'term:quebec')).toEqual([]);
  });
  it('reports a required term missing from a post, not from a reply', () => {
    const post = only(run('Our new season starts today. Learn more on the site.', withTerms(glossary), { ...en, kind: 'post' }), 'term:brand');
    expect(post.map((p) => p.messageKey)).toEqual(['term.missing']);
    expect(only(run('Cocktail starts its season today.', withTerms(glossary), { ...en, kind: 'post' }), 'term:brand')).toEqual([]);
    expect(only(run('Thanks for writing.', withTerms(glossary), en), 'term:brand')).toEqual([]);
  });
});

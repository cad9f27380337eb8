import { describe, expect, it } from 'vitest';
import { understand } from '../../../lib/understand';
import { features, tokenize, fold } from '../../../lib/understand/text';
import { compileLexicon, matchLexicon } from '../../../lib/understand/lexicon';

describe('text features', () => {
  it('folds accents and splits French elisions', () => {
    expect(fold('Ça coûte CHER')).toBe('ca coute cher');
    expect(tokenize(fold("c'est l'fun, j’ai hâte"))).toEqual(["c'", 'est', "l'", 'fun', "j'", 'ai', 'hate']);
  });
  it('counts links, handles, emoji and ignores "?" inside links', () => {
    const f = features('@VirginAmerica see https://ex.com/a?b=1 😡 #fail');
    expect(f.links).toBe(1);
    expect(f.handles).toBe(1);
    expect(f.hashtags).toBe(1);
    expect(f.emoji).toContain('😡');
    expect(f.questionMarks).toBe(0);
  });
  it('reads ASCII faces as emoji', () => {
    expect(features('bad day :(').emoji).toEqual(['😞']);
  });
});

describe('lexicon matching', () => {
  const lex = compileLexicon({ panne: 2, 'pas de reponse': 3, 'rembours*': 1 });
  it('prefers phrases, matches prefixes, and does not match inside a matched phrase', () => {
    const hits = matchLexicon(lex, ['encore', 'pas', 'de', 'reponse', 'remboursement', 'panne']);
    expect(hits.map((h) => h.term)).toEqual(['pas de reponse', 'rembours*', 'panne']);
  });
});

describe('lexicon prefixes', () => {
  it('tries only prefixes that share the first letters, first entry wins, and refuses one-letter prefixes', () => {
    const lex = compileLexicon({ 'frustr*': -2, 'fru*': -1, 'decu*': -2 });
    expect(matchLexicon(lex, ['frustrant', 'fruit', 'decue', 'd', 'fr']).map((h) => h.term)).toEqual(['frustr*', 'fru*', 'decu*']);
    expect(() => compileLexicon({ 'f*': 1 })).toThrow();
  });
});

describe('language', () => {
  it.each([
    ['chu pas content pantoute, pis personne répond icitte', 'fr'],
    ['tsé quand ben du monde attendent depuis 2 semaines', 'fr'],
    ['ca marche pas depuis hier, c est quoi le probleme', 'fr'],
    ['my order still has not arrived and nobody answers', 'en'],
    ['@brand lol u guys are the best 😂', 'en'],
    ['😍😍😍', 'other'],
    ['https://example.com', 'other'],
    ['Hola, gracias por todo, muy bueno el servicio', 'other'],
  ])('%s -> %s', (text, lang) => {
    expect(understand(text).language).toBe(lang);
  });
});

describe('intent and sentiment', () => {
  it.each([
    ['Vous êtes ouverts à quelle heure dimanche?', 'question'],
    ['est-ce que la livraison est gratuite', 'question'],
    ['How do I change my delivery address?', 'question'],
    ['chu tanné, ma facture est encore fausse pis personne répond', 'complaint'],
    ["Internet en panne depuis 3 jours, c'est inacceptable", 'complaint'],
    ['@united my flight was delayed 4 hours and my bag is lost', 'complaint'],
    ['Merci beaucoup pour le service, vous êtes au top!', 'praise'],
    ['Love this, thank you so much ❤️', 'praise'],
    ['Pouvez-vous me contacter en MP svp', 'request'],
    ['please bring back the old recipe', 'request'],
    ['Check out my channel and subscribe!! http://bit.ly/xyz', 'spam'],
    ['ferme ta gueule espèce de clown', 'troll'],
    ['you are all idiots, fuck you', 'troll'],
    ['Nice weather today', 'other'],
  ])('%s -> %s', (text, intent) => {
    expect(understand(text).intent).toBe(intent);
  });

  it('handles French negation on both sides of the word', () => {
    expect(understand("j'aime pas ça").sentiment).toBe('negative');
    expect(understand("c'est pas bon").sentiment).toBe('negative');
    expect(understand("c'est vraiment bon").sentiment).toBe('positive');
    expect(understand('not good at all').sentiment).toBe('negative');
  });

  it('reads Québec swearing alone as emphasis, not as trolling', () => {
    expect(understand("c'est bon en tabarnak").intent).not.toBe('troll');
  });

  it('masks the brand name so "Free" or "Super C" are not cues', () => {
    expect(understand('Free get free money now', {}).intent).toBe('spam');
    expect(understand('Super C a changé ses heures', { brandNames: ['Super C'] }).sentiment).toBe('neutral');
  });
});

describe('priority', () => {
  it('orders complaints and questions before praise, spam last', () => {
    const p = (t: string) => understand(t).priority;
    const complaint = p('Toujours pas de réponse du service client, inacceptable');
    const question = p('Vous ouvrez à quelle heure?');
    const praise = p('Merci, super service!');
    const spam = p('subscribe to my channel http://x.ly/a');
    expect(complaint).toBeGreaterThan(question);
    expect(question).toBeGreaterThan(praise);
    expect(praise).toBeGreaterThan(spam);
    for (const v of [complaint, question, praise, spam]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(100);
  });
  it('raises urgent complaints and gives reasons', () => {
    const u = understand("URGENT plus d'électricité depuis 3 jours!!!");
    expect(u.priority).toBeGreaterThan(understand("plus d'électricité").priority);
    expect(u.reasons).toContain('urgent');
    expect(u.reasons.some((r) => r.startsWith('complaint:'))).toBe(true);
  });
});

/**
 * Judgement beyond customer-service words: general opinion vocabulary, stance, contrast, negation scope, hashtags,
 * stretched words, letdowns told as a story, and questions that reproach. Hand-written sentences, not data-set rows.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../lib/understand';
import { fold, tokenize } from '../../../lib/understand/text';

const sentiment = (t: string) => understand(t).sentiment;
const intent = (t: string) => understand(t).intent;

describe('general opinion vocabulary, France and Québec French', () => {
  it.each([
    ["Franchement, une belle réussite, l'équipe est talentueuse", 'positive'],
    ['Un spectacle époustouflant et émouvant, on a adoré', 'positive'],
    ["C'est pas pire pantoute, j'ai bien aimé", 'positive'],
    ['Quel gâchis, la réforme est navrante', 'negative'],
    ['Des propos odieux et méprisants, aucune excuse', 'negative'],
    ['Le nouveau menu est joli et ça me plaît', 'positive'],
  ])('%s -> %s', (text, s) => expect(sentiment(text)).toBe(s));

  it('reads a stance for or against something', () => {
    expect(sentiment('Non au péage sur le pont!')).toBe('negative');
    expect(sentiment('Oui aux pistes cyclables toute l’année')).toBe('positive');
    expect(sentiment('Say no to plastic straws')).toBe('negative');
  });

  it('leaves neutral news neutral: launching, developing and hosting are not praise', () => {
    expect(sentiment('Lancement du nouveau forfait mobile demain à Montréal')).toBe('neutral');
    expect(sentiment('Conférence sur le développement des transports, accueil à 9 h')).toBe('neutral');
    expect(sentiment("S'il vous plaît, envoyez le formulaire")).toBe('neutral');
    expect(sentiment('J’ai une simple question sur le taux d’engagement')).toBe('neutral');
    expect(sentiment('Ce petit resto est un vrai joyau, un atout pour le quartier')).toBe('positive');
  });

  it('a single mild word of approval leans positive, a single mild problem does not lean negative', () => {
    expect(sentiment('Livraison rapide, merci')).toBe('positive');
    expect(sentiment("C'est utile")).toBe('positive');
    expect(sentiment('The parcel arrived on time')).toBe('positive');
    expect(sentiment('Le colis est arrivé')).toBe('neutral');
  });

  it('reads a sacre after "en" as emphasis and alone as venting', () => {
    expect(sentiment("c'est bon en tabarnak")).toBe('positive');
    expect(sentiment('ostie, encore')).not.toBe('positive');
  });

  it('abuse is negative whatever the words around it', () => {
    const u = understand("ferme ta gueule, t'es juste un clown super drôle");
    expect(u.intent).toBe('troll');
    expect(u.sentiment).toBe('negative');
  });
});

describe('contrast and negation scope', () => {
  it('the clause after "but"/"mais" wins when the two sides disagree', () => {
    expect(sentiment('Le décor est joli mais le film est ennuyeux')).toBe('negative');
    expect(sentiment('The seats were bad but the crew was nice')).toBe('positive');
    expect(sentiment('Good food and great service')).toBe('positive');
  });

  it('politeness before the contrast does not make a complaint praise', () => {
    const u = understand('Love you guys, thanks a lot, but the wifi is down again');
    expect(u.intent).toBe('complaint');
    expect(u.sentiment).toBe('negative');
    expect(intent("Merci, mais ma commande n'est toujours pas arrivée")).toBe('complaint');
  });

  it('a problem averted before "but luckily" is not a complaint', () => {
    expect(intent('It would have been a rough trip but luckily your crew was amazing')).not.toBe('complaint');
  });

  it('a negation does not reach across a contrast', () => {
    expect(sentiment('Nothing but great things to say about your team')).toBe('positive');
    expect(sentiment("Rien à dire, c'est bon")).toBe('positive');
  });

  it('reads negations typed without an apostrophe', () => {
    expect(sentiment('the show wasnt good')).toBe('negative');
    expect(sentiment('i dont like the new app')).toBe('negative');
  });

  it('"thanks in advance" closes a request, it is not praise', () => {
    expect(intent('Could you check my booking? Thanks in advance')).not.toBe('praise');
    expect(intent("Pouvez-vous vérifier ma réservation? Merci d'avance")).not.toBe('praise');
  });

  it('"thanks so much for" is thanks, "so much for" alone is sarcasm', () => {
    expect(intent('Thanks so much for the quick help!')).toBe('praise');
    expect(sentiment('So much for the on-time guarantee, 2 hours late again')).toBe('negative');
  });
});

describe('hashtags and stretched words', () => {
  it('reads judgement words run together in a hashtag', () => {
    expect(sentiment('Third delay this month #neveragain')).toBe('negative');
    expect(sentiment('Vol encore retardé #servicepourri')).toBe('negative');
    expect(sentiment('Landed early with the #bestcrewever')).toBe('positive');
    expect(understand('See you at the #airshow').sentiment).toBe('neutral');
  });

  it('reads a held letter as the word', () => {
    expect(tokenize(fold('sooo goood, merciii! whyyy nuuul'))).toEqual(['so', 'good', 'merci', 'why', 'nul']);
    expect(tokenize(fold('coool, pleeease'))).toEqual(['cool', 'please']);
    expect(sentiment('merciiiii 😊')).toBe('positive');
    expect(sentiment("c'est nuuul")).toBe('negative');
  });
});

describe('complaints told as a story', () => {
  it.each([
    ['I was told my refund would arrive within a week. Still nothing.', 'complaint'],
    ["On m'a promis un rappel hier, personne ne rappelle", 'complaint'],
    ["Ça a pas d'allure, trois semaines sans internet", 'complaint'],
    ['Client depuis 10 ans et je pars chez un autre fournisseur', 'complaint'],
    ['Been on hold for 45 minutes, is anyone there?', 'complaint'],
    ['How hard is it to answer an email?', 'complaint'],
    ['Arrived in Paris without my luggage', 'complaint'],
    ['My bags still aren\'t here', 'complaint'],
    ['The gate agent was snotty', 'complaint'],
    ['Sleeping at the airport tonight, thanks to you', 'complaint'],
    ['The fare went up twice while I was paying', 'complaint'],
    ['Le site plante et les frais supplémentaires ne sont pas affichés', 'complaint'],
    ['Mis en attente puis renvoyé de service en service', 'complaint'],
    ['The flight attendant was condescending and scolded my kid', 'complaint'],
  ])('%s -> %s', (text, i) => expect(intent(text)).toBe(i));

  it('a story told in the past tense tips a weak problem into a complaint, not good news', () => {
    expect(intent('I called yesterday about my bill and was transferred twice')).toBe('complaint');
    expect(intent('We landed early and the crew was great')).toBe('praise');
  });

  it('questions that reproach are complaints, plain questions are not', () => {
    expect(intent('Why is my flight still delayed?')).toBe('complaint');
    expect(intent('Pourquoi mon colis est toujours pas arrivé?')).toBe('complaint');
    expect(intent('Hello?? Anyone?')).toBe('complaint');
    expect(intent('What time does the gate open for flight 210?')).toBe('question');
    expect(intent('À quelle heure ouvre le magasin samedi?')).toBe('question');
  });
});

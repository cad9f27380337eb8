import { describe, expect, it } from 'vitest';
import { understand } from '../../../lib/understand';
import { complaintCues } from '../../../lib/understand/cues';
import { features } from '../../../lib/understand/text';

const cues = (t: string, asked = false) => complaintCues(features(t), asked);

describe('negated expectations', () => {
  it.each([
    ['my package never arrived', 'never arrived'],
    ["the app doesn't load since the update", "doesn't load"],
    ['ça répond pas au service à la clientèle', 'repond pas'],
    ["je n'ai jamais reçu mon remboursement", "n' recu"],
    ["plus d'internet chez nous", 'plus internet'],
    ['aucune nouvelle de ma commande', 'aucune nouvelle'],
    ['je capte rien chez moi', 'capte rien'],
  ])('%s fires "%s"', (text, term) => {
    expect(cues(text).terms).toContain(term);
  });

  it.each([
    ['you guys could not get any better'],
    ['no problem, see you tomorrow'],
    ['est-ce que c’est plus rapide en ligne'],
    ['toujours ouvert le dimanche?'],
  ])('%s does not fire', (text) => {
    expect(cues(text).terms.filter((t) => t.includes(' '))).toEqual([]);
  });
});

describe('waiting, repetition and exasperation', () => {
  it('counts time spent waiting, not a time mentioned', () => {
    expect(cues('toujours rien, ça fait 3 jours').terms).toContain('3 jours');
    expect(cues('on hold for 2 hours').terms).toContain('2 hours');
    expect(cues('ouvert 7 jours sur 7').terms).not.toContain('7 jours');
  });
  it('sees repeated attempts and repeated punctuation', () => {
    expect(cues("j'ai appelé 4 fois").terms).toContain('repeated');
    expect(cues('where is my order???').terms).toContain('!?');
    expect(cues('where is my order?').terms).not.toContain('!?');
  });
  it('sees shouting in a text that is not all capitals, not acronyms', () => {
    expect(cues('this is NOT what I ORDERED').terms).toContain('caps');
    expect(cues('URGENT call me').terms).not.toContain('caps');
  });
  it('reads reproach questions, and "why" only when asked', () => {
    expect(cues("c'est quoi ce service").terms).toContain('reproach');
    expect(cues('why is my bill higher?', true).terms).toContain('reproach');
    expect(cues('why not, sounds fun', false).terms).not.toContain('reproach');
    expect(cues("c'est normal de demander").terms).not.toContain('reproach');
    expect(cues("c'est normal?").terms).toContain('reproach');
  });
  it('marks a problem that is over', () => {
    expect(cues('thanks, all good now').resolved).toBe(true);
    expect(cues('still broken').resolved).toBe(false);
  });
});

describe('complaints, including when asked as a question', () => {
  it.each([
    ['Why is my order still not here???'],
    ["c'est quoi ce service? ça fait 2 semaines que j'attends"],
    ['facturé deux fois ce mois-ci, je veux mon remboursement'],
    ['Great job losing my bag AGAIN'],
    ['vos agents ne sont pas compétents'],
    ['my package never arrived'],
    ['tu sais-tu pourquoi ça marche pus depuis 3 jours?'],
    ['plus de tv sur la box ?'],
  ])('%s -> complaint', (text) => {
    const u = understand(text);
    expect(u.intent).toBe('complaint');
    expect(u.sentiment).toBe('negative');
  });

  it.each([
    ["can't wait for the new menu!"],
    ['you guys could not get any better ❤️'],
    ['thanks for the quick fix, all good now'],
    ["c'est toujours aussi bon, merci!"],
    ['We flew for 3 hours and the crew was lovely, thank you'],
  ])('%s -> positive, not complaint', (text) => {
    const u = understand(text);
    expect(u.intent).not.toBe('complaint');
    expect(u.sentiment).toBe('positive');
  });
});

describe('questions in Québec French, France French and English', () => {
  it.each([
    ["pouvez-vous m'indiquer vos heures d'ouverture"],
    ['ça marche-tu avec Interac'],
    ["tu sais-tu si c'est ouvert lundi"],
    ['vous ouvrez quand?'],
    ['y a-t-il une succursale à Laval'],
    ['c’est quoi vos heures demain?'],
    ['Anyone know if the store is open Sunday?'],
    ['est-ce que c’est plus rapide en ligne?'],
  ])('%s -> question', (text) => {
    expect(understand(text).intent).toBe('question');
  });

  it('does not read imperatives with a pronoun as questions', () => {
    expect(understand('abonnez-vous à ma chaîne pour plus de vidéos').intent).not.toBe('question');
    expect(understand('contactez-nous en privé').intent).not.toBe('question');
  });
});

describe('what the complaint is about', () => {
  it('marks complaints about the customer service itself', () => {
    expect(understand('2 hours on hold and the agent hung up on me').reasons).toContain('complaint:support');
    expect(understand("personne ne répond au service client depuis 3 jours, c'est inacceptable").reasons).toContain('complaint:support');
  });
  it('does not mark product problems or non-complaints', () => {
    expect(understand('my package never arrived').reasons).not.toContain('complaint:support');
    expect(understand('Thanks to your support team, great service!').reasons).not.toContain('complaint:support');
  });
});

describe('sentiment shifters and faces', () => {
  it('reads "contre", "sans", "moins" as turning the next words around', () => {
    expect(understand('une belle initiative contre la pollution').sentiment).toBe('positive');
    expect(understand('moins cher et plus rapide, bravo').sentiment).toBe('positive');
    expect(understand('sans succès, encore une fois').sentiment).toBe('negative');
  });
  it('reads ^^, :)) and xD as smiles', () => {
    for (const face of ['^^', ':))', 'xD']) expect(features(`merci ${face}`).emoji).toEqual(['😊']);
  });
  it('keeps a sarcastic complaint negative', () => {
    const u = understand('called your service line and was hung up on. This is awesome. #sarcasm');
    expect(u.intent).toBe('complaint');
    expect(u.sentiment).toBe('negative');
  });
});

describe('cries for help and persisting problems', () => {
  it('reads "Help!" and "à l\'aide" as someone stuck', () => {
    expect(cues('HELP! my card was charged and nothing shipped').terms).toContain('help!');
    expect(cues("à l'aide! plus de chauffage").terms).toContain('help!');
    expect(cues('can you help me choose a size').terms).not.toContain('help!');
  });
  it('reads a persisting problem as a complaint, a calm size question as a question', () => {
    expect(understand('Just DMed you. Same issue persisting.').intent).toBe('complaint');
    expect(understand('can you help me choose a size?').intent).not.toBe('complaint');
  });
});

describe('any text', () => {
  it('never throws and keeps priority in 0..100', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => {
        const u = understand(t);
        expect(u.priority).toBeGreaterThanOrEqual(0);
        expect(u.priority).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
    for (const t of ['', '???', '!!!', '😡😡', 'NOT NOT NOT', 'pas pas pas', '- tu -tu']) expect(() => understand(t)).not.toThrow();
  });
});

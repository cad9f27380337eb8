import { describe, expect, it } from 'vitest';
import { compileRules, defaultPack } from '../../../lib/guidelines';
import { INTENTS, replyTemplateSchema, type ReplyTemplate } from '../../../lib/store/schemas/template';
import { DEFAULT_TEMPLATES, chooseFormality, describeWhy, suggest, type SuggestItem } from '../../../lib/suggest';
import { fill } from '../../../lib/suggest/fill';
import { fitToLimit, lengthOf } from '../../../lib/suggest/fit';
import { similarity } from '../../../lib/suggest/vary';
import { understand } from '../../../lib/understand';

const item = (text: string, over: Partial<SuggestItem> = {}): SuggestItem => ({
  platform: 'facebook',
  kind: 'comment',
  author: { name: 'Marie Tremblay' },
  text,
  ...over,
});
const profile = { brandName: 'Café Lune', agent: 'Julie', formality: 'vous' as const };

describe('default library', () => {
  it('has at least three valid templates for every intent in French and in English', () => {
    for (const t of DEFAULT_TEMPLATES) expect(replyTemplateSchema.safeParse(t).success).toBe(true);
    for (const intent of INTENTS) {
      for (const lang of ['fr', 'en'] as const) {
        expect(DEFAULT_TEMPLATES.filter((t) => t.intents.includes(intent) && t.language === lang).length, `${intent} ${lang}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
  it('covers the checklist: thank a share, answer a mention, de-escalate a troll, take a complaint private', () => {
    const fr = (i: string) => DEFAULT_TEMPLATES.filter((t) => t.language === 'fr' && t.intents.includes(i as never)).map((t) => t.text).join(' ');
    expect(fr('share')).toMatch(/partage/);
    expect(fr('mention')).toMatch(/mention|parler de nous/);
    expect(fr('troll')).toMatch(/respectueux|message privé/);
    expect(fr('complaint')).toMatch(/message privé|en privé/);
  });
});

describe('fill', () => {
  it('fills variables with the first name and drops an empty agent cleanly', () => {
    expect(fill('Merci {author}, de la part de {brand}. {agent}', { author: '@marie_t', brand: 'Lune' }, 'fr')).toBe('Merci marie_t, de la part de Lune.');
    expect(fill('Thanks {author}, enjoy {product}. {agent}', { author: 'Sam Lee', agent: 'Jo' }, 'en')).toBe('Thanks Sam, enjoy our products. – Jo');
    expect(fill('Bonjour {author}, merci.', {}, 'fr')).toBe('Bonjour, merci.');
  });
});

describe('fit', () => {
  it('drops whole sentences, then cuts at a word, to fit the platform limit', () => {
    const long = 'Première phrase assez courte. ' + 'Deuxième phrase bien plus longue que la limite permise par la plateforme choisie, vraiment. '.repeat(3);
    const fitted = fitToLimit(long, 'tiktok');
    expect(fitted.trimmed).toBe(true);
    expect(lengthOf(fitted.text, 'tiktok')).toBeLessThanOrEqual(150);
    const oneWord = fitToLimit('mot '.repeat(100), 'tiktok');
    expect(oneWord.text.endsWith('…')).toBe(true);
    expect(lengthOf(oneWord.text, 'tiktok')).toBeLessThanOrEqual(150);
  });
});

describe('suggest', () => {
  it('gives three filled, different replies in the comment language with the right intent', () => {
    const text = 'chu tanné, ma facture est encore fausse pis personne répond';
    const out = suggest(item(text), understand(text), profile);
    expect(out).toHaveLength(3);
    for (const s of out) {
      expect(s.language).toBe('fr');
      expect(s.text).not.toMatch(/\{(author|brand|agent|product)\}/);
      expect(s.text).toContain('Marie');
      expect(s.why).toContainEqual({ code: 'intent', intent: 'complaint' });
      expect(describeWhy(s.why, 'fr').length).toBe(s.why.length);
    }
    expect(new Set(out.map((s) => s.templateId)).size).toBe(3);
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(similarity(out[i].text, out[j].text)).toBeLessThan(0.6);
  });

  it('uses tu or vous as the brand says, and mirrors the commenter when either', () => {
    const text = 'Tu peux me dire quand vous ouvrez?';
    const tu = suggest(item('est-ce que tu livres à Laval?'), understand('est-ce que tu livres à Laval?'), { ...profile, formality: 'tu' });
    expect(tu.some((s) => /\b(te|tu|ton|ta|toi)\b/.test(s.text))).toBe(true);
    const vous = suggest(item(text), understand(text), profile);
    expect(vous.every((s) => !/\b(tu|te|toi)\b/.test(s.text))).toBe(true);
    expect(chooseFormality('either', 'tu livres où?')).toBe('tu');
    expect(chooseFormality('either', 'Vous livrez où?')).toBe('vous');
  });

  it('answers English comments in English and "other" languages in the brand locale', () => {
    expect(suggest(item('Love it, thanks!'), understand('Love it, thanks!'), profile)[0].language).toBe('en');
    expect(suggest(item('😍😍'), { language: 'other', intent: 'praise' }, { ...profile, locale: 'fr-CA' })[0].language).toBe('fr');
  });

  it('thanks a share and answers a mention from the item kind', () => {
    const share = suggest(item('', { kind: 'share' }), { language: 'fr', intent: 'other' }, profile);
    expect(share.every((s) => s.why.some((w) => w.code === 'intent' && w.intent === 'share'))).toBe(true);
    const mention = suggest(item('on était chez @cafelune hier', { kind: 'mention' }), { language: 'fr', intent: 'other' }, profile);
    expect(mention[0].why).toContainEqual({ code: 'intent', intent: 'mention' });
  });

  it('fits every suggestion to the platform reply limit', () => {
    const text = 'Why is my order late again?';
    for (const s of suggest(item(text, { platform: 'tiktok' }), understand(text), { ...profile, agent: 'A'.repeat(60) })) {
      expect(lengthOf(s.text, 'tiktok')).toBeLessThanOrEqual(150);
    }
  });

  it('ranks a brand template with a rule error after every clean one', () => {
    const rules = defaultPack('fr-CA');
    rules.terms.push({ id: 'no-probleme', term: 'problème', kind: 'banned', severity: 'error', language: 'fr', variants: [], caseSensitive: false, accentSensitive: false, mustAppear: 'never' });
    const compiled = compileRules(rules);
    const own: ReplyTemplate = {
      id: 'own-1', brandId: 'b', title: 'Own', intents: ['complaint'], language: 'fr', platforms: ['facebook'],
      text: 'Bonjour {author}, ce problème de facture sera réglé aujourd’hui. {agent}', builtIn: false, updatedAt: '2026-01-01',
    };
    const text = 'Ma facture est fausse, inacceptable';
    const all = suggest(item(text), understand(text), { ...profile, templates: [own], rules: compiled }, 10);
    const mine = all.find((s) => s.templateId === 'own-1');
    expect(mine?.errors).toBeGreaterThan(0);
    expect(all[all.length - 1].templateId).toBe('own-1');
    const top3 = suggest(item(text), understand(text), { ...profile, templates: [own], rules: compiled });
    expect(top3.every((s) => s.errors === 0)).toBe(true);
  });

  it('puts the brand own clean template first', () => {
    const own: ReplyTemplate = {
      id: 'own-q', brandId: 'b', title: 'Heures', intents: ['question'], language: 'fr', platforms: ['facebook'],
      text: 'Bonjour {author}, on est ouverts de 7 h à 19 h tous les jours. {agent}', builtIn: false, updatedAt: '2026-01-01',
    };
    const text = 'Vous ouvrez à quelle heure?';
    const out = suggest(item(text), understand(text), { ...profile, templates: [own] });
    expect(out[0].templateId).toBe('own-q');
    expect(out[0].why).toContainEqual({ code: 'own-template' });
  });
});

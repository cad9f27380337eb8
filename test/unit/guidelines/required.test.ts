import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../lib/guidelines';
import { only, run } from './helpers';

describe('signature on replies', () => {
  const sig = { signature: { enabled: true, accepted: ['^MB', '– Marie'], default: '^MB' } };
  it('fires on an unsigned reply, with a fix that appends the default', () => {
    const text = 'Merci, on regarde ça.  ';
    const p = only(run(text, sig), 'signature')[0];
    expect(p.messageKey).toBe('signature.missingWith');
    expect(applyFix(text, p.fix!)).toBe('Merci, on regarde ça. ^MB  ');
  });
  it('accepts a listed signature, and any dash or caret signature when none are listed', () => {
    expect(only(run('Merci! – Marie', sig), 'signature')).toEqual([]);
    expect(only(run('Thanks, we are on it. ^JD', { signature: { enabled: true } }), 'signature')).toEqual([]);
    expect(only(run('Thanks, we are on it.\n- Julie', { signature: { enabled: true } }), 'signature')).toEqual([]);
    expect(only(run('Thanks, we are on it.', { signature: { enabled: true } }), 'signature')).toHaveLength(1);
  });
  it('never applies to posts', () => {
    expect(only(run('Notre nouvelle saison commence.', sig, { kind: 'post' }), 'signature')).toEqual([]);
  });
});

describe('greeting with the person’s name', () => {
  const on = { greeting: { enabled: true } };
  it('fires when the name is missing; the fix greets in the text language', () => {
    const fr = 'Merci pour votre message, nous regardons ça.';
    const p = only(run(fr, on, { authorName: 'Sophie Tremblay', language: 'fr' }), 'greeting')[0];
    expect(applyFix(fr, p.fix!)).toBe('Bonjour Sophie, merci pour votre message, nous regardons ça.');
    const en = 'Hi there, thanks for the kind words.';
    const q = only(run(en, on, { authorName: 'Sam Lee', language: 'en' }), 'greeting')[0];
    expect(applyFix(en, q.fix!)).toBe('Hi Sam there, thanks for the kind words.');
  });
  it('does not fire when the name is there (any case, accents), without a name, or for a handle', () => {
    expect(only(run('Bonjour Hélène, merci!', on, { authorName: 'Helene Roy' }), 'greeting')).toEqual([]);
    expect(only(run('Hi JEAN-LUC, thanks!', on, { authorName: 'Jean-Luc Picard' }), 'greeting')).toEqual([]);
    expect(only(run('Merci!', on), 'greeting')).toEqual([]);
    expect(only(run('Merci!', on, { authorName: '@marie_88' }), 'greeting')).toEqual([]);
  });
});

describe('call to action on posts', () => {
  const on = { cta: { enabled: true } };
  it('fires on a post that asks nothing of the reader', () => {
    expect(only(run('Notre nouvelle collection est arrivée en magasin.', on, { kind: 'post', language: 'fr' }), 'cta')).toHaveLength(1);
    expect(only(run('Our new collection has arrived in stores.', on, { kind: 'post', language: 'en' }), 'cta')).toHaveLength(1);
  });
  it('accepts an imperative, a link, a question or a brand phrase', () => {
    const post = { kind: 'post' as const };
    expect(only(run('Nouvelle collection : découvrez-la en magasin.', on, post), 'cta')).toEqual([]);
    expect(only(run('New collection in stores. Shop now.', on, post), 'cta')).toEqual([]);
    expect(only(run('New collection: https://example.com/new', on, post), 'cta')).toEqual([]);
    expect(only(run('Quelle pièce préférez-vous?', on, post), 'cta')).toEqual([]);
    expect(only(run('New collection. Come say hello.', { cta: { enabled: true, phrases: ['come say hello'] } }, post), 'cta')).toEqual([]);
  });
  it('never applies to replies', () => {
    expect(only(run('Notre collection est arrivée.', on, { kind: 'reply' }), 'cta')).toEqual([]);
  });
});

describe('"what’s in it for me?"', () => {
  const on = { wiifm: { enabled: true, minBrandWords: 2 } };
  it('flags a text about the brand only, FR and EN, with the reason', () => {
    const fr = 'Nous sommes fiers de notre équipe et de nos résultats.';
    const p = only(run(fr, on, { kind: 'post', language: 'fr' }), 'wiifm');
    expect(p).toHaveLength(1);
    expect(p[0].params.count).toBe(3);
    expect(only(run('We are proud of our team and our results.', on, { kind: 'post' }), 'wiifm')).toHaveLength(1);
  });
  it('passes when the reader or a benefit appears', () => {
    expect(only(run('Nous sommes fiers de notre équipe, qui est là pour vous.', on, { kind: 'post' }), 'wiifm')).toEqual([]);
    expect(only(run('We are proud of our team: shipping is now free.', on, { kind: 'post' }), 'wiifm')).toEqual([]);
    expect(only(run('Nous lançons notre boutique. Écrivez-nous!', on, { kind: 'post' }), 'wiifm')).toEqual([]);
    expect(only(run('We are here.', on, { kind: 'post' }), 'wiifm')).toEqual([]);
  });
  it('respects the kinds it applies to', () => {
    expect(only(run('We are proud of our team.', { wiifm: { enabled: true, kinds: ['post'] } }, { kind: 'reply' }), 'wiifm')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../lib/guidelines';
import { only, run, spans } from './helpers';

describe('emoji policy', () => {
  it('none: flags every emoji as one cluster (ZWJ family, flag, skin tone, keycap)', () => {
    const text = 'Merci 👨‍👩‍👧‍👦 et 🇨🇦 et 👍🏽 et 1️⃣ !';
    const ps = only(run(text, { emoji: { policy: 'none' } }), 'emoji');
    expect(spans(text, ps)).toEqual(['👨‍👩‍👧‍👦', '🇨🇦', '👍🏽', '1️⃣']);
  });
  it('none: removal fix leaves no double space', () => {
    const text = 'Thanks 🎉 for writing';
    const p = only(run(text, { emoji: { policy: 'none' } }), 'emoji')[0];
    expect(applyFix(text, p.fix!)).toBe('Thanks for writing');
  });
  it('few: flags emoji off the allowed list and beyond the maximum, ❤ and ❤️ being the same', () => {
    const text = 'Bravo ❤ 🙂 ❤️ ❤️';
    const ps = only(run(text, { emoji: { policy: 'few', allowed: ['❤️'], max: 2 } }), 'emoji');
    expect(ps.map((p) => [text.slice(p.start, p.end), p.messageKey])).toEqual([
      ['🙂', 'emoji.notAllowed'],
      ['❤️', 'emoji.tooMany'],
    ]);
  });
  it('free, or text symbols ©®™, never fire', () => {
    expect(only(run('Yay 🎉🎉🎉🎉', { emoji: { policy: 'free' } }), 'emoji')).toEqual([]);
    expect(only(run('Cocktail™ and © 2026', { emoji: { policy: 'none' } }), 'emoji')).toEqual([]);
  });
});

describe('hashtags', () => {
  const on = { hashtags: { enabled: true, max: 2 } };
  it('flags hashtags in a reply and extra hashtags in a post', () => {
    const reply = 'Merci! #service';
    expect(spans(reply, only(run(reply, on, { kind: 'reply' }), 'hashtags'))).toEqual(['#service']);
    const post = 'New menu #food #montréal #yum #summer';
    const ps = only(run(post, on, { kind: 'post' }), 'hashtags');
    expect(spans(post, ps)).toEqual(['#yum', '#summer']);
    expect(applyFix(post, ps[1].fix!)).toBe('New menu #food #montréal #yum');
  });
  it('per-platform maximum through overrides; no false hashtags in URLs, "C#" or "#1"', () => {
    const post = 'Menu #a #b #c';
    expect(only(run(post, { ...on, overrides: { instagram: { hashtags: { max: 5 } } } }, { kind: 'post', platform: 'instagram' }), 'hashtags')).toEqual([]);
    expect(only(run(post, { ...on, overrides: { instagram: { hashtags: { max: 5 } } } }, { kind: 'post', platform: 'x' }), 'hashtags')).toHaveLength(1);
    expect(only(run('See https://x.com/a#b, C# and #1 #2', on, { kind: 'reply' }), 'hashtags')).toEqual([]);
  });
});

describe('exclamation marks', () => {
  const on = { exclamation: { enabled: true, max: 1, noRuns: true } };
  it('flags runs and marks beyond the maximum, in French spacing too', () => {
    const text = 'Bravo!!! Merci !';
    const ps = only(run(text, on), 'exclamation');
    expect(ps.map((p) => p.messageKey)).toEqual(['exclamation.run', 'exclamation.tooMany']);
    expect(applyFix(text, ps[0].fix!)).toBe('Bravo! Merci !');
    expect(applyFix(text, ps[1].fix!)).toBe('Bravo!!! Merci.');
  });
  it('does not fire within the limit', () => {
    expect(only(run('Thanks a lot! See you soon.', on), 'exclamation')).toEqual([]);
  });
});

describe('capitals', () => {
  const on = { capitals: { enabled: true, max: 0, minLength: 3, allow: ['FAQ', 'PME'] } };
  it('flags shouted words, FR and EN, with a lower-case fix', () => {
    const text = 'GRATUIT pour les PME. This is HUGE news.';
    const ps = only(run(text, on), 'capitals');
    expect(spans(text, ps)).toEqual(['GRATUIT', 'HUGE']);
    expect(ps.map((p) => p.fix!.replacement)).toEqual(['Gratuit', 'huge']);
  });
  it('does not flag acronyms on the list, short words, or @handles', () => {
    expect(only(run('Voir la FAQ, OK? Merci @CBCNEWS.', on), 'capitals')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { compileMentions, foldText, markMention, mentionsBrand } from '../../../lib/platforms/mention';
import type { RawItem } from '../../../lib/platforms/types';

const brand = { handles: ['@CafeSoleil', 'cafesoleil@mastodon.social'], keywords: ['Café Soleil', 'torréfaction'] };

describe('mentions of the brand', () => {
  it.each([
    ['Merci @cafesoleil pour le latte!', true],
    ['merci @CAFESOLEIL.', true],
    ['Vu chez @cafesoleil@mastodon.social hier', true],
    ['J’adore le CAFE SOLEIL de la rue Fleury', true],
    ['#torrefaction artisanale', true],
    ['Atelier de TORRÉFACTION samedi', true],
    ['café-soleil du matin', true],
    ['@cafesoleilfan a aimé', false],
    ['mon email cafesoleil@gmail.com', false],
    ['café soleillant', false],
    ['rien à voir', false],
  ])('%s -> %s', (text, expected) => {
    expect(mentionsBrand(text, brand)).toBe(expected);
  });

  it('says which terms matched', () => {
    const match = compileMentions(brand);
    expect(match('@cafesoleil fait de la torréfaction')).toEqual(['@CafeSoleil', 'cafesoleil@mastodon.social', 'torréfaction']);
    expect(match('@cafesoleil@other.example')).toEqual(['@CafeSoleil', 'cafesoleil@mastodon.social']);
    expect(match('')).toEqual([]);
    expect(compileMentions({})('anything')).toEqual([]);
  });

  it('u/handle counts on Reddit', () => {
    expect(mentionsBrand('ask u/CafeSoleil', { handles: ['cafesoleil'] })).toBe(true);
    expect(mentionsBrand('ask cafesoleil', { handles: ['cafesoleil'] })).toBe(false);
  });

  it('folds accents and case', () => {
    expect(foldText('Québec ÉTÉ')).toBe('quebec ete');
  });

  it('turns a post by someone else naming the brand into a mention, never the brand’s own', () => {
    const match = compileMentions(brand);
    const post: RawItem = { platform: 'x', nativeId: '1', kind: 'post', author: { name: 'A', handle: 'ann' }, text: 'Go @cafesoleil' };
    expect(markMention(post, match, brand.handles).kind).toBe('mention');
    expect(markMention({ ...post, author: { name: 'B', handle: 'CafeSoleil' } }, match, brand.handles).kind).toBe('post');
    expect(markMention({ ...post, kind: 'comment' }, match, brand.handles).kind).toBe('comment');
    expect(markMention({ ...post, text: 'nothing' }, match, brand.handles).kind).toBe('post');
  });
});

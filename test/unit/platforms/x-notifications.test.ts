// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms/x';
import { kinds, loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute, shuffleClasses } from './mutate';

const FIXTURE = ownFixture('x/notifications-2026.lookalike.html');
const URL_ALL = 'https://x.com/notifications';

describe('X adapter on the notifications look-alike (French UI)', () => {
  it('mentions, the quote and the repost are read; likes and follows are not engagement', () => {
    const doc = loadPage(FIXTURE, URL_ALL);
    const items = readAll(xAdapter, doc, { brandHandles: ['cafeboreal'] });
    expect(kinds(items)).toEqual({ mention: 3, quote: 1, share: 1 });
    const julie = items.find((i) => i.nativeId === '1850000000000000101')!;
    expect(julie).toMatchObject({ kind: 'mention', author: { name: 'Julie Tremblay', handle: 'julietremblay', url: 'https://x.com/julietremblay' } });
    expect(julie.text).toBe('Allô @cafeboreal, est-ce que le latte à l’érable existe en format sans lactose? 🍁');
    expect(julie.postedAt).toBe('2026-11-24T18:10:00.000Z');
    expect(julie.permalink).toBe('https://x.com/julietremblay/status/1850000000000000101');
    expect(items.find((i) => i.nativeId === '1850000000000000102')!.likedByMe).toBe(true);
    const quote = items.find((i) => i.kind === 'quote')!;
    expect(quote.nativeId).toBe('1850000000000000103'); // its own id and time, not the quoted tweet's
    expect(quote.postedAt).toBe('2026-11-24T19:05:00.000Z');
    expect(quote.text).toBe('On a testé pour vous : verdict, coup de cœur.');
    const share = items.find((i) => i.kind === 'share')!;
    expect(share.author.handle).toBe('emiliecote');
    expect(share.parentId).toBe('1850000000000000001');
    expect(share.permalink).toBe('https://x.com/cafeboreal/status/1850000000000000001');
    const health = xAdapter.health(doc, new URL(URL_ALL));
    expect(health).toMatchObject({ pageKind: 'notifications', ok: true });
  });

  it('the mentions tab reads the same tweets as mentions', () => {
    const doc = loadPage(FIXTURE, 'https://x.com/notifications/mentions');
    expect(xAdapter.pageKind(new URL(doc.URL))).toBe('notifications');
    expect(kinds(readAll(xAdapter, doc))).toEqual({ mention: 3, quote: 1, share: 1 });
  });

  it('an English page does not take the French repost words, and reads the tweets the same', () => {
    const doc = loadPage(FIXTURE, URL_ALL);
    doc.documentElement.lang = 'en';
    expect(kinds(readAll(xAdapter, doc))).toEqual({ mention: 3, quote: 1 });
  });

  it('classes shuffled: same items; data-testid removed: nothing read, the miss reported, nothing thrown', () => {
    const shuffled = loadPage(FIXTURE, URL_ALL);
    shuffleClasses(shuffled);
    expect(kinds(readAll(xAdapter, shuffled))).toEqual({ mention: 3, quote: 1, share: 1 });
    const bare = loadPage(FIXTURE, URL_ALL);
    removeAttribute(bare, 'data-testid');
    expect(readAll(xAdapter, bare)).toEqual([]);
    const health = xAdapter.health(bare, new URL(URL_ALL));
    expect(health.ok).toBe(false);
    expect(health.problems.join(' ')).toMatch(/notification rows are visible/);
  });
});

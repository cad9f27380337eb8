// @vitest-environment jsdom
/**
 * Instagram facts of ../shared/research/PLATFORM-SELECTORS.md the fixtures did not prove: comment text in the span of
 * the div after the author's h3, the caption in an h1, neither with dir="auto" (enricobianchi10 XPaths), replies in a
 * li > ul under their comment, the React textarea comment box. Look-alike:
 * test/fixtures/platforms/instagram/post-h3-div-span.lookalike.html (sources in its header).
 */
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { byId, kinds, loadPage, ownFixture, readAll } from './load-page';

const POST = 'https://www.instagram.com/p/CIt4l1aNo0_/';
const ctx = { brandHandles: ['cafecocktail.mtl'] };
const load = () => loadPage(ownFixture('instagram/post-h3-div-span.lookalike.html'), POST);

describe('Instagram post page, author h3 then div > span text, caption h1 (Italian UI, no dir="auto")', () => {
  const doc = load();
  const items = readAll(instagramAdapter, doc, ctx);

  it('the caption, 2 comments and the brand’s reply, each with its own words', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 2, reply: 1 });
    expect(byId(items, 'CIt4l1aNo0_')).toMatchObject({
      kind: 'post',
      author: { handle: 'cafecocktail.mtl' },
      text: "Il nuovo menu d'autunno è arrivato 🍂 Quale cocktail aggiungiamo?",
      postedAt: '2025-09-20T10:00:00.000Z',
      permalink: POST,
      depth: 0,
    });
    expect(byId(items, '17911111111111111')).toEqual({
      platform: 'instagram',
      nativeId: '17911111111111111',
      kind: 'comment',
      author: { name: 'giulia.rossi', handle: 'giulia.rossi', url: 'https://www.instagram.com/giulia.rossi/' },
      text: 'Un negroni sbagliato per favore! 🍸',
      postedAt: '2025-09-21T09:00:00.000Z',
      permalink: 'https://www.instagram.com/p/CIt4l1aNo0_/c/17911111111111111/',
      parentId: 'CIt4l1aNo0_',
      depth: 1,
      likedByMe: undefined, // "Mi piace": no Italian words in labels.ts, so unknown rather than guessed
      repliedByBrand: true,
    });
  });

  it('the reply in the li > ul under its comment: parent from where it sits, its text with the mention', () => {
    expect(byId(items, '17922222222222222')).toMatchObject({
      kind: 'reply',
      depth: 2,
      parentId: '17911111111111111',
      author: { handle: 'cafecocktail.mtl' },
      text: '@giulia.rossi segnato per la degustazione di venerdì!',
    });
    expect(byId(items, '17933333333333333')).toMatchObject({ kind: 'comment', text: 'Aperti anche la domenica?', repliedByBrand: false });
  });

  it('a comment without words (its text div gone): no text, not its timestamp row nor its controls', () => {
    const d = load();
    d.querySelector('h3:has(a[href="/marco.bianchi/"]) + div')!.remove();
    expect(byId(readAll(instagramAdapter, d, ctx), '17933333333333333')).toMatchObject({ kind: 'comment', text: '' });
  });

  it('the textarea comment box; healthy', () => {
    const box = instagramAdapter.findComposer(doc)!;
    expect([box.localName, box.getAttribute('aria-label')]).toEqual(['textarea', 'Aggiungi un commento...']);
    expect(instagramAdapter.composerKind(box)).toBe('textarea');
    expect(instagramAdapter.health(doc, new URL(POST), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 2, reply: 1 } });
  });
});

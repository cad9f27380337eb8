// @vitest-environment jsdom
/** Threads thread view when every item sits in wrappers of its own, as on real pages (no item is its chain's child). */
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../lib/platforms/threads';
import { byId, kinds, loadPage, ownFixture, readAll } from './load-page';

const POST_URL = 'https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj';
const ctx = { brandHandles: ['cafecocktail.mtl'] };

/** The look-alike post page with each data-pressable-container wrapped in `levels` divs. */
function wrapped(levels: number): Document {
  const doc = loadPage(ownFixture('threads/post-2025.lookalike.html'), POST_URL);
  for (const item of Array.from(doc.querySelectorAll('[data-pressable-container]'))) {
    let inner: Element = item;
    for (let i = 0; i < levels; i++) {
      const div = doc.createElement('div');
      inner.replaceWith(div);
      div.append(inner);
      inner = div;
    }
  }
  return doc;
}

describe('Threads post page, items wrapped as on real pages', () => {
  it.each([1, 3])('with %i wrapper(s): the chain reply answers the reply before it, the others the post', (levels) => {
    const items = readAll(threadsAdapter, wrapped(levels), ctx);
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 1 });
    expect(byId(items, 'DAbCdReply02')).toMatchObject({ kind: 'reply', parentId: 'DAbCdReply01', depth: 2 });
    expect(byId(items, 'DAbCdReply03')).toMatchObject({ kind: 'comment', parentId: 'DAbCdEfGhIj', depth: 1 });
    expect(byId(items, 'DAbCdReply01').repliedByBrand).toBe(true);
    expect(byId(items, 'DAbCdEfGhIj').repliedByBrand).toBe(false);
  });
});

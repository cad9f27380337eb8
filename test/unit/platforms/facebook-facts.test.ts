// @vitest-environment jsdom
/**
 * Facebook facts of ../shared/research/PLATFORM-SELECTORS.md the look-alikes did not prove: a feed post that is a
 * div[aria-posinset] without role="article", its comments opened in a [role="dialog"], replies nested in replies (FBX
 * counts the comment articles around a reply), span[role="button"] controls. Look-alike:
 * test/fixtures/platforms/facebook/post-dialog-2025.lookalike.html (sources in its header).
 */
import { describe, expect, it, vi } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { byId, kinds, loadPage, ownFixture, readAll } from './load-page';

const NOW = Date.UTC(2026, 10, 27, 15, 0, 0);
vi.useFakeTimers({ toFake: ['Date'], now: NOW });
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();

const FEED = 'https://www.facebook.com/';
const POST = 'pfbid02DialogPost111';
const POST_URL = `https://www.facebook.com/cafecocktailmtl/posts/${POST}`;
const ctx = { brandHandles: ['cafecocktailmtl'] };
const load = () => loadPage(ownFixture('facebook/post-dialog-2025.lookalike.html'), FEED);
const c = (n: number) => `70000000000000${n}`;

describe('Facebook feed post (div[aria-posinset]) with its comments in a dialog', () => {
  const doc = load();
  const items = readAll(facebookAdapter, doc, ctx);

  it('the feed post, 2 comments and 2 replies; the dialog’s copy of the post is not read twice', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 2, reply: 2 });
    expect(byId(items, POST)).toEqual({
      platform: 'facebook',
      nativeId: POST,
      kind: 'post',
      author: { name: 'Café Cocktail', handle: 'cafecocktailmtl', url: 'https://www.facebook.com/cafecocktailmtl' },
      text: 'Sunday brunch is back',
      postedAt: minutesAgo(180),
      permalink: POST_URL,
      depth: 0,
      likedByMe: false,
      repliedByBrand: undefined,
    });
  });

  it('a comment in the dialog: its post from its own link, answered by the brand', () => {
    expect(byId(items, c(1))).toEqual({
      platform: 'facebook',
      nativeId: c(1),
      kind: 'comment',
      author: { name: 'Sam Lee', handle: 'sam.lee', url: 'https://www.facebook.com/sam.lee' },
      text: 'Open at 10 on Sunday?',
      postedAt: minutesAgo(120),
      permalink: `${POST_URL}?comment_id=${c(1)}`,
      parentId: POST,
      depth: 1,
      likedByMe: false,
      repliedByBrand: true,
    });
    expect(byId(items, c(4))).toMatchObject({ kind: 'comment', depth: 1, parentId: POST, repliedByBrand: false, author: { handle: 'alex.roy' } });
  });

  it('a reply nested in a reply answers that reply, one level deeper', () => {
    expect(byId(items, c(2))).toMatchObject({ kind: 'reply', depth: 2, parentId: c(1), author: { handle: 'cafecocktailmtl' }, text: 'Yes, 10 to 3!', repliedByBrand: false });
    expect(byId(items, c(3))).toEqual({
      platform: 'facebook',
      nativeId: c(3),
      kind: 'reply',
      author: { name: 'Sam Lee', handle: 'sam.lee', url: 'https://www.facebook.com/sam.lee' },
      text: 'Perfect, see you there',
      postedAt: minutesAgo(30),
      permalink: `${POST_URL}?comment_id=${c(1)}&reply_comment_id=${c(3)}`,
      parentId: c(2),
      depth: 3,
      likedByMe: true,
      repliedByBrand: false,
    });
  });

  it('the same reply listed beside the thread (not nested) keeps what its link says: depth 2 under the comment', () => {
    const d = load();
    const deep = d.querySelector('[aria-label^="Reply from Sam Lee"]')!;
    d.querySelector('[aria-label^="Comment by Alex Roy"]')!.before(deep);
    expect(byId(readAll(facebookAdapter, d, ctx), c(3))).toMatchObject({ kind: 'reply', depth: 2, parentId: c(1) });
  });

  it('span[role="button"] Reply is the reply target; the dialog’s Lexical box is the composer; healthy', () => {
    const sam = facebookAdapter.findItems(doc).find((el) => el.getAttribute('aria-label')?.startsWith('Comment by Sam'))!;
    const reply = facebookAdapter.replyTarget(sam)!;
    expect([reply.localName, reply.textContent]).toEqual(['span', 'Reply']);
    const box = facebookAdapter.findComposer(doc.querySelector('[role="dialog"]')!)!;
    expect(facebookAdapter.composerKind(box)).toBe('lexical');
    expect(facebookAdapter.health(doc, new URL(FEED), ctx)).toMatchObject({ pageKind: 'feed', ok: true });
  });
});

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { byId, kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute, shuffleClasses, translate } from './mutate';

// Comment ages ("2h") are read against the clock: a fixed one, so two reads of the same page agree.
const NOW = Date.UTC(2026, 10, 27, 15, 0, 0);
vi.useFakeTimers({ toFake: ['Date'], now: NOW });
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();

const POST = 'pfbid02Xyz7Abc9DefGhiJkLmNoPqRsTuVwXyZ1234567890abcdefl';
const POST_URL = `https://www.facebook.com/cafecocktailmtl/posts/${POST}`;
const ctx = { brandHandles: ['cafecocktailmtl'] };
const postPage = () => loadPage(ownFixture('facebook/post-2025.lookalike.html'), POST_URL);

describe('Facebook adapter on the www post page look-alike (2025)', () => {
  const doc = postPage();
  const items = readAll(facebookAdapter, doc, ctx);

  it('finds the post, 3 comments and 3 replies', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 3 });
  });

  it('reads a comment whose comment_id is base64 "comment:<post>_<id>": id, author, emoji text, liked, answered', () => {
    expect(byId(items, '987654321012345')).toEqual({
      platform: 'facebook',
      nativeId: '987654321012345',
      kind: 'comment',
      author: { name: 'Jordan Smith', handle: 'jordan.smith.42', url: 'https://www.facebook.com/jordan.smith.42' },
      text: 'A smoky mezcal sour please! 🥃',
      postedAt: hoursAgo(2),
      permalink: `${POST_URL}?comment_id=Y29tbWVudDoxMjM0NTY3ODkwMTIzNDVfOTg3NjU0MzIxMDEyMzQ1`,
      parentId: POST,
      depth: 1,
      likedByMe: true,
      repliedByBrand: true,
    });
  });

  it('dates comments and replies from the age their timestamp link shows ("2h"), against the clock', () => {
    expect(byId(items, '987654321012345').postedAt).toBe(hoursAgo(2));
    expect(byId(items, '555000111222333').postedAt).toBe(hoursAgo(1));
    expect(byId(items, '333444555666777').postedAt).toBe(hoursAgo(6));
  });

  it('dates an older post or comment from the day its timestamp link shows ("November 3 at 10:00")', () => {
    const older = postPage();
    for (const a of older.querySelectorAll('a')) if (a.textContent === '2h') a.textContent = 'November 3 at 10:00 AM';
    for (const a of older.querySelectorAll('a')) if (a.textContent === '3h') a.textContent = '3 novembre 2024 à 10:00';
    const read = readAll(facebookAdapter, older, ctx);
    expect(byId(read, '987654321012345').postedAt).toBe('2026-11-03T12:00:00.000Z');
    expect(byId(read, POST).postedAt).toBe('2024-11-03T12:00:00.000Z');
  });

  it('reads replies from reply_comment_id, profile.php authors and link text inside comments', () => {
    expect(byId(items, '555000111222333')).toMatchObject({ kind: 'reply', parentId: '987654321012345', depth: 2, author: { handle: 'cafecocktailmtl' } });
    expect(byId(items, '222333444555666')).toMatchObject({
      author: { name: 'Élodie Gagnon', handle: '100012345678901', url: 'https://www.facebook.com/profile.php?id=100012345678901' },
      text: 'Bravo Café Cocktail! Est-ce que le menu est offert sans alcool aussi?',
      repliedByBrand: false,
      likedByMe: false,
    });
    const post = byId(items, POST);
    // The brand's own post answers to nobody: whether the brand commented is not searched.
    expect(post).toMatchObject({ kind: 'post', author: { name: 'Café Cocktail', handle: 'cafecocktailmtl' }, repliedByBrand: undefined });
    expect(post.text).toBe("Our new autumn menu is here 🍂 Which cocktail should we add next?\nNotre menu d'automne est arrivé!");
    expect(post.postedAt).toBe(hoursAgo(3)); // www shows "3h", no date
  });

  it('finds the Lexical box, the Reply button and is healthy', () => {
    expect(facebookAdapter.composerKind(facebookAdapter.findComposer(doc)!)).toBe('lexical');
    const first = facebookAdapter.findItems(doc).find((el) => el.getAttribute('aria-label')?.startsWith('Comment by Jordan'))!;
    expect(facebookAdapter.replyTarget(first)?.textContent).toBe('Reply');
    expect(facebookAdapter.anchor(first)).not.toBeNull();
    expect(facebookAdapter.health(doc, new URL(POST_URL), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 3, reply: 3 } });
  });

  it('classes shuffled: same items and fields', () => {
    const d = postPage();
    shuffleClasses(d);
    expect(readAll(facebookAdapter, d, ctx)).toEqual(items);
  });

  it('UI in French: same items, the Répondre button and like state from French labels', () => {
    const d = postPage();
    translate(d, 'fr-CA', { Reply: 'Répondre', Comment: 'Commenter' });
    d.querySelectorAll('[aria-label="Like"]').forEach((b) => b.setAttribute('aria-label', 'J’aime'));
    d.querySelectorAll('[aria-label="Remove Like"]').forEach((b) => b.removeAttribute('aria-pressed'));
    d.querySelectorAll('[aria-label="Remove Like"]').forEach((b) => b.setAttribute('aria-label', 'Retirer J’aime'));
    const fr = readAll(facebookAdapter, d, ctx);
    expect(kinds(fr)).toEqual({ post: 1, comment: 3, reply: 3 });
    expect(byId(fr, '987654321012345').likedByMe).toBe(true);
    expect(byId(fr, '333444555666777').likedByMe).toBe(false);
    const el = facebookAdapter.findItems(d)[1];
    expect(facebookAdapter.replyTarget(el)?.textContent).toBe('Répondre');
    expect(facebookAdapter.health(d, new URL(POST_URL), ctx).ok).toBe(true);
  });

  it('roles removed: nothing read, the 6 visible Reply buttons reported, nothing thrown', () => {
    const d = postPage();
    removeAttribute(d, 'role');
    d.querySelectorAll('li > div, .x6s0dn4 > div').forEach((b) => b.setAttribute('role', 'button')); // buttons stay buttons
    expect(readAll(facebookAdapter, d, ctx)).toEqual([]);
    const health = facebookAdapter.health(d, new URL(POST_URL), ctx);
    expect(health.ok).toBe(false);
    expect(health.problems).toContain('Facebook: 6 comment(s) shown on this post but none detected (comment markup changed?)');
    expect(health.problems).toContain('Facebook: the post itself was not detected on this post page');
  });

  it('comment links without comment_id: nested articles are not taken for posts, the miss is reported', () => {
    const d = postPage();
    d.querySelectorAll('a[href*="comment_id="]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=/g, 'cid=')));
    const read = readAll(facebookAdapter, d, ctx);
    expect(kinds(read)).toEqual({ post: 1 });
    const health = facebookAdapter.health(d, new URL(POST_URL), ctx);
    expect(health.problems).toEqual([
      'Facebook: 6 item(s) found but not readable (author or link missing)',
      'Facebook: 6 comment(s) shown on this post but none detected (comment markup changed?)',
    ]);
  });
});

describe('Facebook adapter on the notifications look-alike (French UI)', () => {
  const doc = loadPage(ownFixture('facebook/notifications-2025.lookalike.html'), 'https://www.facebook.com/notifications');
  const items = readAll(facebookAdapter, doc, ctx);

  it('keeps mentions and shares (by notif_t, else by French words), drops reactions and birthdays', () => {
    expect(kinds(items)).toEqual({ mention: 2, share: 1 });
  });

  it('a comment mention has the comment id; a share has the sharer and their post', () => {
    expect(items[0]).toMatchObject({ nativeId: '222333444555666', kind: 'mention', author: { name: 'Élodie Gagnon' }, parentId: POST });
    expect(items[0].permalink).toBe(`${POST_URL}?comment_id=222333444555666`);
    expect(items[1]).toMatchObject({
      nativeId: 'pfbid0AbC123shareXyZ',
      kind: 'share',
      author: { name: 'Jordan Smith', handle: 'jordan.smith.42' },
      text: 'Jordan Smith a partagé votre publication.',
      permalink: 'https://www.facebook.com/jordan.smith.42/posts/pfbid0AbC123shareXyZ',
    });
    expect(items[2]).toMatchObject({ nativeId: 'notif:1730000000444444', kind: 'mention', author: { name: 'Marc Roy' } });
    expect(facebookAdapter.health(doc, new URL(doc.URL)).ok).toBe(true);
  });

  it('a tag row in English words on a French page is not guessed', () => {
    const d = loadPage(ownFixture('facebook/notifications-2025.lookalike.html'), 'https://www.facebook.com/notifications');
    translate(d, 'fr', { 'vous a identifié': 'tagged you' });
    expect(kinds(readAll(facebookAdapter, d, ctx))).toEqual({ mention: 1, share: 1 });
  });
});

describe('Facebook adapter: own parts when nested articles come first', () => {
  // A comment whose reply is rendered above its own author, text and like button; the post's own like button after
  // its comments. Each item must read its own parts, never its reply's.
  const html = `<!DOCTYPE html><html lang="en"><body><div role="main"><div role="article">
    <div role="article">
      <div role="article">
        <a href="https://www.facebook.com/cafecocktailmtl?comment_id=111&amp;reply_comment_id=222">Café Cocktail</a>
        <div dir="auto">Thanks!</div>
        <a href="${POST_URL}?comment_id=111&amp;reply_comment_id=222">1h</a>
        <div role="button" aria-label="Remove Like" aria-pressed="true">Like</div>
      </div>
      <a href="https://www.facebook.com/sam.lee?comment_id=111"><img alt="Sam Lee" src="data:,"></a>
      <a href="https://www.facebook.com/sam.lee?comment_id=111">Sam Lee</a>
      <div dir="auto">Open on Sunday?</div>
      <a href="${POST_URL}?comment_id=111">2h</a>
      <div role="button" aria-label="Like">Like</div>
    </div>
    <a href="https://www.facebook.com/cafecocktailmtl"><img alt="" src="data:,"></a>
    <a href="https://www.facebook.com/cafecocktailmtl">Café Cocktail</a>
    <div data-ad-preview="message"><div dir="auto">Sunday hours</div></div>
    <div role="button" aria-label="Remove Like" aria-pressed="true">Like</div>
  </div></div></body></html>`;
  const items = readAll(facebookAdapter, loadHtml(html, POST_URL), ctx);

  it('the comment reads its own author, text, like state and its reply by the brand', () => {
    expect(byId(items, '111')).toMatchObject({
      kind: 'comment',
      author: { name: 'Sam Lee', handle: 'sam.lee' },
      text: 'Open on Sunday?',
      likedByMe: false,
      repliedByBrand: true,
    });
    expect(byId(items, '222')).toMatchObject({ kind: 'reply', parentId: '111', text: 'Thanks!', likedByMe: true, repliedByBrand: false });
  });

  it('the post reads its own author and like control placed after its comments', () => {
    expect(byId(items, POST)).toMatchObject({ kind: 'post', author: { handle: 'cafecocktailmtl' }, text: 'Sunday hours', likedByMe: true, repliedByBrand: undefined });
  });
});

describe('Facebook adapter: a post answered by the brand', () => {
  // A visitor's post on the brand's Page: every permalink names the brand, yet only a comment the brand wrote answers it.
  const page = (brandComments: boolean, poster = 'jordan.tremblay') => `<!DOCTYPE html><html lang="en"><body><div role="main"><div role="article">
    <a href="https://www.facebook.com/${poster}">Jordan Tremblay</a>
    <div data-ad-preview="message"><div dir="auto">Sunday hours</div></div>
    <div role="article">
      <a href="https://www.facebook.com/sam.lee?comment_id=111">Sam Lee</a>
      <div dir="auto">Open on Sunday? cafecocktailmtl rocks</div>
      <a href="${POST_URL}?comment_id=111">2h</a>
    </div>
    <div role="article">
      <a href="https://www.facebook.com/${brandComments ? 'cafecocktailmtl' : 'alex.roy'}?comment_id=333">${brandComments ? 'Café Cocktail' : 'Alex Roy'}</a>
      <div dir="auto">Yes, 9 to 5!</div>
      <a href="${POST_URL}?comment_id=333">1h</a>
    </div>
  </div></div></body></html>`;

  it('is answered when a comment directly under it is the brand\'s, not when only its permalinks name the brand', () => {
    expect(byId(readAll(facebookAdapter, loadHtml(page(true), POST_URL), ctx), POST)).toMatchObject({ kind: 'post', repliedByBrand: true });
    expect(byId(readAll(facebookAdapter, loadHtml(page(false), POST_URL), ctx), POST)).toMatchObject({ kind: 'post', repliedByBrand: false });
  });

  it('the brand\'s own post is not searched: it answers to nobody', () => {
    const post = byId(readAll(facebookAdapter, loadHtml(page(true, 'cafecocktailmtl'), POST_URL), ctx), POST);
    expect(post).toMatchObject({ kind: 'post', author: { handle: 'cafecocktailmtl' } });
    expect(post.repliedByBrand).toBeUndefined();
  });
});

describe('Facebook adapter: articles that are not divs', () => {
  it('are found when the page has no div article: the same items as the look-alike, read alike', () => {
    const divs = postPage();
    const others = postPage();
    for (const div of Array.from(others.querySelectorAll('div[role="article"]'))) {
      const section = others.createElement('section');
      for (const attr of Array.from(div.attributes)) section.setAttribute(attr.name, attr.value);
      section.append(...Array.from(div.childNodes));
      div.replaceWith(section);
    }
    expect(others.querySelector('div[role="article"]')).toBeNull();
    expect(readAll(facebookAdapter, others, ctx)).toEqual(readAll(facebookAdapter, divs, ctx));
  });
});

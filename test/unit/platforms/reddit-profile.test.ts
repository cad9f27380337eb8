// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '../../../lib/platforms/reddit';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { translate } from './mutate';

const PAGE = ownFixture('reddit/profile-comments-2025.lookalike.html');
const OWN = 'https://www.reddit.com/user/CafeSoleil/';
const COMMENTS_TAB = 'https://www.reddit.com/user/CafeSoleil/comments/';
const ctx = { brandHandles: ['u/CafeSoleil'] };

function read(url = OWN, edit?: (doc: Document) => void) {
  const doc = loadPage(PAGE, url);
  edit?.(doc);
  const items = readAll(redditAdapter, doc, ctx);
  return { doc, items, get: (id: string) => items.find((i) => i.nativeId === id) };
}

describe('Reddit profile, shreddit (look-alike of /user/<name>/)', () => {
  it('the brand post and 4 profile comments, on the overview and on the comments tab', () => {
    for (const url of [OWN, COMMENTS_TAB]) {
      const { doc, items } = read(url);
      expect(redditAdapter.pageKind(new URL(url))).toBe('profile');
      expect(kinds(items)).toEqual({ post: 1, comment: 4 });
      expect(items.filter((i) => i.kind === 'comment').map((i) => i.nativeId)).toEqual(['t1_k1bbbb2', 't1_k3cccc3', 't1_k4dddd4', 't1_k5eeee5']);
      const health = redditAdapter.health(doc, new URL(url), ctx);
      expect(health).toMatchObject({ ok: true, pageKind: 'profile', found: { post: 1, comment: 4 }, problems: [] });
      expect(health.expected).toContain('comment');
    }
  });

  it('a full row: id, author from its meta row, text of the inner body only, time, permalink without ?context, parent post', () => {
    expect(read().get('t1_k1bbbb2')).toEqual({
      platform: 'reddit',
      nativeId: 't1_k1bbbb2',
      kind: 'comment',
      author: { name: 'CafeSoleil', handle: 'CafeSoleil', url: 'https://www.reddit.com/user/CafeSoleil/' },
      text: 'Merci Marie! On torréfie chaque mardi ☕\nThanks for the kind words.',
      postedAt: '2026-03-02T15:20:00.000Z',
      permalink: 'https://www.reddit.com/r/montreal/comments/1abc23/comment/k1bbbb2/',
      parentId: 't3_1abc23',
    });
  });

  it('a comment on a profile post (user-scoped address), with no author hook and a bare <time>: the owner wrote it', () => {
    expect(read().get('t1_k3cccc3')).toMatchObject({
      kind: 'comment',
      author: { name: 'CafeSoleil', handle: 'CafeSoleil', url: 'https://www.reddit.com/user/CafeSoleil/' },
      text: 'Yes, oat milk too.',
      postedAt: '2026-03-03T09:12:45.123Z',
      permalink: 'https://www.reddit.com/user/CafeSoleil/comments/1pq9zz/comment/k3cccc3/',
      parentId: 't3_1pq9zz',
    });
  });

  it('the older /<slug>/<id>/ address and the hover-card author; links in the body do not change the parent', () => {
    const { get } = read();
    expect(get('t1_k4dddd4')).toMatchObject({
      author: { handle: 'CafeSoleil' },
      text: 'Nous sommes ouverts le dimanche de 8 h à 15 h.',
      postedAt: '2026-03-04T18:00:00.000Z',
      permalink: 'https://www.reddit.com/r/quebec/comments/1xyz9/cafe_du_coin/k4dddd4/',
      parentId: 't3_1xyz9',
    });
    expect(get('t1_k5eeee5')).toMatchObject({
      text: "See r/montreal's roasters map, and ask u/marie_t.",
      parentId: 't3_1abc23',
      permalink: 'https://www.reddit.com/r/montreal/comments/1abc23/comment/k5eeee5/',
    });
  });

  it('no row text carries the post title, the meta row or the action buttons', () => {
    const comments = read().items.filter((i) => i.kind === 'comment');
    for (const c of comments) expect(c.text).not.toMatch(/Best coffee|Café du coin|Reply|Share|ago|CafeSoleil/);
  });

  it("a customer's profile: rows without an author hook are the customer's, rows naming their author keep it", () => {
    const url = 'https://www.reddit.com/user/marie_t/comments/';
    const doc = loadHtml(
      `<shreddit-feed>
        <article><shreddit-profile-comment comment-id="t1_m9aaaa1" href="/r/montreal/comments/1abc23/comment/m9aaaa1/?context=3">
          <time datetime="2026-03-02T14:30:00.000000+0000">4 h ago</time>
          <div class="md"><div class="md"><p>Café Soleil, sans hésiter.</p></div></div></shreddit-profile-comment></article>
        <article><shreddit-profile-comment comment-id="t1_m9bbbb2" href="/r/montreal/comments/1abc23/comment/m9bbbb2/?context=3">
          <div id="poster-info-t1_m9bbbb2"><a href="/user/marie_t/">marie_t</a></div>
          <div class="md"><p>Et leur latte!</p></div></shreddit-profile-comment></article>
      </shreddit-feed>`,
      url,
    );
    const items = readAll(redditAdapter, doc, ctx);
    expect(items.map((i) => [i.nativeId, i.kind, i.author.handle, i.parentId])).toEqual([
      ['t1_m9aaaa1', 'comment', 'marie_t', 't3_1abc23'],
      ['t1_m9bbbb2', 'comment', 'marie_t', 't3_1abc23'],
    ]);
    expect(items[0]).toMatchObject({ author: { url: 'https://www.reddit.com/user/marie_t/' }, postedAt: '2026-03-02T14:30:00.000Z' });
    expect(redditAdapter.health(doc, new URL(url), ctx).ok).toBe(true);
  });

  it('the French UI: the same items (nothing is read from words), and a French placeholder is not a comment', () => {
    const english = read().items;
    const french = read(OWN, (doc) =>
      translate(doc, 'fr', { Reply: 'Répondre', Share: 'Partager', '3 h ago': 'il y a 3 h', '2 days ago': 'il y a 2 jours', '1 day ago': 'il y a 1 jour', '5 h ago': 'il y a 5 h' }),
    ).items;
    expect(french).toEqual(english);

    const url = 'https://www.reddit.com/user/marie_t/';
    const doc = loadHtml(
      `<html lang="fr"><body>
        <shreddit-profile-comment comment-id="t1_m9cccc3" href="/r/montreal/comments/1abc23/comment/m9cccc3/"><div class="md"><p>[supprimé]</p></div></shreddit-profile-comment>
        <shreddit-profile-comment comment-id="t1_m9dddd4" href="/r/montreal/comments/1abc23/comment/m9dddd4/"><div class="md"><p>Merci!</p></div></shreddit-profile-comment>
      </body></html>`,
      url,
    );
    expect(readAll(redditAdapter, doc).map((i) => i.nativeId)).toEqual(['t1_m9dddd4']);
  });

  it("the row element's attributes removed: no comment read (not even a wrong one), the miss reported, nothing thrown", () => {
    const strip = (doc: Document) => {
      for (const el of doc.querySelectorAll('shreddit-profile-comment')) for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
    };
    let result: ReturnType<typeof read> | undefined;
    expect(() => (result = read(OWN, strip))).not.toThrow();
    const { doc, items } = result!;
    expect(kinds(items)).toEqual({ post: 1 });
    expect(items.some((i) => i.nativeId.startsWith('t1_') || i.kind !== 'post')).toBe(false);
    const health = redditAdapter.health(doc, new URL(OWN), ctx);
    expect(health.ok).toBe(false);
    expect(health.found).toEqual({ post: 1 });
    expect(health.problems).toEqual(['Reddit: comments are shown on this profile but none was detected']);
  });

  it('a malformed comment-id (a quote in it) throws nothing; a row without address keeps no parent or permalink', () => {
    const doc = loadHtml(
      `<shreddit-profile-comment comment-id='t1_x"y'><div class="md"><p>Odd.</p></div></shreddit-profile-comment>
       <shreddit-profile-comment comment-id="t1_k9zzzz9"><div class="md"><p>No address.</p></div></shreddit-profile-comment>`,
      OWN,
    );
    let items: ReturnType<typeof readAll> = [];
    expect(() => (items = readAll(redditAdapter, doc, ctx))).not.toThrow();
    expect(items.map((i) => [i.nativeId, i.author.handle, i.parentId, i.permalink])).toEqual([
      ['t1_x"y', 'CafeSoleil', undefined, undefined],
      ['t1_k9zzzz9', 'CafeSoleil', undefined, undefined],
    ]);
  });
});

describe('Reddit profile, old.reddit (#siteTable of .thing rows)', () => {
  // Shapes: a profile comment row carries `p.parent` (the post's title, linking to the post's URL, which for a link
  // post is another site), the usual data-* attributes, tagline and .md (reddit r2 comment.html and printable.html,
  // the 2018 saved page in ../shared/fixtures).
  const page = (fullnameAttr = 'data-fullname') => `
    <div id="siteTable" class="sitetable linklisting">
      <div class=" thing id-t3_1pq9zz link self" data-fullname="t3_1pq9zz" data-type="link" data-author="CafeSoleil" data-timestamp="1772359200000" data-permalink="/user/CafeSoleil/comments/1pq9zz/new_roaster/">
        <div class="entry unvoted"><p class="title"><a class="title" href="/user/CafeSoleil/comments/1pq9zz/new_roaster/">New roaster in Mile End</a></p></div>
      </div>
      <div class=" thing id-t1_k1bbbb2 comment" ${fullnameAttr}="t1_k1bbbb2" data-type="comment" data-subreddit="montreal" data-author="CafeSoleil" data-permalink="/r/montreal/comments/1abc23/best_coffee_roaster/k1bbbb2/">
        <p class="parent"><a href="https://blog.example/roasters" class="title">Best coffee roaster in Montréal?</a> by <a href="https://old.reddit.com/user/marie_t" class="author">marie_t</a> in <a href="https://old.reddit.com/r/montreal/" class="subreddit hover">montreal</a></p>
        <div class="midcol unvoted"></div>
        <div class="entry unvoted">
          <p class="tagline"><a href="https://old.reddit.com/user/CafeSoleil" class="author">CafeSoleil</a> <span class="score unvoted">3 points</span> <time datetime="2026-03-02T15:20:00+00:00" class="live-timestamp">3 hours ago</time></p>
          <form class="usertext"><div class="usertext-body"><div class="md"><p>Merci Marie! On torréfie chaque mardi ☕</p></div></div></form>
          <ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/montreal/comments/1abc23/best_coffee_roaster/k1bbbb2/" class="bylink">permalink</a></li></ul>
        </div>
        <div class="child"></div>
      </div>
      <div class=" thing id-t1_k4dddd4 comment" ${fullnameAttr}="t1_k4dddd4" data-type="comment" data-subreddit="quebec" data-author="CafeSoleil" data-permalink="/r/quebec/comments/1xyz9/cafe_du_coin/k4dddd4/">
        <p class="parent"><a href="/r/quebec/comments/1xyz9/cafe_du_coin/" class="title">Café du coin?</a></p>
        <div class="midcol likes"></div>
        <div class="entry likes">
          <p class="tagline"><a href="https://old.reddit.com/user/CafeSoleil" class="author">CafeSoleil</a> <time datetime="2026-03-04T18:00:00+00:00">1 day ago</time></p>
          <form class="usertext"><div class="usertext-body"><div class="md"><p>Ouverts le dimanche.</p></div></div></form>
        </div>
      </div>
    </div>`;

  it('comments read with the post their own permalink names, not the first post of the profile', () => {
    for (const url of ['https://old.reddit.com/user/CafeSoleil/', 'https://old.reddit.com/user/CafeSoleil/comments/']) {
      const doc = loadHtml(page(), url);
      const items = readAll(redditAdapter, doc, ctx);
      expect(kinds(items)).toEqual({ post: 1, comment: 2 });
      expect(items.find((i) => i.nativeId === 't1_k1bbbb2')).toEqual({
        platform: 'reddit',
        nativeId: 't1_k1bbbb2',
        kind: 'comment',
        author: { name: 'CafeSoleil', handle: 'CafeSoleil', url: 'https://old.reddit.com/user/CafeSoleil' },
        text: 'Merci Marie! On torréfie chaque mardi ☕',
        postedAt: '2026-03-02T15:20:00.000Z',
        permalink: 'https://old.reddit.com/r/montreal/comments/1abc23/best_coffee_roaster/k1bbbb2/',
        parentId: 't3_1abc23',
        depth: 1,
        likedByMe: false,
        repliedByBrand: false,
      });
      expect(items.find((i) => i.nativeId === 't1_k4dddd4')).toMatchObject({ parentId: 't3_1xyz9', likedByMe: true, text: 'Ouverts le dimanche.' });
      expect(redditAdapter.health(doc, new URL(url), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 2 } });
    }
  });

  it('rows without data-fullname: no comment read, the miss reported', () => {
    const url = 'https://old.reddit.com/user/CafeSoleil/comments/';
    const doc = loadHtml(page('data-other'), url);
    expect(kinds(readAll(redditAdapter, doc, ctx))).toEqual({ post: 1 });
    expect(redditAdapter.health(doc, new URL(url), ctx).problems).toEqual(['Reddit: comments are shown on this profile but none was detected']);
  });
});

describe('Reddit notifications, new Reddit', () => {
  it('says its rows are not read rather than reporting a healthy empty page', () => {
    const url = 'https://www.reddit.com/notifications';
    const doc = loadHtml('<html lang="en"><body><shreddit-app><main><article><a href="/r/quebec/comments/abc/x/">u/someone mentioned you</a></article></main></shreddit-app></body></html>', url);
    expect(redditAdapter.health(doc, new URL(url))).toMatchObject({ ok: false, problems: [expect.stringContaining('notifications page of new Reddit is not read')] });
    const old = loadHtml('<html lang="en"><body><div id="siteTable"></div></body></html>', 'https://old.reddit.com/message/mentions');
    expect(redditAdapter.health(old, new URL('https://old.reddit.com/message/mentions'))).toMatchObject({ ok: true });
  });
});

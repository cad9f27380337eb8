// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '../../../lib/platforms/reddit';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';

const PAGE = ownFixture('reddit/shreddit-real-shapes.lookalike.html');
const URL_ = 'https://www.reddit.com/r/montreal/comments/2bgl77/fairmount_or_stviateur/';
const ctx = { brandHandles: ['u/CafeSoleil'] };

function byId() {
  const items = readAll(redditAdapter, loadPage(PAGE, URL_), ctx);
  return { items, get: (id: string) => items.find((i) => i.nativeId === id) };
}

describe('Reddit shreddit: shapes of real pages (look-alike)', () => {
  it('the post, 4 comments and 4 replies; no ad, no deleted or removed comment, no "more replies" row', () => {
    const { items, get } = byId();
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 4 });
    expect(items.map((i) => i.nativeId)).not.toContain('t3_ad0001');
    expect(get('t1_m0eeee5')).toBeUndefined(); // is-comment-deleted
    expect(get('t1_m0hhhh8')).toBeUndefined(); // "Comment removed by moderator"
    expect(items.some((i) => /more repl|Buy now/.test(i.text))).toBe(false);
    expect(redditAdapter.health(loadPage(PAGE, URL_), new URL(URL_), ctx).ok).toBe(true);
  });

  it('a reply without parentid or depth is a reply to the comment it is nested in, not to the post', () => {
    const { get } = byId();
    expect(get('t1_m0bbbb2')).toMatchObject({ kind: 'reply', parentId: 't1_m0aaaa1', depth: 2 });
    expect(get('t1_m0cccc3')).toMatchObject({ kind: 'reply', parentId: 't1_m0aaaa1', depth: 2, postedAt: '2026-03-02T16:30:00.000Z' });
    expect(get('t1_m0dddd4')).toMatchObject({ kind: 'reply', parentId: 't1_m0cccc3', depth: 3 });
    expect(get('t1_m0ffff6')).toMatchObject({ kind: 'reply', parentId: 't1_m0eeee5' });
  });

  it('the brand answered a comment through a reply that names no parent', () => {
    const { get } = byId();
    expect(get('t1_m0aaaa1')?.repliedByBrand).toBe(true);
    expect(get('t1_m0cccc3')?.repliedByBrand).toBe(false);
  });

  it('microsecond dates, bodies in .md only, minimal comments and deleted authors', () => {
    const { get } = byId();
    expect(get('t3_2bgl77')).toMatchObject({ postedAt: '2026-03-02T14:05:00.123Z', text: 'Fairmount or St-Viateur?\n\nSettle it once and for all.' });
    expect(get('t1_m0aaaa1')).toMatchObject({ postedAt: '2026-03-02T15:00:00.456Z', text: 'St-Viateur, sesame, still warm.', author: { handle: 'plateau_pat' } });
    expect(get('t1_m0jjjj0')).toMatchObject({ text: 'Try Hof Kelsten.', kind: 'comment' });
    expect(get('t1_m0iiii9')).toMatchObject({
      kind: 'comment',
      text: 'Neither, Montréal-style is overrated.',
      parentId: 't3_2bgl77',
      permalink: 'https://www.reddit.com/r/montreal/comments/2bgl77/comment/m0iiii9/',
    });
    expect(get('t1_m0gggg7')).toMatchObject({ text: 'Both are fine, fight me.', author: { name: '[deleted]' } });
    expect(get('t1_m0gggg7')?.author.handle).toBeUndefined();
    expect(get('t1_m0gggg7')?.author.url).toBeUndefined();
  });

  it("on a comment's own page the first comment shown answers another comment: a reply", () => {
    const url = 'https://www.reddit.com/r/montreal/comments/2bgl77/comment/m0cccc3/';
    const doc = loadHtml(
      `<shreddit-post id="t3_2bgl77" author="mile_end_mo" post-title="Fairmount or St-Viateur?"></shreddit-post>
       <shreddit-comment-tree><shreddit-comment thingid="t1_m0cccc3" author="jdoe_qc" depth="0" parentid="t1_m0aaaa1" postid="t3_2bgl77">
         <div slot="comment"><p>Fairmount is open all night though.</p></div></shreddit-comment></shreddit-comment-tree>`,
      url,
    );
    expect(readAll(redditAdapter, doc).find((i) => i.nativeId === 't1_m0cccc3')).toMatchObject({ kind: 'reply', parentId: 't1_m0aaaa1', depth: 1 });
  });

  it('a post page whose shreddit-post has no id: the post is read, its id from the permalink', () => {
    const doc = loadHtml(
      `<shreddit-post author="mile_end_mo" post-title="Fairmount or St-Viateur?" permalink="/r/montreal/comments/2bgl77/fairmount_or_stviateur/"></shreddit-post>
       <shreddit-comment thingid="t1_m0aaaa1" author="plateau_pat" depth="0"><div slot="comment">Sesame.</div></shreddit-comment>`,
      URL_,
    );
    const items = readAll(redditAdapter, doc);
    expect(items[0]).toMatchObject({ kind: 'post', nativeId: 't3_2bgl77' });
    expect(items[1]).toMatchObject({ kind: 'comment', parentId: 't3_2bgl77' });
  });

  it('a promoted shreddit-post in a feed is not read as a post', () => {
    const doc = loadHtml(
      `<shreddit-post id="t3_aaa111" author="a" post-title="Real" permalink="/r/x/comments/aaa111/real/"></shreddit-post>
       <shreddit-post id="t3_bbb222" author="ads" post-title="Ad" is-promoted="true" permalink="/r/x/comments/bbb222/ad/"></shreddit-post>`,
      'https://www.reddit.com/r/x/',
    );
    expect(readAll(redditAdapter, doc).map((i) => i.nativeId)).toEqual(['t3_aaa111']);
  });
});

describe('old.reddit and redesign: facts of real pages', () => {
  it('old.reddit: a promoted link in a listing is not a post; a post without <time> keeps its date from data-timestamp', () => {
    const doc = loadHtml(
      `<div id="siteTable">
        <div class=" thing id-t3_ccc333 link " data-fullname="t3_ccc333" data-type="link" data-author="alice" data-timestamp="1524346111000" data-promoted="false" data-permalink="/r/x/comments/ccc333/t/"><div class="entry"><a class="title" href="/r/x/comments/ccc333/t/">Real post</a></div></div>
        <div class=" thing id-t3_ddd444 odd link promotedlink promoted " data-fullname="t3_ddd444" data-type="link" data-author="brand_ads" data-promoted="true" data-permalink="/r/x/comments/ddd444/ad/"><div class="entry"><a class="title" href="https://ads.example/">Buy</a></div></div>
      </div>`,
      'https://old.reddit.com/r/x/',
    );
    const items = readAll(redditAdapter, doc);
    expect(items.map((i) => i.nativeId)).toEqual(['t3_ccc333']);
    expect(items[0].postedAt).toBe('2018-04-21T21:28:31.000Z');
  });

  it('2019 redesign (real page): a reply names the comment it answers', () => {
    const doc = loadPage(ownFixture('reddit/postlight-redesign-showerthoughts-comments.html'), 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/vanilla_becoming_the_default_flavour/');
    const items = readAll(redditAdapter, doc);
    expect(items.find((i) => i.nativeId === 't1_ehq4og3')?.parentId).toBe('t1_ehq47gs');
    expect(items.filter((i) => i.kind === 'reply').every((i) => i.parentId?.startsWith('t1_'))).toBe(true);
  });
});

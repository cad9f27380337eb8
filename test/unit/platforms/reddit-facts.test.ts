// @vitest-environment jsdom
/** Facts of PLATFORM-SELECTORS.md (Reddit) and TEXT-INSERTION.md (its reply boxes) that other tests leave unproven. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redditAdapter } from '../../../lib/platforms/reddit';
import { hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { renameElements } from './mutate';

const OLD_2018 = 'reddit/blogskipper-old-reddit-aww-2018.html';
const OLD_2018_URL = 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/';

describe.skipIf(!hasShared(OLD_2018))('old.reddit 2018 r/aww, logged out (not run without ../shared/fixtures/platforms)', () => {
  it('each comment’s reply target is the "reply" link of its own .flat-list.buttons, not a child’s', () => {
    const doc = loadPage(sharedFixture(OLD_2018), OLD_2018_URL);
    const top = doc.querySelector('[data-fullname="t1_dxr0evr"]')!;
    const target = redditAdapter.replyTarget(top)!;
    expect(target.textContent).toBe('reply');
    expect(target.closest('.thing')).toBe(top);
    const child = doc.querySelector('[data-fullname="t1_dxr2q90"]')!;
    expect(redditAdapter.replyTarget(child)?.closest('.thing')).toBe(child);
  });

  it('no reply box: the page’s only textarea asks the reader to sign up, and is not taken for one', () => {
    const doc = loadPage(sharedFixture(OLD_2018), OLD_2018_URL);
    expect(doc.querySelectorAll('textarea')).toHaveLength(1);
    expect(redditAdapter.findComposer(doc)).toBeNull();
  });
});

describe('old.reddit, signed in, a reply box open under a comment (look-alike)', () => {
  // Written from TBX comment.js:96,129 and tbcore.js:984 (toolbox-team/reddit-moderator-toolbox): a comment is
  // .thing.comment[data-fullname], its body .entry .md, its reply link in .flat-list.buttons, the box
  // `.usertext-edit textarea`; the form reddit's reply() adds into the comment's .child (r2 usertext.html).
  const html = `<html lang="en"><body><div class="commentarea"><div class="sitetable nestedlisting">
    <div class=" thing id-t1_k7aaaa1 comment " data-fullname="t1_k7aaaa1" data-type="comment" data-author="marie_t" data-permalink="/r/montreal/comments/1abc23/best_coffee/k7aaaa1/">
      <div class="midcol unvoted"></div>
      <div class="entry unvoted">
        <p class="tagline"><a href="https://old.reddit.com/user/marie_t" class="author">marie_t</a> <time datetime="2026-03-02T15:00:00+00:00">3 hours ago</time></p>
        <form class="usertext"><div class="usertext-body"><div class="md"><p>Café Soleil, sans hésiter.</p></div></div></form>
        <ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/montreal/comments/1abc23/best_coffee/k7aaaa1/" class="bylink">permalink</a></li>
          <li class="reply-button"><a class="access-required" href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">reply</a></li></ul>
      </div>
      <div class="child"><form class="usertext cloneable"><div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text"></textarea></div>
        <div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save">save</button></div></div></div></form></div>
    </div></div></div></body></html>`;

  it('the box is found from the page and from the comment it answers, and is a textarea', () => {
    const doc = loadHtml(html, 'https://old.reddit.com/r/montreal/comments/1abc23/best_coffee/');
    const comment = redditAdapter.findItems(doc).find((el) => el.getAttribute('data-fullname') === 't1_k7aaaa1')!;
    const composer = redditAdapter.findComposer(comment)!;
    expect(composer.getAttribute('name')).toBe('text');
    expect(redditAdapter.findComposer(doc)).toBe(composer);
    expect(redditAdapter.composerKind(composer)).toBe('textarea');
    expect(redditAdapter.replyTarget(comment)?.textContent).toBe('reply');
    expect(readAll(redditAdapter, doc)).toEqual([
      {
        platform: 'reddit',
        nativeId: 't1_k7aaaa1',
        kind: 'comment',
        author: { name: 'marie_t', handle: 'marie_t', url: 'https://old.reddit.com/user/marie_t' },
        text: 'Café Soleil, sans hésiter.',
        postedAt: '2026-03-02T15:00:00.000Z',
        permalink: 'https://old.reddit.com/r/montreal/comments/1abc23/best_coffee/k7aaaa1/',
        parentId: 't3_1abc23',
        depth: 1,
        likedByMe: false,
        repliedByBrand: false,
      },
    ]);
  });
});

describe('shreddit: action rows and the comment tree', () => {
  const URL_ = 'https://www.reddit.com/r/montreal/comments/1abc23/best_coffee_roaster_in_montreal/';

  it('the reply target is the comment’s own action row; a reply without one has none (not its parent’s)', () => {
    const doc = loadPage(ownFixture('reddit/shreddit-lookalike.html'), URL_);
    const comment = doc.querySelector('shreddit-comment[thingid="t1_k1aaaa1"]')!;
    expect(redditAdapter.replyTarget(comment)?.parentElement).toBe(comment);
    expect(redditAdapter.replyTarget(comment)?.localName).toBe('shreddit-comment-action-row');
    expect(redditAdapter.replyTarget(doc.querySelector('shreddit-comment[thingid="t1_k1bbbb2"]')!)).toBeNull();
  });

  it('comments renamed, their tree kept: nothing read under the post, and the tree is reported', () => {
    const doc = loadPage(ownFixture('reddit/shreddit-lookalike.html'), URL_);
    renameElements(doc, 'shreddit-comment', 'shreddit-comment-v3');
    expect(kinds(readAll(redditAdapter, doc))).toEqual({ post: 1 });
    expect(redditAdapter.health(doc, new URL(URL_)).problems).toEqual(['Reddit: comments are visible under the post but none was detected']);
  });
});

describe('2019 redesign (real page): what comment_timestamp and the flat thread say', () => {
  const URL_ = 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/vanilla_becoming_the_default_flavour/';
  const NOW = Date.UTC(2023, 2, 1, 12, 0, 0);
  const page = () => loadPage(ownFixture('reddit/postlight-redesign-showerthoughts-comments.html'), URL_);
  afterEach(() => vi.useRealTimers());

  it('the post and every comment are dated from the age they show ("4 yr. ago", "4 years ago"): the latest time it allows', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const items = readAll(redditAdapter, page());
    const fourYears = new Date(NOW - 4 * 365 * 86_400_000).toISOString();
    expect(items).toHaveLength(174);
    expect(items.every((i) => i.postedAt === fourYears)).toBe(true);
  });

  it('a comment is replied by the brand when one of its answers (the next level down, under it) is the brand’s', () => {
    const byId = (brand: string) => new Map(readAll(redditAdapter, page(), { brandHandles: [brand] }).map((i) => [i.nativeId, i.repliedByBrand]));
    // The post's author answered Infinity_LTFS's comment (t1_ehq5spf under t1_ehq5qm0), not LorenzoPg's.
    const op = byId('u/benyacobi');
    expect(op.get('t1_ehq5qm0')).toBe(true);
    expect(op.get('t1_ehq47gs')).toBe(false);
    expect(op.get('t3_awx46q')).toBe(false);
    expect([...op.values()].filter(Boolean)).toHaveLength(2);
    // LorenzoPg wrote a top-level comment: the post is answered, no comment is.
    const lorenzo = byId('LorenzoPg');
    expect(lorenzo.get('t3_awx46q')).toBe(true);
    expect([...lorenzo.values()].filter(Boolean)).toHaveLength(1);
    // Without the brand's handles nothing is answered.
    expect(readAll(redditAdapter, page()).some((i) => i.repliedByBrand)).toBe(false);
  });
});

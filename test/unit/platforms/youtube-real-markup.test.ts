// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { handleFromHref, youtubeAdapter } from '../../../lib/platforms/youtube';
import { hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';

const SUB_THREADS = ownFixture('youtube/sub-thread-lookalike.html');
const URL_SUB = 'https://www.youtube.com/watch?v=Qc9Tor102bb';
const SHORTS = ownFixture('youtube/shorts-lookalike.html');
const URL_SHORT = 'https://www.youtube.com/shorts/ShLatte0001';

describe('YouTube threaded replies (December 2025-: each reply is a nested ytd-comment-thread-renderer)', () => {
  const read = () => {
    const doc = loadPage(SUB_THREADS, URL_SUB);
    const items = readAll(youtubeAdapter, doc, { brandHandles: ['@cafesoleil'] });
    // The first copy of an id is the one in its own thread (a stray copy comes later, see below).
    const byId = new Map<string, (typeof items)[number]>();
    for (const i of items) if (!byId.has(i.nativeId)) byId.set(i.nativeId, i);
    return { doc, items, byId };
  };

  it('a reply to a reply is one level deeper and answers the reply, not the thread', () => {
    const { byId } = read();
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg')).toMatchObject({ kind: 'comment', depth: 1, parentId: 'Qc9Tor102bb' });
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg.AReplySam001')).toMatchObject({ kind: 'reply', depth: 2, parentId: 'UgwRoot1aaaaaaaaaaaa4AaABAg' });
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg.AReplyBrand02')).toMatchObject({
      kind: 'reply',
      depth: 3,
      parentId: 'UgwRoot1aaaaaaaaaaaa4AaABAg.AReplySam001',
      author: { handle: 'cafesoleil' },
      text: 'Oui, 4 minutes au bac.',
    });
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg.AReplyYuki03')).toMatchObject({ depth: 2, parentId: 'UgwRoot1aaaaaaaaaaaa4AaABAg' });
  });

  it('the brand answering a reply marks that reply, and the thread it is in', () => {
    const { byId } = read();
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg.AReplySam001')?.repliedByBrand).toBe(true);
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg')?.repliedByBrand).toBe(true);
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg.AReplyYuki03')?.repliedByBrand).toBe(false);
    expect(byId.get('UgxRoot2bbbbbbbbbbbb4AaABAg')?.repliedByBrand).toBe(false);
  });

  it('a hidden stray copy of a reply in another thread keeps the parent its id names', () => {
    const { items, doc } = read();
    const copies = items.filter((i) => i.nativeId === 'UgwRoot1aaaaaaaaaaaa4AaABAg.AReplySam001');
    expect(copies).toHaveLength(2);
    for (const copy of copies) expect(copy).toMatchObject({ kind: 'reply', depth: 2, parentId: 'UgwRoot1aaaaaaaaaaaa4AaABAg' });
    expect(kinds(items)).toEqual({ post: 1, comment: 2, reply: 4 });
    expect(youtubeAdapter.health(doc, new URL(URL_SUB)).ok).toBe(true);
  });

  it('handles in any script are decoded from the percent-encoded /@ address', () => {
    const { byId } = read();
    expect(byId.get('UgwRoot1aaaaaaaaaaaa4AaABAg.AReplyYuki03')?.author).toMatchObject({ name: '@ゆき', handle: 'ゆき' });
    expect(byId.get('UgxRoot2bbbbbbbbbbbb4AaABAg')?.author.handle).toBe('อนุรักษ์');
    expect(handleFromHref('https://www.youtube.com/@ab%C2%B7cd/videos')).toBe('ab·cd');
    expect(handleFromHref('/@bad%E0%A4')).toBe('bad%E0%A4');
    expect(handleFromHref('/channel/UC123')).toBeUndefined();
  });
});

describe('YouTube Shorts page', () => {
  it('the Short on screen is the post, its comments answer it', () => {
    const doc = loadPage(SHORTS, URL_SHORT);
    const items = readAll(youtubeAdapter, doc);
    expect(kinds(items)).toEqual({ post: 1, comment: 2 });
    expect(items[0]).toMatchObject({ kind: 'post', nativeId: 'ShLatte0001', text: 'Latte art in 30 seconds', author: { name: '@cafesoleil', handle: 'cafesoleil' } });
    for (const c of items.filter((i) => i.kind === 'comment')) expect(c.parentId).toBe('ShLatte0001');
    expect(youtubeAdapter.health(doc, new URL(URL_SHORT)).ok).toBe(true);
  });

  it("the Short's likedByMe is its own action bar's like toggle, past its comments panel, never a comment's", () => {
    const read = (doc: Document) => readAll(youtubeAdapter, doc);
    const likes = (items: ReturnType<typeof read>) => items.map((i) => [i.kind, i.likedByMe]);
    const doc = loadPage(SHORTS, URL_SHORT);
    // On screen: the Short liked, @jo.rivers's comment liked, @mika_t's not (the preloaded Short's toggle is not read).
    expect(likes(read(doc))).toEqual([['post', true], ['comment', true], ['comment', false]]);
    const [active] = Array.from(doc.querySelectorAll('ytd-reel-video-renderer[is-active] like-button-view-model button'));
    active.setAttribute('aria-pressed', 'false');
    expect(likes(read(doc))).toEqual([['post', false], ['comment', true], ['comment', false]]);
    active.removeAttribute('aria-pressed');
    expect(likes(read(doc))).toEqual([['post', undefined], ['comment', true], ['comment', false]]);
    // Every comment liked, the Short's toggle gone: still unknown for the Short.
    for (const t of doc.querySelectorAll('[id="like-button"] button')) t.setAttribute('aria-pressed', 'true');
    active.closest('reel-action-bar-view-model')!.remove();
    expect(likes(read(doc))).toEqual([['post', undefined], ['comment', true], ['comment', true]]);
  });

  it('older Shorts (ytd-like-button-renderer: #like-button / #dislike-button toggles, tp-yt-paper-button[aria-pressed])', () => {
    // Shape from Anarios/return-youtube-dislike: Shorts buttons "#like-button > ytd-like-button-renderer", the like and
    // dislike toggles its children, their state on "tp-yt-paper-button#button" (aria-pressed) whose grandparent is
    // #like-button or #dislike-button (state.js, shortsToggleButton). The overlay around it is assumed.
    const page = (like: string, dislike: string) =>
      loadHtml(
        `<html lang="en"><body><ytd-shorts><ytd-reel-video-renderer is-active>
        <ytd-reel-player-overlay-renderer><yt-shorts-video-title-view-model><h2><span>Latte art</span></h2></yt-shorts-video-title-view-model>
          <ytd-reel-player-header-renderer><ytd-channel-name><a href="/@cafesoleil">Café Soleil</a></ytd-channel-name></ytd-reel-player-header-renderer>
          <div id="actions"><div id="like-button"><ytd-like-button-renderer>
            <ytd-toggle-button-renderer id="like-button"><a><tp-yt-paper-button id="button" aria-pressed="${like}"></tp-yt-paper-button></a></ytd-toggle-button-renderer>
            <ytd-toggle-button-renderer id="dislike-button"><a><tp-yt-paper-button id="button" aria-pressed="${dislike}"></tp-yt-paper-button></a></ytd-toggle-button-renderer>
          </ytd-like-button-renderer></div></div></ytd-reel-player-overlay-renderer>
        </ytd-reel-video-renderer></ytd-shorts></body></html>`,
        URL_SHORT,
      );
    const liked = (doc: Document) => readAll(youtubeAdapter, doc).find((i) => i.kind === 'post')?.likedByMe;
    expect(liked(page('true', 'false'))).toBe(true);
    expect(liked(page('false', 'true'))).toBe(false);
  });

  it("the Short's like toggle is looked for beside its comments panel, not through it (a query there visits every comment)", () => {
    const doc = loadPage(SHORTS, URL_SHORT);
    const reel = doc.querySelector('ytd-reel-video-renderer[is-active]')!;
    const panel = reel.querySelector('[id="watch-while-engagement-panel"]')!;
    const queried = vi.spyOn(panel, 'querySelector');
    expect(youtubeAdapter.readItem(reel)?.likedByMe).toBe(true);
    expect(queried).not.toHaveBeenCalled();
    // The panel straight in the reel, without its wrapper: skipped alike.
    const inner = panel.firstElementChild!;
    panel.replaceWith(inner);
    const innerQueried = vi.spyOn(inner, 'querySelector');
    expect(youtubeAdapter.readItem(reel)?.likedByMe).toBe(true);
    expect(innerQueried).not.toHaveBeenCalled();
  });

  it('a comment names the video of its own permalink, not the page address', () => {
    // Shorts preload neighbours and keep a panel open while the address moves on.
    const doc = loadPage(SHORTS, 'https://www.youtube.com/shorts/NextShort01');
    const comment = readAll(youtubeAdapter, doc).find((i) => i.kind === 'comment');
    expect(comment?.parentId).toBe('ShLatte0001');
  });
});

describe.skipIf(!hasShared('youtube/trex-watch-f7631ac0-2022-03.html'))('YouTube video owner on the shared real pages', () => {
  it('2022: the owner is named from ytd-channel-name, not the empty avatar link before it', () => {
    const doc = loadPage(sharedFixture('youtube/trex-watch-f7631ac0-2022-03.html'), 'https://www.youtube.com/watch?v=wOWhfNB_r-0');
    const post = readAll(youtubeAdapter, doc).find((i) => i.kind === 'post');
    expect(post?.author).toMatchObject({ name: 'NetworkChuck', url: 'https://www.youtube.com/channel/UC9x0AN7BWHpCDHSm9NiJFJQ' });
  });

  it('2022: the video is dated from its info strings ("6 août 2021")', () => {
    const doc = loadPage(sharedFixture('youtube/trex-watch-f7631ac0-2022-03.html'), 'https://www.youtube.com/watch?v=wOWhfNB_r-0');
    expect(readAll(youtubeAdapter, doc).find((i) => i.kind === 'post')?.postedAt).toBe('2021-08-06T12:00:00.000Z');
  });

  it('2018: the owner is named from #owner-name', () => {
    const doc = loadPage(sharedFixture('youtube/blogskipper-watch-20threads-2018.html'), 'https://www.youtube.com/watch?v=gOsERJzMhLc');
    const post = readAll(youtubeAdapter, doc).find((i) => i.kind === 'post');
    expect(post?.author.name).toBe('MobileTechReview');
  });
});

describe.skipIf(!hasShared('youtube/trex-watch-f7631ac0-2022-03.html'))('YouTube comment ages on the shared real pages', () => {
  const now = Date.UTC(2026, 10, 27, 15, 0, 0);
  const DAY = 86_400_000;
  const ages = (file: string, url: string) => {
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const comments = readAll(youtubeAdapter, loadPage(sharedFixture(file), url)).filter((i) => i.kind !== 'post');
      const days = new Map<number | undefined, number>();
      for (const c of comments) {
        const d = c.postedAt ? (now - Date.parse(c.postedAt)) / DAY : undefined;
        days.set(d, (days.get(d) ?? 0) + 1);
      }
      return days;
    } finally {
      vi.useRealTimers();
    }
  };

  it('2022, in French: "il y a 7 mois" and "il y a 7 mois (modifié)" alike, every comment dated', () => {
    const days = ages('youtube/trex-watch-f7631ac0-2022-03.html', 'https://www.youtube.com/watch?v=wOWhfNB_r-0');
    expect(days.get(undefined)).toBeUndefined();
    // Each comment id once in the file: 16 + 2 (modifié) at 7 months, one at 6, one at 2.
    expect(days.get(7 * 30)).toBe(18);
    expect(days.get(6 * 30)).toBe(1);
    expect(days.get(2 * 30)).toBe(1);
  });

  it('2018, in English: "1 week ago" and "1 week ago (edited)", every comment dated', () => {
    const days = ages('youtube/blogskipper-watch-20threads-2018.html', 'https://www.youtube.com/watch?v=gOsERJzMhLc');
    expect([...days.keys()]).toEqual([7]);
  });
});

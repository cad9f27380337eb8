// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { youtubeAdapter } from '../../../lib/platforms/youtube';
import { hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { renameElements } from './mutate';

const LOOKALIKE = ownFixture('youtube/comment-view-model-lookalike.html');
const URL_VM = 'https://www.youtube.com/watch?v=Qc9Tor101aa';

describe('YouTube video date (ytd-watch-info-text, 2023-)', () => {
  const page = (info: string) =>
    loadHtml(
      `<html lang="fr"><body><ytd-watch-metadata><h1><yt-formatted-string>Torréfaction 101</yt-formatted-string></h1>
      <ytd-video-owner-renderer><ytd-channel-name><a href="/@cafesoleil">Café Soleil</a></ytd-channel-name></ytd-video-owner-renderer>
      <ytd-watch-info-text><yt-formatted-string id="info">${info}</yt-formatted-string></ytd-watch-info-text></ytd-watch-metadata></body></html>`,
      URL_VM,
    );
  const video = (doc: Document) => readAll(youtubeAdapter, doc).find((i) => i.kind === 'post');

  it('an age beside the view count ("il y a 2 jours"), against the clock', () => {
    const now = Date.UTC(2026, 10, 27, 15, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      expect(video(page('<span dir="auto">1,2 k vues</span><span dir="auto">  </span><span dir="auto">il y a 2 jours</span>'))?.postedAt).toBe(new Date(now - 2 * 86_400_000).toISOString());
    } finally {
      vi.useRealTimers();
    }
  });

  it('a date once older ("6 août 2021"); none when the line shows neither', () => {
    expect(video(page('<span dir="auto">12 k vues</span><span dir="auto">6 août 2021</span>'))?.postedAt).toBe('2021-08-06T12:00:00.000Z');
    expect(video(page('<span dir="auto">12 k vues</span>'))?.postedAt).toBeUndefined();
  });
});

describe('YouTube on the ytd-comment-view-model look-alike (2024- markup)', () => {
  it('dates each comment from the age its timestamp link shows ("il y a 2 jours", "3 days ago"), against the clock', () => {
    const now = Date.UTC(2026, 10, 27, 15, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const items = readAll(youtubeAdapter, loadPage(LOOKALIKE, URL_VM), { brandHandles: ['@cafesoleil'] });
      const postedAt = (id: string) => items.find((i) => i.nativeId === id)?.postedAt;
      const hours = (h: number) => new Date(now - h * 3_600_000).toISOString();
      expect(postedAt('UgzFr1aaaaaaaaaaaaa4AaABAg')).toBe(hours(48));
      expect(postedAt('UgzFr1aaaaaaaaaaaaa4AaABAg.A1bRandReply01')).toBe(hours(24));
      expect(postedAt('UgzFr1aaaaaaaaaaaaa4AaABAg.A1bJdoeReply2')).toBe(hours(20));
      expect(postedAt('UgxEn2bbbbbbbbbbbbb4AaABAg')).toBe(hours(72));
      expect(postedAt('Qc9Tor101aa')).toBeUndefined(); // the video: its date is not on the page
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds the video, 4 comments and 3 replies with their fields', () => {
    const doc = loadPage(LOOKALIKE, URL_VM);
    const items = readAll(youtubeAdapter, doc, { brandHandles: ['@cafesoleil'] });
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 3 });
    const byId = new Map(items.map((i) => [i.nativeId, i]));
    expect(byId.get('Qc9Tor101aa')).toMatchObject({ kind: 'post', text: 'Torréfaction 101 : du grain à la tasse', author: { name: 'Café Soleil', handle: 'cafesoleil' } });
    expect(byId.get('UgzFr1aaaaaaaaaaaaa4AaABAg')).toMatchObject({
      kind: 'comment',
      author: { name: '@marie-tremblay', handle: 'marie-tremblay', url: 'https://www.youtube.com/@marie-tremblay' },
      text: 'Super vidéo! Est-ce que vous livrez à Sherbrooke? ☕',
      permalink: 'https://www.youtube.com/watch?v=Qc9Tor101aa&lc=UgzFr1aaaaaaaaaaaaa4AaABAg',
      parentId: 'Qc9Tor101aa',
      likedByMe: true,
      repliedByBrand: true,
    });
    expect(byId.get('UgzFr1aaaaaaaaaaaaa4AaABAg.A1bRandReply01')).toMatchObject({
      kind: 'reply',
      author: { name: '@cafesoleil', handle: 'cafesoleil' },
      parentId: 'UgzFr1aaaaaaaaaaaaa4AaABAg',
      depth: 2,
      likedByMe: false,
    });
    expect(byId.get('UgxEn2bbbbbbbbbbbbb4AaABAg')).toMatchObject({ repliedByBrand: false, likedByMe: false });
    expect(byId.get('UgxEn2bbbbbbbbbbbbb4AaABAg.A1bLeeReply003')?.parentId).toBe('UgxEn2bbbbbbbbbbbbb4AaABAg');
    expect(youtubeAdapter.health(doc, new URL(URL_VM)).ok).toBe(true);
  });

  it("the video's likedByMe is its own like toggle's aria-pressed (like-button-view-model, 2023-2026), never a comment's", () => {
    const read = (doc: Document) => readAll(youtubeAdapter, doc);
    const likes = (items: ReturnType<typeof read>) => items.filter((i) => i.kind !== 'post').map((i) => [i.nativeId, i.likedByMe]);
    const base = read(loadPage(LOOKALIKE, URL_VM));
    // Marie's comment is liked (its #like-button pressed): the video is not.
    expect(base.find((i) => i.nativeId === 'UgzFr1aaaaaaaaaaaaa4AaABAg')?.likedByMe).toBe(true);
    expect(base.find((i) => i.kind === 'post')?.likedByMe).toBe(false);
    // The video liked: true, and no comment's state changes.
    const liked = loadPage(LOOKALIKE, URL_VM);
    liked.querySelector('like-button-view-model button')!.setAttribute('aria-pressed', 'true');
    const likedItems = read(liked);
    expect(likedItems.find((i) => i.kind === 'post')?.likedByMe).toBe(true);
    expect(likes(likedItems)).toEqual(likes(base));
    // Disliked: the like toggle says not liked.
    const disliked = loadPage(LOOKALIKE, URL_VM);
    disliked.querySelector('dislike-button-view-model button')!.setAttribute('aria-pressed', 'true');
    expect(read(disliked).find((i) => i.kind === 'post')?.likedByMe).toBe(false);
    // No state on the toggle, or no toggle (logged out, another layout): unknown, not false.
    const stateless = loadPage(LOOKALIKE, URL_VM);
    stateless.querySelector('like-button-view-model button')!.removeAttribute('aria-pressed');
    expect(read(stateless).find((i) => i.kind === 'post')?.likedByMe).toBeUndefined();
    const none = loadPage(LOOKALIKE, URL_VM);
    none.querySelector('segmented-like-dislike-button-view-model')!.remove();
    expect(read(none).find((i) => i.kind === 'post')?.likedByMe).toBeUndefined();
  });

  it('2022-2023 segmented renderer (#segmented-like-button … button[aria-pressed]): the like half, not the dislike', () => {
    // Shape from plurid/destream (youtube.ts: "#segmented-like-button button", aria-pressed) and
    // Anarios/return-youtube-dislike (ytd-segmented-like-dislike-button-renderer, #segmented-like-button / #segmented-dislike-button).
    const page = (like: string, dislike: string) =>
      loadHtml(
        `<html lang="en"><body><ytd-watch-metadata><h1><yt-formatted-string>Roasting 101</yt-formatted-string></h1>
        <ytd-video-owner-renderer><ytd-channel-name><a href="/@cafesoleil">Café Soleil</a></ytd-channel-name></ytd-video-owner-renderer>
        <div id="actions"><ytd-menu-renderer><div id="top-level-buttons-computed"><ytd-segmented-like-dislike-button-renderer>
          <div id="segmented-like-button"><ytd-toggle-button-renderer><yt-button-shape><button aria-pressed="${like}"></button></yt-button-shape></ytd-toggle-button-renderer></div>
          <div id="segmented-dislike-button"><ytd-toggle-button-renderer><yt-button-shape><button aria-pressed="${dislike}"></button></yt-button-shape></ytd-toggle-button-renderer></div>
        </ytd-segmented-like-dislike-button-renderer></div></ytd-menu-renderer></div></ytd-watch-metadata></body></html>`,
        URL_VM,
      );
    const liked = (doc: Document) => readAll(youtubeAdapter, doc).find((i) => i.kind === 'post')?.likedByMe;
    expect(liked(page('true', 'false'))).toBe(true);
    expect(liked(page('false', 'true'))).toBe(false);
  });

  it('reply target, anchor and the comment box', () => {
    const doc = loadPage(LOOKALIKE, URL_VM);
    const [, first] = youtubeAdapter.findItems(doc);
    expect(youtubeAdapter.replyTarget(first)?.textContent).toBe('Répondre');
    expect(youtubeAdapter.anchor(first)?.id).toBe('header-author');
    expect(youtubeAdapter.findComposer(doc)?.id).toBe('placeholder-area');
  });

  it('renamed comment elements: nothing found, the miss reported, nothing thrown', () => {
    const doc = loadPage(LOOKALIKE, URL_VM);
    renameElements(doc, 'ytd-comment-view-model', 'ytd-comment-view-model-v3');
    const items = readAll(youtubeAdapter, doc);
    expect(kinds(items)).toEqual({ post: 1 });
    const health = youtubeAdapter.health(doc, new URL(URL_VM));
    expect(health.ok).toBe(false);
    expect(health.problems.join(' ')).toMatch(/comments are visible under the video but none was detected/);
  });
});

describe.skipIf(!hasShared('youtube/blogskipper-watch-20threads-2018.html'))(
  'YouTube on the shared 2018 and 2022 watch pages (not run without ../shared/fixtures/platforms)',
  () => {
    it('2018: 20 comments and 15 expanded replies', () => {
      const url = 'https://www.youtube.com/watch?v=gOsERJzMhLc';
      const doc = loadPage(sharedFixture('youtube/blogskipper-watch-20threads-2018.html'), url);
      const items = readAll(youtubeAdapter, doc);
      expect(kinds(items)).toEqual({ post: 1, comment: 20, reply: 15 });
      const reply = items.find((i) => i.nativeId === 'Ugzrp0E4ewPKweJx_PJ4AaABAg.8eqAcPCSWNh8eqBVcr3WVB')!;
      expect(reply).toMatchObject({ kind: 'reply', parentId: 'Ugzrp0E4ewPKweJx_PJ4AaABAg', author: { name: 'sdushdiu', url: 'https://www.youtube.com/user/sdushdiu' }, text: 'and dim.....' });
      expect(items.find((i) => i.kind === 'post')?.text).toBe('Lenovo ThinkPad X1 Carbon, T480 and T480s: Which to Buy?');
      expect(youtubeAdapter.health(doc, new URL(url)).ok).toBe(true);
    });

    it('2022 (French UI): 20 comments, the owner’s pinned comment named from its badge', () => {
      const url = 'https://www.youtube.com/watch?v=wOWhfNB_r-0';
      const doc = loadPage(sharedFixture('youtube/trex-watch-f7631ac0-2022-03.html'), url);
      const items = readAll(youtubeAdapter, doc);
      expect(kinds(items)).toEqual({ post: 1, comment: 20 });
      const pinned = items.find((i) => i.nativeId === 'UgxNrxaB9bvVUbOXFp54AaABAg')!;
      expect(pinned.author.name).toBe('NetworkChuck');
      expect(pinned.text).toMatch(/^Start learning to hack RIGHT NOW: https:\/\/ntck\.co\/3ytx6gU \(Hack the Box Academy\)/);
      expect(items.find((i) => i.nativeId === 'UgxdLn1HD3OYno4cV9d4AaABAg')).toMatchObject({ author: { name: 'Alex' }, text: 'Your enthusiasm makes learning so much easier! Thanks.' });
    });

    it.each([
      ['2018 (#top-level-buttons, aria-pressed on yt-icon-button)', 'youtube/blogskipper-watch-20threads-2018.html', 'https://www.youtube.com/watch?v=gOsERJzMhLc', 'ytd-video-primary-info-renderer'],
      ['2022 (#top-level-buttons-computed, aria-pressed on button)', 'youtube/trex-watch-f7631ac0-2022-03.html', 'https://www.youtube.com/watch?v=wOWhfNB_r-0', 'ytd-watch-metadata'],
    ])("%s: the video's like toggle says not liked; pressing a comment's like leaves it so, pressing the video's changes no comment", (_, file, url, block) => {
      const post = (items: ReturnType<typeof readAll>) => items.find((i) => i.kind === 'post')!;
      const commentLikes = (items: ReturnType<typeof readAll>) => items.filter((i) => i.kind !== 'post').map((i) => i.likedByMe);
      const doc = loadPage(sharedFixture(file), url);
      const base = readAll(youtubeAdapter, doc);
      expect(post(base).likedByMe).toBe(false);
      expect(commentLikes(base).every((l) => l === false)).toBe(true);
      // The video's like pressed (the first toggle of its own menu, the dislike after it): liked, no comment changes.
      const toggles = doc.querySelectorAll(`${block} ytd-menu-renderer > [id^="top-level-buttons"] > ytd-toggle-button-renderer [aria-pressed]`);
      expect(toggles).toHaveLength(2);
      toggles[0].setAttribute('aria-pressed', 'true');
      const videoLiked = readAll(youtubeAdapter, doc);
      expect(post(videoLiked).likedByMe).toBe(true);
      expect(commentLikes(videoLiked)).toEqual(commentLikes(base));
      // Disliked instead, and every comment's like pressed: the video is still not liked.
      toggles[0].setAttribute('aria-pressed', 'false');
      toggles[1].setAttribute('aria-pressed', 'true');
      for (const t of doc.querySelectorAll('ytd-comment-renderer [id="like-button"] [aria-pressed]')) t.setAttribute('aria-pressed', 'true');
      const commentsLiked = readAll(youtubeAdapter, doc);
      expect(commentLikes(commentsLiked).every((l) => l === true)).toBe(true);
      expect(post(commentsLiked).likedByMe).toBe(false);
      // The like toggle without a state: unknown, the pressed dislike after it not taken for the like.
      toggles[0].removeAttribute('aria-pressed');
      expect(post(readAll(youtubeAdapter, doc)).likedByMe).toBeUndefined();
    });
  },
);

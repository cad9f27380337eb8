// @vitest-environment jsdom
/**
 * YouTube facts of ../shared/research/PLATFORM-SELECTORS.md and TEXT-INSERTION.md the fixtures did not prove: the
 * reply box once opened (#contenteditable-root, created only after #placeholder-area is clicked), authors whose link
 * is /channel/UC… rather than /@handle, and the notification popup rows (ytd-notification-renderer, an unverified
 * name: only what the adapter promises of it is tested).
 */
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../lib/platforms/youtube';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';

const LOOKALIKE = ownFixture('youtube/comment-view-model-lookalike.html');
const URL_VM = 'https://www.youtube.com/watch?v=Qc9Tor101aa';
const MARIE = 'UgzFr1aaaaaaaaaaaaa4AaABAg';

describe('YouTube reply box (ytd-comment-simplebox-renderer → #contenteditable-root)', () => {
  it('before the click only the placeholder is there; once opened, the contenteditable root is the box', () => {
    const doc = loadPage(LOOKALIKE, URL_VM);
    expect(youtubeAdapter.findComposer(doc)?.id).toBe('placeholder-area');
    // What YouTube creates after #placeholder-area is clicked (Kawyn/bots youtubeAutoComment.js): a contenteditable
    // #contenteditable-root and a #submit-button, inside the simplebox; the placeholder stays in the page.
    const simplebox = doc.querySelector('ytd-comment-simplebox-renderer')!;
    simplebox.insertAdjacentHTML(
      'beforeend',
      '<ytd-commentbox><div id="contenteditable-root" contenteditable="true" aria-label="Ajouter un commentaire…"></div><ytd-button-renderer id="submit-button"><button disabled>Ajouter un commentaire</button></ytd-button-renderer></ytd-commentbox>',
    );
    const box = youtubeAdapter.findComposer(doc)!;
    expect(box.id).toBe('contenteditable-root');
    expect(youtubeAdapter.composerKind(box)).toBe('contenteditable');
    // The comments themselves are unchanged by the box.
    expect(kinds(readAll(youtubeAdapter, doc))).toEqual({ post: 1, comment: 4, reply: 3 });
  });
});

describe('YouTube comment author without a handle (#author-text a[href="/channel/UC…"])', () => {
  it('name from the link, channel address kept, no handle invented', () => {
    const doc = loadPage(LOOKALIKE, URL_VM);
    const link = doc.querySelector(`a[href*="lc=${MARIE}"]`)!.closest('ytd-comment-view-model')!.querySelector('#author-text')!;
    link.setAttribute('href', '/channel/UC9x0AN7BWHpCDHSm9NiJFJQ');
    link.querySelector('span')!.textContent = 'Marie Tremblay';
    const marie = readAll(youtubeAdapter, doc).find((i) => i.nativeId === MARIE)!;
    expect(marie.author).toEqual({ name: 'Marie Tremblay', handle: undefined, url: 'https://www.youtube.com/channel/UC9x0AN7BWHpCDHSm9NiJFJQ' });
    expect(marie).toMatchObject({ kind: 'comment', depth: 1, parentId: 'Qc9Tor101aa' });
  });
});

describe('YouTube notification popup rows (ytd-notification-renderer in ytd-multi-page-menu-renderer)', () => {
  // The row's inner markup is not documented anywhere we read: a link to the comment (lc=) around the message.
  const row = (href: string, message: string) =>
    `<ytd-notification-renderer><a href="${href}"><yt-formatted-string class="message">${message}</yt-formatted-string></a></ytd-notification-renderer>`;
  const page = (lang: string, rows: string) =>
    loadHtml(`<html lang="${lang}"><body><ytd-app><ytd-popup-container><ytd-multi-page-menu-renderer>${rows}</ytd-multi-page-menu-renderer></ytd-popup-container></ytd-app></body></html>`, 'https://www.youtube.com/feed/notifications');

  it('a mention and a reply are read with the comment id of their link; an upload notice is not engagement', () => {
    const doc = page(
      'en',
      row('/watch?v=Qc9Tor101aa&lc=UgzMention000000000004AaABAg', '@marie-tremblay mentioned you: "@cafesoleil do you ship?"') +
        row('/watch?v=Qc9Tor101aa&lc=UgzFr1aaaaaaaaaaaaa4AaABAg.A1bReply00001', '@sam.baker replied to your comment: "Thanks!"') +
        row('/watch?v=Qc9Tor999zz', 'Café Soleil uploaded: Torréfaction 102'),
    );
    const items = readAll(youtubeAdapter, doc);
    expect(kinds(items)).toEqual({ mention: 1, reply: 1 });
    expect(items[0]).toMatchObject({
      kind: 'mention',
      nativeId: 'UgzMention000000000004AaABAg',
      text: '@marie-tremblay mentioned you: "@cafesoleil do you ship?"',
      permalink: 'https://www.youtube.com/watch?v=Qc9Tor101aa&lc=UgzMention000000000004AaABAg',
    });
    expect(items[1]).toMatchObject({ kind: 'reply', nativeId: 'UgzFr1aaaaaaaaaaaaa4AaABAg.A1bReply00001' });
    expect(youtubeAdapter.health(doc, new URL(doc.URL))).toMatchObject({ pageKind: 'notifications', ok: true });
  });

  it('French rows from French words; English words on a French page are not guessed', () => {
    const doc = page(
      'fr',
      row('/watch?v=Qc9Tor101aa&lc=UgzMention000000000004AaABAg', '@marie-tremblay vous a mentionné : « @cafesoleil vous livrez? »') +
        row('/watch?v=Qc9Tor101aa&lc=UgzMention000000000005AaABAg', '@sam.baker mentioned you: "hi"'),
    );
    expect(readAll(youtubeAdapter, doc).map((i) => `${i.kind}:${i.nativeId}`)).toEqual(['mention:UgzMention000000000004AaABAg']);
  });
});

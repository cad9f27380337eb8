// @vitest-environment jsdom
/** Facts of PLATFORM-SELECTORS.md (Mastodon) and TEXT-INSERTION.md (its compose box) that other tests leave unproven. */
import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../../lib/platforms/mastodon';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { translate } from './mutate';

const URL_ = 'https://social.example/@cafeboreal/113500000000000001';
const ctx = { brandHandles: ['cafeboreal@social.example'] };
const page = () => loadPage(ownFixture('mastodon/status-action-bars-4.x.lookalike.html'), URL_);

describe('Mastodon action bars: the focused post’s beside it, each answer’s inside it', () => {
  it('the post, a comment and the brand’s reply, each with its own favourite state', () => {
    const items = readAll(mastodonAdapter, page(), ctx);
    expect(kinds(items)).toEqual({ post: 1, comment: 1, reply: 1 });
    expect(items.map((i) => [i.nativeId, i.kind, i.likedByMe])).toEqual([
      ['113500000000000001', 'post', true],
      ['113500000000000002', 'comment', true],
      ['113500000000000003', 'reply', false],
    ]);
    expect(items[0]).toEqual({
      platform: 'mastodon',
      nativeId: '113500000000000001',
      kind: 'post',
      author: { name: 'Café Boréal', handle: 'cafeboreal@social.example', url: 'https://social.example/@cafeboreal' },
      text: 'Our maple latte is back.',
      postedAt: '2026-03-02T14:00:00.000Z',
      permalink: URL_,
      parentId: undefined,
      depth: undefined,
      likedByMe: true,
      repliedByBrand: false,
    });
    expect(items[1]).toMatchObject({ author: { handle: 'julie@piaille.example' }, parentId: '113500000000000001', depth: 1, repliedByBrand: true, postedAt: '2026-03-02T14:10:00.000Z' });
    expect(items[2]).toMatchObject({ author: { handle: 'cafeboreal@social.example' }, parentId: '113500000000000002', depth: 2 });
  });

  it('the reply target is the first button of the item’s own bar, the focused post’s too', () => {
    const doc = page();
    const [post, comment, reply] = mastodonAdapter.findItems(doc);
    expect(mastodonAdapter.replyTarget(post)?.getAttribute('title')).toBe('Reply');
    expect(mastodonAdapter.replyTarget(post)?.closest('.detailed-status__action-bar')).not.toBeNull();
    expect(mastodonAdapter.replyTarget(comment)?.closest('[data-id]')?.getAttribute('data-id')).toBe('113500000000000002');
    expect(mastodonAdapter.replyTarget(reply)?.closest('[data-id]')?.getAttribute('data-id')).toBe('113500000000000003');
  });

  it('in French the same states (read from the `active` class IconButton adds, not from the button’s words)', () => {
    const doc = page();
    translate(doc, 'fr', {});
    for (const b of doc.querySelectorAll('button[title]')) b.setAttribute('title', 'Ajouter aux favoris');
    expect(readAll(mastodonAdapter, doc, ctx).map((i) => i.likedByMe)).toEqual([true, true, false]);
  });

  it('a focused post whose action bar is not on the page is not liked and has no reply target', () => {
    const doc = page();
    doc.querySelector('.detailed-status__action-bar')!.remove();
    const post = mastodonAdapter.findItems(doc)[0];
    expect(mastodonAdapter.readItem(post, ctx)?.likedByMe).toBe(false);
    expect(mastodonAdapter.replyTarget(post)).toBeNull();
  });
});

describe('Mastodon compose box (autosuggest_textarea.jsx)', () => {
  it('the textarea is found and is a textarea composer (React-controlled: the form-element path)', () => {
    const composer = mastodonAdapter.findComposer(page())!;
    expect(composer.className).toBe('autosuggest-textarea__textarea');
    expect(mastodonAdapter.composerKind(composer)).toBe('textarea');
  });
});

describe('Mastodon’s coming status markup (components/status/status.tsx: article[data-id], CSS-module classes)', () => {
  it('is not read as statuses it does not know, and the miss is reported', () => {
    const article = (id: string, who: string, text: string) => `<article data-id="${id}" tabindex="0" class="_root_1x2y3 _variantThread_4z5w6" aria-label="${who}, ${text}">
      <div class="_header_7a8b9"><a href="/@${who}"><bdi>${who}</bdi> <span>@${who}</span></a><a href="/@${who}/${id}"><time datetime="2026-03-02T14:10:00.000Z">10m</time></a></div>
      <div class="_content_0c1d2"><p>${text}</p></div></article>`;
    const doc = loadHtml(
      `<html lang="en"><body class="app-body"><div id="mastodon" data-props="{}"><div class="columns-area"><div class="scrollable">
        ${article('113500000000000001', 'cafeboreal', 'Our maple latte is back.')}${article('113500000000000002', 'julie', 'Dairy-free?')}
      </div></div></div></body></html>`,
      URL_,
    );
    expect(readAll(mastodonAdapter, doc, ctx)).toEqual([]);
    expect(mastodonAdapter.health(doc, new URL(URL_), ctx).problems).toEqual([
      'Mastodon: the post was not detected',
      'Mastodon: replies are visible under the post but none was detected',
    ]);
  });
});

// @vitest-environment jsdom
/** Facts of PLATFORM-SELECTORS.md (Bluesky) and TEXT-INSERTION.md (its composer) that other tests leave unproven. */
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../lib/platforms/bluesky';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute, renameElements } from './mutate';

const NOTIFICATIONS = 'https://bsky.app/notifications';
const ctx = { brandHandles: ['cafeboreal.bsky.social'] };
const BRAND_POST = 'at://cafeboreal.bsky.social/app.bsky.feed.post/3mbrnd000001';

/** The look-alike with its link rows made <a> elements through the DOM (the parser cannot nest them). */
function notifications(url = NOTIFICATIONS): Document {
  const doc = loadPage(ownFixture('bluesky/notifications-2026.lookalike.html'), url);
  renameElements(doc, 'lookalike-a', 'a');
  return doc;
}

describe('Bluesky notifications: reply, mention and quote rows are the post itself; likes, reposts, follows one link', () => {
  it('with the brand’s handle: one reply, one mention, one quote, one repost; the like and the follow are not read', () => {
    const doc = notifications();
    const items = readAll(blueskyAdapter, doc, ctx);
    expect(kinds(items)).toEqual({ reply: 1, mention: 1, quote: 1, share: 1 });
    expect(blueskyAdapter.health(doc, new URL(NOTIFICATIONS), ctx)).toMatchObject({ ok: true, pageKind: 'notifications' });
  });

  it('a reply whose words say "liked your post" is still a reply: only the row’s own words are labels', () => {
    const reply = readAll(blueskyAdapter, notifications(), ctx).find((i) => i.author.handle === 'julie.bsky.social');
    expect(reply).toEqual({
      platform: 'bluesky',
      nativeId: 'at://julie.bsky.social/app.bsky.feed.post/3mrepl000001',
      kind: 'reply',
      author: { name: 'Julie Tremblay', handle: 'julie.bsky.social', url: 'https://bsky.app/profile/julie.bsky.social' },
      text: 'Everyone liked your post about the maple latte! Is it dairy-free?',
      postedAt: new Date(2026, 0, 27, 9, 5).toISOString(),
      permalink: 'https://bsky.app/profile/julie.bsky.social/post/3mrepl000001',
      parentId: undefined,
      depth: undefined,
      // Its like button says "Unlike (2 likes)".
      likedByMe: true,
      repliedByBrand: undefined,
    });
  });

  it('a mention names the brand in its text (the link reads "@handle", its address holds a DID)', () => {
    const mention = readAll(blueskyAdapter, notifications(), ctx).find((i) => i.kind === 'mention');
    expect(mention).toMatchObject({
      nativeId: 'at://marc.bsky.social/app.bsky.feed.post/3mment000001',
      author: { name: 'Marc', handle: 'marc.bsky.social' },
      text: 'Best latte in Montréal: @cafeboreal.bsky.social ☕',
      postedAt: new Date(2026, 0, 27, 8, 40).toISOString(),
      likedByMe: false,
    });
  });

  it('a quote embeds the brand’s post: that post is its parent, and neither its words nor its date are the quote’s', () => {
    const quote = readAll(blueskyAdapter, notifications(), ctx).find((i) => i.kind === 'quote');
    expect(quote).toMatchObject({
      nativeId: 'at://sam.bsky.social/app.bsky.feed.post/3mquot000001',
      author: { name: 'Sam Lee', handle: 'sam.bsky.social' },
      text: 'This is the one.',
      postedAt: new Date(2026, 0, 26, 18, 15).toISOString(),
      permalink: 'https://bsky.app/profile/sam.bsky.social/post/3mquot000001',
      parentId: BRAND_POST,
    });
  });

  it('a grouped repost: the first account, the row’s words and date, the reposted post as parent, an id of its own', () => {
    const share = readAll(blueskyAdapter, notifications(), ctx).find((i) => i.kind === 'share');
    expect(share).toEqual({
      platform: 'bluesky',
      nativeId: `${BRAND_POST}:repost:nadia.bsky.social`,
      kind: 'share',
      author: { name: 'Nadia Roy', handle: 'nadia.bsky.social', url: 'https://bsky.app/profile/nadia.bsky.social' },
      text: 'Nadia Roy and 2 others reposted your post',
      postedAt: new Date(2026, 0, 27, 13, 28).toISOString(),
      permalink: 'https://bsky.app/profile/cafeboreal.bsky.social/post/3mbrnd000001',
      parentId: BRAND_POST,
    });
  });

  it('without the brand’s handles a post row cannot say what it answers: a mention, never a guessed quote or reply', () => {
    expect(kinds(readAll(blueskyAdapter, notifications()))).toEqual({ mention: 3, share: 1 });
  });

  it('in French: the repost read from « a republié », its French date; « a aimé » and « vous a suivi » left out', () => {
    const doc = notifications();
    doc.documentElement.setAttribute('lang', 'fr');
    const label = (handle: string, words: string) => doc.querySelector(`[data-testid="feedItem-by-${handle}"]`)!.setAttribute('aria-label', words);
    label('nadia.bsky.social', 'Nadia Roy et 2 autres comptes ont republié votre post · 27 janvier 2026 à 13:28');
    label('lea.bsky.social', 'Léa a aimé votre post · 27 janvier 2026 à 12:10');
    label('omar.bsky.social', 'Omar vous a suivi · 26 janvier 2026 à 16:00');
    const items = readAll(blueskyAdapter, doc, ctx);
    expect(kinds(items)).toEqual({ reply: 1, mention: 1, quote: 1, share: 1 });
    expect(items.find((i) => i.kind === 'share')).toMatchObject({ text: 'Nadia Roy et 2 autres comptes ont republié votre post', postedAt: new Date(2026, 0, 27, 13, 28).toISOString() });
  });

  it('data-testid removed: nothing read, the miss reported, nothing thrown', () => {
    const doc = notifications();
    removeAttribute(doc, 'data-testid');
    expect(readAll(blueskyAdapter, doc, ctx)).toEqual([]);
    expect(blueskyAdapter.health(doc, new URL(NOTIFICATIONS), ctx).problems).toEqual(['Bluesky: replies or mentions are visible but none was detected']);
  });

  it('a page of likes and follows only (a "Follow back" button in a link row) is healthy with nothing read', () => {
    const doc = notifications();
    for (const row of Array.from(doc.querySelectorAll('div[data-testid^="feedItem-by-"], [data-testid="feedItem-by-nadia.bsky.social"]'))) row.remove();
    expect(readAll(blueskyAdapter, doc, ctx)).toEqual([]);
    expect(blueskyAdapter.health(doc, new URL(NOTIFICATIONS), ctx)).toMatchObject({ ok: true, problems: [] });
  });
});

describe('Bluesky composer (TipTap / ProseMirror, TextInput.web.tsx)', () => {
  it('the ProseMirror editor is found and is a prosemirror composer; a page without one has none', () => {
    const url = 'https://bsky.app/profile/cafeboreal.bsky.social/post/3mbrnd000001';
    const doc = loadHtml(
      `<html lang="en"><body><div role="dialog" aria-label="Compose reply"><div data-testid="composerTextInput">
        <div contenteditable="true" role="textbox" translate="no" class="tiptap ProseMirror" tabindex="0"><p><br class="ProseMirror-trailingBreak"></p></div>
      </div></div></body></html>`,
      url,
    );
    const composer = blueskyAdapter.findComposer(doc)!;
    expect(composer.getAttribute('role')).toBe('textbox');
    expect(blueskyAdapter.composerKind(composer)).toBe('prosemirror');
    expect(blueskyAdapter.findComposer(loadHtml('<html><body><div contenteditable="false" class="ProseMirror"></div></body></html>', url))).toBeNull();
  });
});

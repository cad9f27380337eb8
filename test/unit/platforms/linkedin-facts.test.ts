// @vitest-environment jsdom
/**
 * LinkedIn facts of ../shared/research/PLATFORM-SELECTORS.md and TEXT-INSERTION.md the fixtures did not prove: the
 * reply boxes of each stack (Quill on post pages, ProseMirror/TipTap on the 2026 feed) and the messaging box that is no
 * reply box, the 2026 SSR feed whose cards carry no urn, a SDUI post page whose post has no urn, the Ember reply
 * button named "Reply to …" with "Reply" as its words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/platforms/linkedin';
import { kinds, loadHtml, ownFixture, readAll } from './load-page';

const ACT = '7331234567890123456';
const POST_URL = `https://www.linkedin.com/feed/update/urn:li:activity:${ACT}/`;
const ctx = { brandHandles: ['cafe-cocktail'] };
const page = (body: string, url = POST_URL) => loadHtml(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`, url);

/**
 * The messaging overlay's box: div.msg-form__contenteditable (LHR selectors.ts), contenteditable="true" with
 * role="textbox" (Briskine plugins/linkedin.js isMessageEditor), inside the conversation bubble.
 */
const MESSAGING = `<aside class="msg-overlay-container"><div class="msg-overlay-conversation-bubble"><form class="msg-form">
  <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p><br></p></div>
</form></div></aside>`;

describe('LinkedIn reply boxes: Quill, ProseMirror/TipTap, and the messaging box that is none', () => {
  it('the messaging box open beside a post is never taken for the reply box', () => {
    const doc = page(`<main></main>${MESSAGING}`);
    expect(linkedinAdapter.findComposer(doc)).toBeNull();
  });

  it('the post page’s Quill box (.ql-editor, role=textbox "Text editor for creating…") is found, the messaging box set aside', () => {
    const doc = page(`${MESSAGING}<main><div class="comments-comment-box"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p><br></p></div></div></div></main>`);
    const box = linkedinAdapter.findComposer(doc)!;
    expect(box.classList.contains('ql-editor')).toBe(true);
    expect(linkedinAdapter.composerKind(box)).toBe('quill');
  });

  it('the 2026 feed’s ProseMirror/TipTap box is found and named so', () => {
    const doc = page(`${MESSAGING}<main><div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p></p></div></main>`, 'https://www.linkedin.com/feed/');
    const box = linkedinAdapter.findComposer(doc)!;
    expect(box.classList.contains('ProseMirror')).toBe(true);
    expect(linkedinAdapter.composerKind(box)).toBe('prosemirror');
  });

  it('a plain contenteditable textbox that is not the messaging box is still a reply box', () => {
    const doc = page(`${MESSAGING}<main><div contenteditable="true" role="textbox" aria-label="Text editor for creating content"></div></main>`);
    const box = linkedinAdapter.findComposer(doc)!;
    expect(box.closest('main')).not.toBeNull();
    expect(linkedinAdapter.composerKind(box)).toBe('contenteditable');
  });
});

describe('LinkedIn 2026 SSR feed ([data-testid="mainFeed"] [role="listitem"], no urn in the page)', () => {
  // LHR get-feed.ts (2026-03-): feed list div[data-testid="mainFeed"] (role=list), one div[role="listitem"] per post,
  // a post told by its button[aria-label^="Open control menu for post"], author a[href*="/in/"], a[href*="/company/"];
  // "Post URNs are NOT available in the DOM" (LHR reads them by copying the post's link from its menu).
  const card = (slug: string, name: string, text: string) => `<div role="listitem"><div>
    <a href="https://www.linkedin.com/company/${slug}/"><span aria-hidden="true">${name}</span></a>
    <button aria-label="Open control menu for post by ${name}"></button>
    <p><span dir="ltr">${text}</span></p>
    <button type="button">Like</button><button type="button">Comment</button></div></div>`;
  const doc = page(`<main><div data-testid="mainFeed" role="list">${card('cafe-cocktail', 'Café Cocktail', 'Our new autumn menu is here')}${card('gin-joint', 'The Gin Joint', 'Friday tasting night')}</div></main>`, 'https://www.linkedin.com/feed/');

  it('no card is read (no id to give it), nothing thrown, and the health check says the feed showed no post', () => {
    expect(readAll(linkedinAdapter, doc, ctx)).toEqual([]);
    const health = linkedinAdapter.health(doc, new URL(doc.URL), ctx);
    expect(health).toMatchObject({ pageKind: 'feed', ok: false });
    expect(health.problems).toEqual(['LinkedIn: no post detected on this feed']);
  });
});

describe('LinkedIn SDUI post page whose post carries no urn', () => {
  const file = ownFixture('linkedin/post-sdui-2026.lookalike.html');
  const doc = loadHtml(readFileSync(file, 'utf8').replace(` data-urn="urn:li:activity:${ACT}"`, ''), POST_URL);
  const items = readAll(linkedinAdapter, doc, ctx);

  it('comments and replies are read as before, their post named by their own urn; the missing post is reported', () => {
    expect(kinds(items)).toEqual({ comment: 4, reply: 3 });
    expect(items.filter((i) => i.kind === 'comment').every((i) => i.parentId === `urn:li:activity:${ACT}`)).toBe(true);
    expect(linkedinAdapter.health(doc, new URL(POST_URL), ctx).problems).toEqual(['LinkedIn: the post itself was not detected on this post page']);
  });
});

describe('LinkedIn Ember reply button: aria-label "Reply to …" (EN), its words "Reply"', () => {
  // LHR selectors.ts:102 button[aria-label^="Reply to "]; the words are what the adapter matches, in any language.
  const html = (lang: string, words: string) =>
    loadHtml(
      `<!DOCTYPE html><html lang="${lang}"><body><main><article class="comments-comment-entity" data-id="urn:li:comment:(activity:${ACT},7331240000000000001)">
        <a href="/in/jordan-smith-42/"><span class="comments-comment-meta__description-title">Jordan Smith</span></a>
        <div class="comments-comment-item__main-content"><span dir="ltr">Mezcal sour!</span></div>
        <button aria-label="React Like to Jordan Smith’s comment" aria-pressed="false"><span>Like</span></button>
        <button aria-label="Reply to Jordan Smith’s comment"><span class="artdeco-button__text">${words}</span></button>
      </article></main></body></html>`,
      POST_URL,
    );

  it('found by its words in English and French, not by its English label', () => {
    for (const [lang, words] of [['en', 'Reply'], ['fr', 'Répondre']]) {
      const doc = html(lang, words);
      const [comment] = linkedinAdapter.findItems(doc);
      expect(linkedinAdapter.replyTarget(comment)?.getAttribute('aria-label')).toBe('Reply to Jordan Smith’s comment');
      expect(readAll(linkedinAdapter, doc)[0]).toMatchObject({ kind: 'comment', author: { name: 'Jordan Smith' }, text: 'Mezcal sour!', likedByMe: false });
    }
    const [comment] = linkedinAdapter.findItems(html('fr', 'Reply'));
    expect(linkedinAdapter.replyTarget(comment)).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * LinkedIn markup of real pages we have no saved copy of: each case is a look-alike written from facts attested in
 * public code (sources in the fixture header or next to each case), never copied markup.
 */
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/platforms/linkedin';
import { byId, kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';

const ACT = '7331234567890123456';
const POST_URL = `https://www.linkedin.com/feed/update/urn:li:activity:${ACT}/`;
const ctx = { brandHandles: ['cafe-cocktail'] };
const c = (n: string) => `urn:li:comment:(activity:${ACT},${n})`;
const page = (body: string, url = POST_URL) => loadHtml(`<!DOCTYPE html><html lang="en"><body><main>${body}</main></body></html>`, url);

describe('LinkedIn logged-out post page (guest comments: section.comment, urn on the report link)', () => {
  const url = `https://www.linkedin.com/posts/cafe-cocktail_autumn-menu-activity-${ACT}-AbCd/`;
  const doc = loadPage(ownFixture('linkedin/guest-post-2026.lookalike.html'), url);
  const items = readAll(linkedinAdapter, doc, ctx);

  it('reads the post, its 2 comments and the nested reply', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 2, reply: 1 });
    expect(linkedinAdapter.health(doc, new URL(url), ctx)).toMatchObject({ ok: true, pageKind: 'post' });
  });

  it('reads urn, author, multi-line text, date, permalink; the reply has its parent and depth', () => {
    expect(byId(items, c('7331240000000000001'))).toEqual({
      platform: 'linkedin',
      nativeId: c('7331240000000000001'),
      kind: 'comment',
      author: { name: 'Jordan Smith', handle: 'jordan-smith-42', url: 'https://ca.linkedin.com/in/jordan-smith-42' },
      text: 'A smoky mezcal sour please! 🥃\nWith a salted rim.',
      postedAt: '2025-05-22T08:50:23.852Z',
      permalink: `${POST_URL}?commentUrn=${encodeURIComponent(c('7331240000000000001'))}`,
      parentId: `urn:li:activity:${ACT}`,
      depth: 1,
      repliedByBrand: true,
    });
    expect(byId(items, c('7331250000000000002'))).toMatchObject({
      kind: 'reply',
      depth: 2,
      parentId: c('7331240000000000001'),
      author: { name: 'Café Cocktail', handle: 'cafe-cocktail' },
      text: 'Noted Jordan Smith, see you Friday!',
    });
    expect(byId(items, c('7331260000000000003')).repliedByBrand).toBe(false);
    expect(byId(items, `urn:li:activity:${ACT}`)).toMatchObject({
      kind: 'post',
      text: 'Our new autumn menu is here 🍂\n\nWhich cocktail should we add next? #cocktails',
      repliedByBrand: false,
    });
  });
});

describe('LinkedIn 2026 SDUI comments keyed CommentComponentReference_ (alone or inside replaceableComment_)', () => {
  // Sources: a 2026 capture described in read_file 71114237822 (replaceableComment_<urn> wrapping
  // CommentComponentReference_<urn>); feed cards with the body key alone (read_file 70332237113, 70419454840);
  // author link <a><p><span aria-hidden="true">Name</span> • 2nd</p><p>headline</p></a>, an "Author" line for the
  // post's author (70332237113, 66105775859).
  const author = (slug: string, name: string, extra: string) =>
    `<a href="https://www.linkedin.com/in/${slug}/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${slug}"><p><span aria-hidden="true">${name}</span><span class="v">${name}</span> • ${extra}</p><p>Bartender at The Gin Joint</p></a>`;
  const body = (n: string, who: string, text: string, inner = '') =>
    `<div componentkey="CommentComponentReference_urn:li:comment:(activity:${ACT},${n})"><header>${who}<p>2h</p></header>` +
    `<div data-testid="expandable-text-box">${text}<button>more</button></div><button type="button">Reply</button>${inner}</div>`;
  const html = `<div data-urn="urn:li:activity:${ACT}"><a href="https://www.linkedin.com/company/cafe-cocktail/">Café Cocktail</a>
    <div data-testid="expandable-text-box">Autumn menu</div>
    <div id="replaceableComment_urn:li:comment:(urn:li:activity:${ACT},7331240000000000001)" componentkey="replaceableComment_urn:li:comment:(urn:li:activity:${ACT},7331240000000000001)">
      ${body('7331240000000000001', author('jordan-smith-42', 'Jordan Smith', '2nd'), 'A smoky mezcal sour please!',
        body('7331250000000000002', `<a href="https://www.linkedin.com/company/cafe-cocktail/"><p><span aria-hidden="true">Café Cocktail</span></p><p>Author</p><p>1,204 followers</p></a>`, 'Noted!'))}
    </div>
    ${body('7331260000000000003', author('elodie-gagnon', 'Élodie Gagnon', '3rd+'), 'Sans alcool?')}
  </div>`;
  const items = readAll(linkedinAdapter, page(html), ctx);

  it('finds each comment once: a replaceableComment_ wrapper and its body are one comment, a body alone is one too', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 2, reply: 1 });
  });

  it('reads the name alone: no degree, headline, hidden copy or "Author" line', () => {
    expect(byId(items, c('7331240000000000001'))).toMatchObject({
      kind: 'comment',
      author: { name: 'Jordan Smith', handle: 'jordan-smith-42', url: 'https://www.linkedin.com/in/jordan-smith-42/' },
      text: 'A smoky mezcal sour please!',
      repliedByBrand: true,
    });
    expect(byId(items, c('7331250000000000002'))).toMatchObject({ kind: 'reply', parentId: c('7331240000000000001'), author: { name: 'Café Cocktail' } });
    expect(byId(items, c('7331260000000000003'))).toMatchObject({ kind: 'comment', depth: 1, author: { name: 'Élodie Gagnon' } });
  });
});

describe('LinkedIn logged-in Ember comments (comments-comment-entity, 2024-2026)', () => {
  // Sources: replies as article.comments-comment-entity--reply listed after their comment, not inside it
  // (read_file 6972178398, 58220772959, 52912254365, 71388896344); name in .comments-comment-meta__description-title
  // inside a.comments-comment-meta__description-container with the "• 2nd" data, the "Author" badge
  // (.comments-comment-meta__badge) and the headline (56249338128, 53850212357, 55617174797).
  const meta = (slug: string, name: string, badge: string) =>
    `<a class="comments-comment-meta__image-link" href="/in/${slug}/"><img alt="View ${name}’s profile"></a>
     <a class="comments-comment-meta__description-container" href="/in/${slug}/">
       <h3 class="comments-comment-meta__description"><span class="comments-comment-meta__description-title">${name}</span>
         ${badge}</h3>
       <div class="comments-comment-meta__description-subtitle">Bartender at The Gin Joint</div></a>`;
  const entity = (n: string, reply: boolean, who: string, text: string) =>
    `<article class="comments-comment-entity${reply ? ' comments-comment-entity--reply' : ''}" data-id="urn:li:comment:(activity:${ACT},${n})">
      ${who}<div class="comments-comment-item__main-content"><span class="update-components-text"><span dir="ltr">${text}</span></span></div>
      <button aria-pressed="false">Like</button><button>Reply</button></article>`;
  const html = `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${ACT}">
    <div class="comments-comments-list">
      <div class="comments-thread-entity">
        ${entity('7331240000000000001', false, meta('jordan-smith-42', 'Jordan Smith', '<span class="comments-comment-meta__data">• 2nd</span>'), 'Mezcal sour!')}
        <div class="comments-replies-list">
          ${entity('7331250000000000002', true, meta('cafe-cocktail', 'Café Cocktail', '<span class="comments-comment-meta__badge">Author</span>').replaceAll('/in/cafe-cocktail/', '/company/cafe-cocktail/'), 'Noted!')}
        </div>
      </div>
      <div class="comments-thread-entity">${entity('7331260000000000003', false, meta('elodie-gagnon', 'Élodie Gagnon', ''), 'Sans alcool?')}</div>
    </div></div>`;
  const items = readAll(linkedinAdapter, page(html), ctx);

  it('a reply listed beside its comment is a reply of that comment, not a top-level comment', () => {
    expect(kinds(items)).toEqual({ comment: 2, reply: 1 });
    expect(byId(items, c('7331250000000000002'))).toMatchObject({
      kind: 'reply',
      depth: 2,
      parentId: c('7331240000000000001'),
      permalink: `${POST_URL}?commentUrn=${encodeURIComponent(c('7331240000000000001'))}&replyUrn=${encodeURIComponent(c('7331250000000000002'))}`,
    });
    expect(byId(items, c('7331260000000000003'))).toMatchObject({ kind: 'comment', parentId: `urn:li:activity:${ACT}` });
  });

  it('author names carry no degree, badge or headline', () => {
    expect(byId(items, c('7331240000000000001')).author).toEqual({ name: 'Jordan Smith', handle: 'jordan-smith-42', url: 'https://www.linkedin.com/in/jordan-smith-42/' });
    expect(byId(items, c('7331250000000000002')).author.name).toBe('Café Cocktail');
  });
});

describe('LinkedIn logged-in feed card headers (Ember update-components-header)', () => {
  // Sources: header ".update-components-header, .feed-shared-header" kept apart from the actor (read_file
  // 71388896344); actor name in .update-components-actor__title span[aria-hidden="true"] (56249338128).
  const card = (header: string) => `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${ACT}">
    <div class="update-components-header"><a href="https://www.linkedin.com/in/sam-lee/">Sam Lee</a> ${header}</div>
    <div class="update-components-actor"><a class="update-components-actor__meta-link" href="https://www.linkedin.com/company/cafe-cocktail/">
      <span class="update-components-actor__title"><span dir="ltr"><span aria-hidden="true">Café Cocktail</span><span class="visually-hidden">Café Cocktail</span></span></span>
      <span class="update-components-actor__description">1,204 followers</span></a></div>
    <div class="update-components-text"><span dir="ltr">Autumn menu</span></div></div>`;

  it('"X reposted this" is a share by X', () => {
    expect(readAll(linkedinAdapter, page(card('reposted this'), 'https://www.linkedin.com/feed/'))[0]).toMatchObject({
      kind: 'share',
      author: { name: 'Sam Lee', handle: 'sam-lee' },
    });
  });

  it('"X likes this" is the actor\'s own post, named without the hidden copy', () => {
    expect(readAll(linkedinAdapter, page(card('likes this'), 'https://www.linkedin.com/feed/'))[0]).toMatchObject({
      kind: 'post',
      author: { name: 'Café Cocktail', handle: 'cafe-cocktail' },
      text: 'Autumn menu',
    });
  });
});

// @vitest-environment jsdom
/**
 * Facebook (www, Comet) markup of real pages we have no saved copy of: look-alikes written from facts attested in
 * public code (sources beside each case), never copied markup.
 */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { byId, kinds, loadHtml, readAll } from './load-page';

const POST = 'pfbid02Xyz7Abc9DefGhiJkLmNoPqRsTuVwXyZ1234567890abcdefl';
const POST_URL = `https://www.facebook.com/cafecocktailmtl/posts/${POST}`;
const ctx = { brandHandles: ['cafecocktailmtl'] };
const page = (body: string, lang = 'en') =>
  loadHtml(`<!DOCTYPE html><html lang="${lang}"><body><div role="main"><div role="article">
    <a href="https://www.facebook.com/cafecocktailmtl">Café Cocktail</a>
    <div data-ad-comet-preview="message"><div dir="auto">Sunday hours</div></div>${body}</div></div></body></html>`, POST_URL);

describe('Facebook comments: "Reply by …" label, badges, "See more"', () => {
  // Sources: comments and replies as [role="article"][aria-label^="Comment by "] / [aria-label^="Reply by "], replies
  // told apart by that label (read_file 69032717735, 67105356128, 58112268081, 15159001646; FBX :147-150); a reply
  // may be listed beside its comment, not inside it (37979425176 climbs to a shared wrapper); "Top fan" and
  // "Top contributor" shown as a line above the commenter's name (48808967881); author and timestamp links carry
  // comment_id (FBX :668).
  const comment = (label: string, who: string, id: string, text: string, badge = '') => `
    <div role="article" aria-label="${label}">
      <a href="https://www.facebook.com/${who}?comment_id=${id}"><svg aria-hidden="true"></svg></a>
      ${badge}
      <a href="https://www.facebook.com/${who}?comment_id=${id}&amp;__cft__[0]=AZ">${who === 'sam.lee' ? 'Sam Lee' : 'Alex Roy'}</a>
      <div dir="auto">${text}</div>
      <a href="${POST_URL}?comment_id=${id}&amp;__cft__[0]=AZ">2h</a>
      <div role="button">Like</div><div role="button">Reply</div>
    </div>`;

  it('an article labelled "Reply by" is a reply even listed beside its comment with a link lacking reply_comment_id', () => {
    const doc = page(`<div>${comment('Comment by Sam Lee 2 hours ago', 'sam.lee', '111', 'Open on Sunday?')}
      <div>${comment("Reply by Alex Roy to Sam Lee's comment 1 hour ago", 'alex.roy', '222', 'Yes!')}</div></div>`);
    const items = readAll(facebookAdapter, doc, ctx);
    expect(kinds(items)).toEqual({ post: 1, comment: 1, reply: 1 });
    expect(byId(items, '222')).toMatchObject({ kind: 'reply', depth: 2, author: { name: 'Alex Roy', handle: 'alex.roy' } });
    expect(byId(items, '111')).toMatchObject({ kind: 'comment', depth: 1, parentId: POST });
  });

  it('the older "Reply from … to comment from …" label (FBX :147-150) says the same', () => {
    const doc = page(`${comment('Comment from Sam Lee', 'sam.lee', '111', 'Open on Sunday?')}
      ${comment('Reply from Alex Roy to comment from Sam Lee', 'alex.roy', '222', 'Yes!')}`);
    expect(byId(readAll(facebookAdapter, doc, ctx), '222')).toMatchObject({ kind: 'reply', depth: 2 });
  });

  it('French label "Réponse de" says the same', () => {
    const doc = page(`${comment('Commentaire de Sam Lee il y a 2 heures', 'sam.lee', '111', 'Ouvert dimanche?')}
      ${comment('Réponse de Alex Roy au commentaire de Sam Lee', 'alex.roy', '222', 'Oui!')}`, 'fr');
    expect(byId(readAll(facebookAdapter, doc, ctx), '222').kind).toBe('reply');
  });

  it('a "Top fan" badge, as a link or a line, is neither the author\'s name nor the text', () => {
    const asLink = `<a href="https://www.facebook.com/cafecocktailmtl/community">Top fan</a>`;
    const asLine = `<div dir="auto">Top fan</div>`;
    for (const badge of [asLink, asLine]) {
      const items = readAll(facebookAdapter, page(comment('Comment by Sam Lee 2 hours ago', 'sam.lee', '111', 'Open on Sunday?', badge)), ctx);
      expect(byId(items, '111')).toMatchObject({ author: { name: 'Sam Lee', handle: 'sam.lee' }, text: 'Open on Sunday?' });
    }
  });

  it('a long text does not end with its "… See more" control (English and French)', () => {
    const more = (label: string) => `A long story about our cocktails<span>…</span> <div role="button" tabindex="0">${label}</div>`;
    expect(byId(readAll(facebookAdapter, page(comment('Comment by Sam Lee', 'sam.lee', '111', more('See more'))), ctx), '111').text).toBe(
      'A long story about our cocktails',
    );
    expect(byId(readAll(facebookAdapter, page(comment('Commentaire de Sam Lee', 'sam.lee', '111', more('Voir plus')), 'fr'), ctx), '111').text).toBe(
      'A long story about our cocktails',
    );
  });
});

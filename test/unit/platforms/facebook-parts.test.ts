// @vitest-environment jsdom
/**
 * Facebook reads a comment's parts with one query when it holds no reply, by walking it otherwise (facebook.ts,
 * partsOf): the same comment must read the same either way, with a mention link and a "See more" button inside its
 * words, a badge link before its name, a link wrapping a text block and icons around everything.
 */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { loadHtml } from './load-page';

const POST_URL = 'https://www.facebook.com/cafecocktailmtl/posts/pfbid02Xyz7Abc9';
const icons = '<div><div><svg viewBox="0 0 24 24"><g><path d="M1 1h2"></path></g></svg></div><span><span></span></span></div>';

function page(withReply: boolean): Document {
  const reply = withReply
    ? `<div><div role="article" aria-label="Reply by Alex Roy">
        <a href="https://www.facebook.com/alex.roy?comment_id=11&amp;reply_comment_id=22">Alex Roy</a>
        <div dir="auto">Moi aussi</div>
        <a href="${POST_URL}?comment_id=11&amp;reply_comment_id=22">1h</a></div></div>`
    : '';
  return loadHtml(`<!DOCTYPE html><html lang="en"><body><div role="main"><div role="article">
    <a href="https://www.facebook.com/cafecocktailmtl">Café Cocktail</a>
    <div data-ad-comet-preview="message"><div dir="auto">Sunday hours</div></div>
    <div role="article" aria-label="Comment by Sam Lee">${icons}
      <a href="https://www.facebook.com/sam.lee?comment_id=11">${icons}</a>
      <div><a href="https://www.facebook.com/groups/fans/badges">Top fan</a></div>
      <span><a href="https://www.facebook.com/sam.lee?comment_id=11"><span dir="auto">Sam Lee</span></a></span>${icons}
      <div><div dir="auto">Open on <a href="https://www.facebook.com/cafecocktailmtl">Café Cocktail</a> Sunday?${icons}
        <div role="button" tabindex="0">See more</div></div></div>
      <a href="https://www.facebook.com/events/1"><div dir="auto">Brunch event</div></a>
      <ul><li><a href="${POST_URL}?comment_id=11">2h</a></li>
        <li><div role="button" aria-label="Like" aria-pressed="true">${icons}<span>Like</span></div></li>
        <li><div role="button">Reply</div></li></ul>${icons}${reply}
    </div></div></div></body></html>`, POST_URL);
}

const commentOf = (doc: Document) => doc.querySelector('[aria-label="Comment by Sam Lee"]')!;

describe('Facebook: a comment read by query or by walk', () => {
  it('reads the same author, words, date, like and permalink, and anchors its chip at the same place', () => {
    const queried = page(false);
    const walked = page(true);
    const a = facebookAdapter.readItem(commentOf(queried), { brandHandles: [] });
    const b = facebookAdapter.readItem(commentOf(walked), { brandHandles: [] });
    expect(a).toMatchObject({ nativeId: '11', kind: 'comment', author: { name: 'Sam Lee', handle: 'sam.lee' }, likedByMe: true });
    expect(a!.text).toBe('Open on Café Cocktail Sunday?');
    expect(b).toEqual(a);
    expect(facebookAdapter.replyTarget(commentOf(queried))?.textContent).toBe('Reply');
    expect(facebookAdapter.anchor(commentOf(walked))).toBe(commentOf(walked).querySelector('li:last-child'));
    expect(facebookAdapter.anchor(commentOf(queried))).toBe(commentOf(queried).querySelector('li:last-child'));
  });

  it('answered by the brand only in the page where the brand replies', () => {
    const doc = page(true);
    doc.querySelector('[aria-label="Reply by Alex Roy"] a')!.setAttribute('href', 'https://www.facebook.com/cafecocktailmtl?comment_id=11&reply_comment_id=22');
    expect(facebookAdapter.readItem(commentOf(doc), { brandHandles: ['cafecocktailmtl'] })?.repliedByBrand).toBe(true);
    expect(facebookAdapter.readItem(commentOf(page(false)), { brandHandles: ['cafecocktailmtl'] })?.repliedByBrand).toBe(false);
  });
});

// @vitest-environment jsdom
/**
 * Facebook reads an article's parts with one query when it sits in another article (a comment under its post, a reply),
 * or holds none; an outermost article holding others is walked (facebook.ts, partsOf): the same comment must read the
 * same either way, with a mention link and a "See more" button inside its words, a badge link before its name, a link
 * wrapping a text block, icons around everything, and a reply of its own whose parts are not its.
 */
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { loadHtml } from './load-page';

const POST_URL = 'https://www.facebook.com/cafecocktailmtl/posts/pfbid02Xyz7Abc9';
const icons = '<div><div><svg viewBox="0 0 24 24"><g><path d="M1 1h2"></path></g></svg></div><span><span></span></span></div>';

/** The comment with or without a reply, under its post or outside every article (as Comet may show it). */
function page(withReply: boolean, underPost = true): Document {
  const reply = withReply
    ? `<div><div role="article" aria-label="Reply by Alex Roy">
        <a href="https://www.facebook.com/alex.roy?comment_id=11&amp;reply_comment_id=22">Alex Roy</a>
        <div dir="auto">Moi aussi</div>
        <a href="${POST_URL}?comment_id=11&amp;reply_comment_id=22">1h</a></div></div>`
    : '';
  const post = `<a href="https://www.facebook.com/cafecocktailmtl">Café Cocktail</a>
    <div data-ad-comet-preview="message"><div dir="auto">Sunday hours</div></div>`;
  return loadHtml(`<!DOCTYPE html><html lang="en"><body><div role="main"><div role="article">${post}${underPost ? '' : '</div><div>'}
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
    const alone = page(false);
    const queried = page(true);
    const walked = page(true, false);
    const a = facebookAdapter.readItem(commentOf(alone), { brandHandles: [] });
    expect(a).toMatchObject({ nativeId: '11', kind: 'comment', author: { name: 'Sam Lee', handle: 'sam.lee' }, likedByMe: true });
    expect(a!.text).toBe('Open on Café Cocktail Sunday?');
    expect(facebookAdapter.readItem(commentOf(queried), { brandHandles: [] })).toEqual(a);
    // Outside the post, the permalink still names the post: only where the comment sits differs.
    expect(facebookAdapter.readItem(commentOf(walked), { brandHandles: [] })).toEqual(a);
    for (const doc of [alone, queried, walked]) {
      expect(facebookAdapter.replyTarget(commentOf(doc))?.textContent).toBe('Reply');
      expect(facebookAdapter.anchor(commentOf(doc))).toBe(commentOf(doc).querySelector('li:last-child'));
    }
  });

  it('reads the reply under a queried comment and under a walked one alike', () => {
    const [queried, walked] = [page(true), page(true, false)].map((doc) =>
      facebookAdapter.readItem(doc.querySelector('[aria-label="Reply by Alex Roy"]')!, { brandHandles: [] }),
    );
    expect(queried).toMatchObject({ kind: 'reply', parentId: '11', text: 'Moi aussi', author: { handle: 'alex.roy' } });
    expect(walked).toEqual(queried);
  });

  it('answered by the brand only in the page where the brand replies', () => {
    const doc = page(true);
    doc.querySelector('[aria-label="Reply by Alex Roy"] a')!.setAttribute('href', 'https://www.facebook.com/cafecocktailmtl?comment_id=11&reply_comment_id=22');
    expect(facebookAdapter.readItem(commentOf(doc), { brandHandles: ['cafecocktailmtl'] })?.repliedByBrand).toBe(true);
    expect(facebookAdapter.readItem(commentOf(page(false)), { brandHandles: ['cafecocktailmtl'] })?.repliedByBrand).toBe(false);
  });
});

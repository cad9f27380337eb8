// @vitest-environment jsdom
/**
 * French labels as the platforms print them, read through the adapters and labels.ts. The words come from a real saved
 * page or from the platform's own public locale file (source beside each case), never from the table under test.
 */
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../lib/platforms/bluesky';
import { facebookAdapter } from '../../../lib/platforms/facebook';
import { isLabel, labelsFor } from '../../../lib/platforms/labels';
import { byId, hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';

const FRENCH = ['fr', 'fr-FR', 'fr-CA'];

describe.skipIf(!hasShared('youtube/trex-watch-f7631ac0-2022-03.html'))(
  'YouTube 2022 French watch page (not run without ../shared/fixtures/platforms)',
  () => {
    // The capture kept ytd-app only, not <html lang>: the page is put back in the French it was shown in.
    it.each(FRENCH)('every comment’s reply button is a reply label when the page is %s', (lang) => {
      const doc = loadPage(sharedFixture('youtube/trex-watch-f7631ac0-2022-03.html'), 'https://www.youtube.com/watch?v=wOWhfNB_r-0');
      doc.documentElement.setAttribute('lang', lang);
      const labels = Array.from(doc.querySelectorAll('ytd-comment-thread-renderer #reply-button-end [aria-label]'), (b) => b.getAttribute('aria-label'));
      expect(labels).toHaveLength(20);
      const reply = labelsFor('youtube', doc, 'reply');
      expect(labels.filter((l) => isLabel(l, reply))).toHaveLength(20);
    });
  },
);

describe('Bluesky in French (bluesky-social/social-app src/locale/locales/fr/messages.po, 2026-01)', () => {
  const THREAD_URL = 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t';
  const LIKED = 'at://dreece-ca.bsky.social/app.bsky.feed.post/3mdeitsgznc24';

  /** The saved thread as bsky.app draws it in French: like buttons "Aimer (N ont aimé)", one of them liked. */
  function frenchThread(lang: string, space: string): Document {
    const doc = loadPage(ownFixture('bluesky/metascraper-post-image-thread.html'), THREAD_URL);
    doc.documentElement.setAttribute('lang', lang);
    for (const item of doc.querySelectorAll('[data-testid^="postThreadItem-by-"]')) {
      const button = item.querySelector('[data-testid="likeBtn"]');
      const count = /\(([\d,]+) likes?\)/.exec(button?.getAttribute('aria-label') ?? '')?.[1];
      if (!button || !count) continue;
      const liked = item.getAttribute('data-testid') === 'postThreadItem-by-dreece-ca.bsky.social';
      // msgid "Unlike ({0, plural, …})" / "Like ({0, plural, …})"
      button.setAttribute('aria-label', liked ? `Retirer la mention «${space}J’aime${space}» (${count} ont aimé)` : `Aimer (${count} ont aimé)`);
    }
    return doc;
  }

  it.each(FRENCH.flatMap((lang) => [' ', '\u00a0', '\u202f'].map((space) => [lang, space])))(
    'a post the reader liked says so on a %s page (guillemets padded with %j)',
    (lang, space) => {
      const items = readAll(blueskyAdapter, frenchThread(lang, space));
      expect(items).toHaveLength(52);
      expect(items.filter((i) => i.likedByMe).map((i) => i.nativeId)).toEqual([LIKED]);
    },
  );

  it.each(FRENCH)('notifications on a %s page: grouped likes and follows are left out, a grouped repost is a share', (lang) => {
    const me = 'cafecocktail.bsky.social';
    const row = (who: string, header: string, rkey: string) => `
      <div data-testid="feedItem-by-${who}">
        <a href="/profile/${who}">${who}</a>
        <div>${header}</div>
        <a href="/profile/${me}/post/${rkey}">il y a 2 h</a>
        <div data-testid="postText">Notre nouveau menu d’automne</div>
      </div>`;
    const doc = loadHtml(
      `<!DOCTYPE html><html lang="${lang}"><body>
        ${row('alice.bsky.social', 'Alice et 2 autres comptes ont aimé votre post', '3aaaaaaaaaaa1')}
        ${row('bob.bsky.social', 'Bob et 1 autre compte ont aimé votre repost', '3aaaaaaaaaaa2')}
        ${row('carl.bsky.social', 'Carl et 3 autres comptes vous ont suivi', '3aaaaaaaaaaa3')}
        ${row('dana.bsky.social', 'Dana et 1 autre compte ont republié votre post', '3aaaaaaaaaaa4')}
        ${row('erin.bsky.social', 'Erin a republié votre post', '3aaaaaaaaaaa5')}
        ${row('fred.bsky.social', 'Fred a republié votre repost', '3aaaaaaaaaaa6')}
      </body></html>`,
      'https://bsky.app/notifications',
    );
    const items = readAll(blueskyAdapter, doc);
    expect(kinds(items)).toEqual({ share: 3 });
  });

  // "reposted your repost" (notification reason repost-via-repost): a share of the brand's repost, not a mention.
  it('an English row "reposted your repost" is a share', () => {
    const doc = loadHtml(
      `<!DOCTYPE html><html lang="en"><body><div data-testid="feedItem-by-gil.bsky.social">
        <a href="/profile/gil.bsky.social">Gil</a><div>Gil reposted your repost</div>
        <a href="/profile/cafecocktail.bsky.social/post/3aaaaaaaaaaa7">2h</a>
        <div data-testid="postText">Fall menu</div></div></body></html>`,
      'https://bsky.app/notifications',
    );
    expect(kinds(readAll(blueskyAdapter, doc))).toEqual({ share: 1 });
  });
});

describe('Facebook in French (look-alike comments; words from French-language scrapers of facebook.com)', () => {
  const POST = 'pfbid02Xyz7Abc9DefGhiJkLmNoPqRsTuVwXyZ1234567890abcdefl';
  const POST_URL = `https://www.facebook.com/cafecocktailmtl/posts/${POST}`;
  const ctx = { brandHandles: ['cafecocktailmtl'] };
  const page = (body: string, lang: string) =>
    loadHtml(`<!DOCTYPE html><html lang="${lang}"><body><div role="main"><div role="article">
      <a href="https://www.facebook.com/cafecocktailmtl">Café Cocktail</a>
      <div data-ad-comet-preview="message"><div dir="auto">Heures du dimanche</div></div>${body}</div></div></body></html>`, POST_URL);
  const comment = (text: string, badge = '') => `
    <div role="article" aria-label="Commentaire de Sam Lee il y a 2 heures">
      <a href="https://www.facebook.com/sam.lee?comment_id=111"><svg aria-hidden="true"></svg></a>
      ${badge}
      <a href="https://www.facebook.com/sam.lee?comment_id=111&amp;__cft__[0]=AZ">Sam Lee</a>
      <div dir="auto">${text}</div>
      <a href="${POST_URL}?comment_id=111&amp;__cft__[0]=AZ">2 h</a>
      <div role="button">J’aime</div><div role="button">Répondre</div>
    </div>`;

  // Badge lines a French page shows above the name: "Top fan", "Contributeur(ice) star", "Spécialiste du groupe"
  // (find_string hits 53778310936 and 52694632735, two scrapers of French facebook.com groups and pages).
  it.each(FRENCH.flatMap((lang) => ['Top fan', 'Contributeur(ice) star', 'Spécialiste du groupe'].map((badge) => [lang, badge])))(
    'on a %s page the badge line "%s" is neither the author’s name nor the text',
    (lang, badge) => {
      const items = readAll(facebookAdapter, page(comment('Ouvert dimanche?', `<div dir="auto">${badge}</div>`), lang), ctx);
      expect(byId(items, '111')).toMatchObject({ author: { name: 'Sam Lee', handle: 'sam.lee' }, text: 'Ouvert dimanche?' });
    },
  );

  // "En voir plus" is the control those scrapers click to unfold a long French text (52694632735).
  it.each(FRENCH)('on a %s page a long text loses its whole "… En voir plus" control', (lang) => {
    const text = 'Une longue histoire de nos cocktails<span>…</span> <div role="button" tabindex="0">En voir plus</div>';
    expect(byId(readAll(facebookAdapter, page(comment(text), lang), ctx), '111').text).toBe('Une longue histoire de nos cocktails');
  });
});

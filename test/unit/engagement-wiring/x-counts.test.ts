// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms/x';
import { loadHtml, loadPage, ownFixture, readAll } from '../platforms/load-page';

describe('X post counts for post performance', () => {
  it('reads replies, reposts, likes and views from a real status page (2026)', () => {
    const doc = loadPage(ownFixture('x/defuddle-x-article-2026-02-13.html'), 'https://x.com/arscontexta/status/2013045749580259680');
    const post = readAll(xAdapter, doc).find((i) => i.kind === 'post')!;
    expect(post.counts).toEqual({ comments: 76, shares: 234, likes: 2378, views: 1122900 });
  });

  it('reads French labels and compact visible numbers; nothing when no count is shown; never on replies', () => {
    const tweet = (id: string, focused: boolean, bar: string) => `
      <div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="${focused ? -1 : 0}">
        <div data-testid="User-Name"><a href="/cafe" role="link"><div dir="ltr"><span>Café</span></div></a>
          <a href="/cafe" role="link"><div dir="ltr"><span>@cafe</span></div></a>
          <a href="/cafe/status/${id}" role="link"><time datetime="2026-11-24T13:00:00.000Z">24 nov.</time></a></div>
        <div data-testid="tweetText"><span>Texte ${id}</span></div>
        <div role="group">${bar}</div>
      </article></div>`;
    const frBar = `
      <button data-testid="reply" aria-label="12 réponses. Répondre"></button>
      <button data-testid="retweet" aria-label="Republier"><span data-testid="app-text-transition-container">1,2 k</span></button>
      <button data-testid="like" aria-label="1 234 J’aime. J’aime"></button>`;
    const html = `<main>${tweet('1', true, frBar)}${tweet('2', false, frBar)}</main>`;
    const items = readAll(xAdapter, loadHtml(html, 'https://x.com/cafe/status/1'));
    expect(items.find((i) => i.nativeId === '1')!.counts).toEqual({ comments: 12, shares: 1200, likes: 1234 });
    expect(items.find((i) => i.nativeId === '2')!.counts).toBeUndefined();
    const bare = readAll(xAdapter, loadHtml(`<main>${tweet('1', true, '<button data-testid="reply" aria-label="Répondre"></button>')}</main>`, 'https://x.com/cafe/status/1'));
    expect(bare[0].counts).toBeUndefined();
  });
});

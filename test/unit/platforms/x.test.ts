// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms/x';
import type { RawItem } from '../../../lib/platforms/types';
import { PLATFORM_PAGES, type DemoComment } from '../../../demo/pages/render';
import { hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { removeAttribute, shuffleClasses } from './mutate';

describe('X adapter on real saved pages', () => {
  it('status page (logged out): one post, its fields, no replies shown', () => {
    const doc = loadPage(ownFixture('x/metascraper-post.html'), 'https://x.com/realDonaldTrump/status/1222907250383245320');
    const items = readAll(xAdapter, doc);
    expect(kinds(items)).toEqual({ post: 1 });
    const [post] = items;
    expect(post.nativeId).toBe('1222907250383245320');
    expect(post.author.handle).toBe('realDonaldTrump');
    expect(post.author.url).toBe('https://x.com/realDonaldTrump');
    expect(post.postedAt).toBe('2020-01-30T15:39:43.000Z');
    expect(post.permalink).toBe('https://x.com/realDonaldTrump/status/1222907250383245320');
    expect(post.text.length).toBeGreaterThan(10);
    expect(post.text).not.toMatch(/<[a-z]/i);
    expect(post.likedByMe).toBe(false);
    const health = xAdapter.health(doc, new URL(doc.URL));
    expect(health.ok).toBe(true);
    expect(health.found).toEqual({ post: 1 });
  });

  it('profile timeline: two posts and a quote of @rauchg, with their ids and dates', () => {
    const doc = loadPage(ownFixture('x/metascraper-profile-timeline.html'), 'https://x.com/Kikobeats');
    const items = readAll(xAdapter, doc);
    expect(kinds(items)).toEqual({ post: 2, quote: 1 });
    const quote = items.find((i) => i.kind === 'quote')!;
    expect(quote.text).toBe("It's online vercel.vercel.vercel.app");
    expect(items.map((i) => i.nativeId).sort()).toEqual(['1759241476758733209', '1935738866390253649', '1987508451887784324']);
    expect(items.every((i) => i.author.handle === 'Kikobeats')).toBe(true);
    expect(items.map((i) => i.postedAt).sort()).toEqual([
      '2024-02-18T15:40:27.000Z',
      '2025-06-19T16:38:04.000Z', // 2025-06-18T19:21:15 is the quoted tweet's own time
      '2025-11-09T13:11:55.000Z',
    ]);
    expect(xAdapter.health(doc, new URL(doc.URL)).ok).toBe(true);
  });

  it('quote tweet: kind quote, own text and author, not the quoted ones', () => {
    const doc = loadPage(ownFixture('x/tweetyoink-x-tweet-quote.html'), 'https://x.com/home');
    const items = readAll(xAdapter, doc);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'quote',
      nativeId: '1983130065320780162',
      author: { name: 'Test Quoter', handle: 'TestQuoter' },
      text: 'This is a quote tweet with additional commentary',
      postedAt: '2025-10-28T11:13:47.000Z',
      permalink: 'https://x.com/TestQuoter/status/1983130065320780162',
      likedByMe: false,
    });
  });

  it('sample tweet with a link card: one post', () => {
    const doc = loadPage(ownFixture('x/tweetyoink-x-tweet-sample.html'), 'https://x.com/home');
    const items = readAll(xAdapter, doc);
    expect(kinds(items)).toEqual({ post: 1 });
    expect(items[0].author.handle).toBe('TestUser123');
  });

  it('logged-in Article page: the post, liked by me, and the Draft.js reply box', () => {
    const doc = loadPage(ownFixture('x/defuddle-x-article-2026-02-13.html'), 'https://x.com/arscontexta/status/2013045749580259680');
    const items = readAll(xAdapter, doc);
    expect(kinds(items)).toEqual({ post: 1 });
    expect(items[0]).toMatchObject({
      nativeId: '2013045749580259680',
      author: { name: 'Heinrich', handle: 'arscontexta' },
      text: 'obsidian + claude code 101',
      likedByMe: true,
      permalink: 'https://x.com/arscontexta/status/2013045749580259680',
    });
    const composer = xAdapter.findComposer(doc);
    expect(composer?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(xAdapter.composerKind(composer!)).toBe('draft-js');
    expect(xAdapter.replyTarget(xAdapter.findItems(doc)[0])?.getAttribute('data-testid')).toBe('reply');
  });
});

describe.skipIf(!hasShared('x/rvinowise-quote-tweets-2023.html'))(
  'X on the shared 2023 quote tweets (not run without ../shared/fixtures/platforms)',
  () => {
    it('five tweets: quotes with own text, liked state from unlike', () => {
      const doc = loadPage(sharedFixture('x/rvinowise-quote-tweets-2023.html'), 'https://x.com/tehprom269887');
      const items = readAll(xAdapter, doc);
      expect(items).toHaveLength(5);
      expect(items[0]).toMatchObject({
        kind: 'quote',
        nativeId: '1704659922464444801',
        text: 'image-post with a quotation of a 4-video-post',
        likedByMe: true,
      });
      expect(items[1]).toMatchObject({ kind: 'quote', nativeId: '1706184429964513566', likedByMe: false });
      expect(items[2].author).toMatchObject({ handle: 'BasedBeffJezos' });
      expect(items[2].text).toMatch(/^Decels will want every AI/);
      expect(items[2].text).not.toMatch(/open sourcing is a one way gate/);
    });
  },
);

describe('X on mutated pages', () => {
  const url = 'https://x.com/Kikobeats';
  const load = () => loadPage(ownFixture('x/metascraper-profile-timeline.html'), url);

  it('classes shuffled: the same three tweets (no class is read)', () => {
    const doc = load();
    shuffleClasses(doc);
    expect(kinds(readAll(xAdapter, doc))).toEqual({ post: 2, quote: 1 });
  });

  it('tweets as div (2019-2022 markup): the same three tweets; the hook on any other element is not a tweet', () => {
    const retag = (doc: Document, tag: string) => {
      for (const article of doc.querySelectorAll('article[data-testid="tweet"]')) {
        const el = doc.createElement(tag);
        for (const { name, value } of article.attributes) el.setAttribute(name, value);
        el.append(...article.childNodes);
        article.replaceWith(el);
      }
      return doc;
    };
    expect(kinds(readAll(xAdapter, retag(load(), 'div')))).toEqual({ post: 2, quote: 1 });
    expect(readAll(xAdapter, retag(load(), 'section'))).toEqual([]);
  });

  it('data-testid removed: nothing read, the miss reported, nothing thrown', () => {
    const doc = load();
    removeAttribute(doc, 'data-testid');
    expect(readAll(xAdapter, doc)).toEqual([]);
    const health = xAdapter.health(doc, new URL(url));
    expect(health.ok).toBe(false);
    expect(health.problems).toContain('X: timeline cells are visible but no tweet was detected');
  });

  it('the UI in French: "En réponse à" marks a reply, the English label does not on a French page', () => {
    const doc = loadPage(ownFixture('x/tweetyoink-x-tweet-sample.html'), 'https://x.com/home');
    doc.documentElement.setAttribute('lang', 'fr');
    const text = doc.querySelector('[data-testid="tweetText"]')!;
    const line = doc.createElement('div');
    line.setAttribute('dir', 'ltr');
    line.textContent = 'Replying to @someone';
    text.before(line);
    expect(readAll(xAdapter, doc)[0].kind).toBe('post');
    line.textContent = 'En réponse à @someone';
    expect(readAll(xAdapter, doc)[0].kind).toBe('reply');
  });
});

describe('X status page: posts X adds under a section heading do not answer the focused post', () => {
  const at = '2026-11-24T14:00:00.000Z';
  const post = { n: 1, name: 'Café Boréal', handle: 'cafeboreal', text: 'Nouveau latte', at };
  const tweet = (n: number, handle: string) => ({ n, name: handle, handle, text: `Allô ${n}`, at });
  const page = (lang: 'en' | 'fr') => {
    const x = PLATFORM_PAGES.x;
    return loadHtml(x.page({ lang, title: 't', post, comments: [tweet(10, 'fan10'), tweet(11, 'fan11'), tweet(12, 'cafeboreal')] }), x.url);
  };
  const cellOf = (doc: Document, handle: string) => doc.querySelector(`a[href="/${handle}"]`)!.closest('[data-testid="cellInnerDiv"]')!;
  const heading = (doc: Document, words: string) => {
    const cell = doc.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    const h2 = cell.appendChild(doc.createElement('div')).appendChild(doc.createElement('div')).appendChild(doc.createElement('h2'));
    h2.setAttribute('role', 'heading');
    h2.setAttribute('dir', 'ltr');
    h2.textContent = words;
    return cell;
  };
  const shape = (doc: Document) =>
    readAll(xAdapter, doc, { brandHandles: ['cafeboreal'] }).map((i) => `${i.author.handle}:${i.kind}${i.parentId ? '<' + i.parentId : ''}${i.repliedByBrand ? ':replied' : ''}`);

  it('without a heading, every later tweet answers it (and the brand’s answer counts)', () => {
    const doc = page('en');
    const focusedId = readAll(xAdapter, doc)[0].nativeId;
    expect(shape(doc)).toEqual(['cafeboreal:post:replied', `fan10:comment<${focusedId}`, `fan11:comment<${focusedId}:replied`, `cafeboreal:comment<${focusedId}`]);
  });

  it('after a heading cell ("Discover more", any language) the tweets are posts, and the brand’s there answers nothing', () => {
    for (const [lang, words] of [['en', 'Discover more'], ['fr', 'Découvrir plus']] as const) {
      const doc = page(lang);
      cellOf(doc, 'fan11').before(heading(doc, words));
      const focusedId = readAll(xAdapter, doc)[0].nativeId;
      // fan11 keeps the next-cell answer X draws between two timeline tweets; the focused post is not answered.
      expect(shape(doc)).toEqual(['cafeboreal:post', `fan10:comment<${focusedId}`, 'fan11:post:replied', 'cafeboreal:post']);
    }
  });

  it('a heading cell right under the focused post: no comment read, and the health check says so', () => {
    const doc = page('en');
    cellOf(doc, 'fan10').before(heading(doc, 'Replies'));
    expect(shape(doc).filter((s) => s.includes(':comment'))).toEqual([]);
    expect(xAdapter.health(doc, new URL(doc.URL)).problems).toContain('X: replies are visible under the post but none was detected');
  });

  it('a heading inside a tweet (an Article title, a card) is not a section', () => {
    const doc = page('en');
    const title = cellOf(doc, 'fan10').querySelector('article')!.appendChild(doc.createElement('h2'));
    title.setAttribute('role', 'heading');
    title.textContent = 'Latte à l’érable';
    expect(shape(doc).slice(1).map((s) => s.split('<')[0])).toEqual(['fan10:comment', 'fan11:comment', 'cafeboreal:comment']);
  });
});

describe('X: paid tweets ("Ad", "Promoted") are nobody’s comment or post', () => {
  const at = '2026-11-24T14:00:00.000Z';
  const post = { n: 1, name: 'Café Boréal', handle: 'cafeboreal', text: 'Nouveau latte', at };
  const tweet = (n: number, handle: string) => ({ n, name: handle, handle, text: `Allô ${n}`, at });
  /** The label X puts in a paid tweet's header, with its test id (the words differ by language). */
  const advertise = (doc: Document, n: number, words: string) => {
    const tweet = Array.from(doc.querySelectorAll('article')).find((a) => a.textContent!.includes(`Allô ${n}`))!;
    const header = tweet.querySelector('[data-testid="User-Name"]')!.parentElement!;
    const label = header.appendChild(doc.createElement('div')).appendChild(doc.createElement('span'));
    label.setAttribute('data-testid', 'promotedIndicator');
    label.textContent = words;
  };
  const statusPage = (comments: ReturnType<typeof tweet>[]) => loadHtml(PLATFORM_PAGES.x.page({ lang: 'fr', title: 't', post, comments }), PLATFORM_PAGES.x.url);
  const shape = (doc: Document) => readAll(xAdapter, doc, { brandHandles: ['cafeboreal'] }).map((i) => `${i.author.handle}:${i.kind}${i.repliedByBrand ? ':replied' : ''}`);

  it('an ad between the replies is not read, and the brand’s own ad answers nothing', () => {
    const comments = [tweet(10, 'fan10'), tweet(11, 'cafeboreal'), tweet(12, 'fan12')];
    expect(shape(statusPage(comments))).toEqual(['cafeboreal:post:replied', 'fan10:comment:replied', 'cafeboreal:comment', 'fan12:comment']);
    // Each page is read once: the adapter keeps what it listed until the page changes in a later task.
    const doc = statusPage(comments);
    advertise(doc, 11, 'Sponsorisé');
    expect(shape(doc)).toEqual(['cafeboreal:post', 'fan10:comment', 'fan12:comment']);
    const health = xAdapter.health(doc, new URL(doc.URL), { brandHandles: ['cafeboreal'] });
    expect(health.problems).toEqual([]);
  });

  it('an ad alone under a post is not "replies visible but none detected"', () => {
    const doc = statusPage([tweet(10, 'megastore')]);
    advertise(doc, 10, 'Ad');
    expect(shape(doc)).toEqual(['cafeboreal:post']);
    expect(xAdapter.health(doc, new URL(doc.URL)).problems).toEqual([]);
  });

  it('an ad in a timeline is not a post', () => {
    const load = () => loadPage(ownFixture('x/metascraper-profile-timeline.html'), 'https://x.com/Kikobeats');
    const before = readAll(xAdapter, load()).map((i) => i.nativeId);
    const doc = load();
    const [first] = Array.from(doc.querySelectorAll('article[data-testid="tweet"]'));
    const label = first.querySelector('[data-testid="User-Name"]')!.appendChild(doc.createElement('span'));
    label.setAttribute('data-testid', 'promotedIndicator');
    label.textContent = 'Promoted';
    expect(readAll(xAdapter, doc).map((i) => i.nativeId)).toEqual(before.slice(1));
  });
});

describe('X: whether the brand answered under a tweet', () => {
  const at = '2026-11-24T14:00:00.000Z';
  const post = { n: 1, name: 'Café Boréal', handle: 'cafeboreal', text: 'Nouveau latte', at };
  const fan = (n: number, replies: DemoComment[] = []) => ({ n, name: `Fan ${n}`, handle: `fan${n}`, text: `Ouvert samedi? ${n}`, at, replies });
  const by = (handle: string, n: number) => ({ n, name: handle, handle, text: 'Oui!', at });
  const read = (comments: DemoComment[], brandHandles = ['cafeboreal']) => {
    const page = PLATFORM_PAGES.x;
    return readAll(xAdapter, loadHtml(page.page({ lang: 'fr', title: 't', post, comments }), page.url), { brandHandles });
  };
  const replied = (items: RawItem[]) => items.filter((i) => i.repliedByBrand).map((i) => i.author.handle);

  it('the focused post: answered when a later tweet is the brand’s, handle case and "@" aside', () => {
    expect(replied(read([fan(10), fan(11, [by('CafeBoreal', 12)])]))).toEqual(['cafeboreal', 'fan11']);
    expect(replied(read([fan(10), fan(11, [by('cafeboreal', 12)])], ['@CAFEBOREAL']))).toEqual(['cafeboreal', 'fan11']);
  });

  it('a handle that only contains the brand’s is not the brand', () => {
    expect(replied(read([fan(10, [by('cafeborealfan', 11)]), fan(12, [by('xcafeboreal', 13)])]))).toEqual([]);
  });

  it('a comment is answered by the brand’s tweet in the next cell only', () => {
    expect(replied(read([fan(10), by('cafeboreal', 11), fan(12)]))).toEqual(['cafeboreal', 'fan10']);
  });

  it('a brand handle no selector can hold is still compared exactly', () => {
    expect(replied(read([fan(10, [by('cafeboreal', 11)])], ['cafe"boreal']))).toEqual([]);
    expect(replied(read([fan(10, [by('cafeboreal', 11)])], ['cafe"boreal', 'cafeboreal']))).toEqual(['cafeboreal', 'fan10']);
  });

  it('no brand handles: nothing is answered', () => {
    expect(replied(read([fan(10, [by('cafeboreal', 11)])], []))).toEqual([]);
  });
});

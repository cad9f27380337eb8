// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../../lib/platforms/mastodon';
import { adapterForUrl } from '../../../lib/platforms/registry';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { shuffleClasses } from './mutate';

const THREAD = ownFixture('mastodon/defuddle-status-thread-anonymized.html');
const URL_THREAD = 'https://mastodon.example/@alice/12345678';

describe('Mastodon status thread (real 4.x structure, anonymised)', () => {
  it('the post, four comments and one nested reply', () => {
    const doc = loadPage(THREAD, URL_THREAD);
    const items = readAll(mastodonAdapter, doc, { brandHandles: ['alice@mastodon.example'] });
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 1 });
    const byId = new Map(items.map((i) => [i.nativeId, i]));
    expect(byId.get('12345678')).toMatchObject({
      kind: 'post',
      author: { name: 'Alice', handle: 'alice@mastodon.example', url: 'https://mastodon.example/@alice' },
      text: 'This is a sample post about something interesting. Check out this link!\nexample.com/interesting',
      permalink: URL_THREAD,
      repliedByBrand: true,
    });
    expect(byId.get('12345680')).toMatchObject({
      kind: 'comment',
      author: { name: 'Bob', handle: 'bob@other.social' },
      text: '@alice This is really cool! Great work.',
      postedAt: '2026-04-20T12:15:00.000Z',
      permalink: 'https://mastodon.example/@bob@other.social/12345680',
      parentId: '12345678',
      depth: 1,
      repliedByBrand: false,
    });
    expect(byId.get('12345681')).toMatchObject({ kind: 'comment', repliedByBrand: true });
    expect(byId.get('12345682')).toMatchObject({ kind: 'reply', parentId: '12345681', depth: 2, author: { handle: 'alice@mastodon.example' } });
    expect(byId.get('12345679')).toMatchObject({ kind: 'comment', parentId: '12345678' });
    expect(mastodonAdapter.health(doc, new URL(URL_THREAD)).ok).toBe(true);
  });

  it('an account changed between two reads is read anew (the brand check on the status before read it first)', async () => {
    const doc = loadPage(THREAD, URL_THREAD);
    const ctx = { brandHandles: ['nobody@nowhere.example'] };
    // A reply continuing a branch: reading the status before it reads the reply's account too.
    const statuses = mastodonAdapter.findItems(doc);
    const at = statuses.findIndex((el) => mastodonAdapter.readItem(el, ctx)?.kind === 'reply');
    const [first, second] = [statuses[at - 1], statuses[at]];
    const before = mastodonAdapter.readItem(second, ctx)!.author.handle;
    mastodonAdapter.readItem(first, ctx); // reads the account of the status after it: `second`
    // Changed in a later task, as a page does (nothing changes while one scan slice reads).
    await new Promise((resolve) => setTimeout(resolve, 0));
    second.querySelector('.display-name__account')!.textContent = '@carol@third.social';
    expect(before).not.toBe('carol@third.social');
    expect(mastodonAdapter.readItem(second, ctx)!.author.handle).toBe('carol@third.social');
  });

  it('is found on any host by its markup, not on a page without it', () => {
    const doc = loadPage(THREAD, URL_THREAD);
    expect(adapterForUrl(URL_THREAD, doc)?.platform).toBe('mastodon');
    expect(adapterForUrl(URL_THREAD, loadHtml('<p>blog</p>', URL_THREAD))).toBeUndefined();
  });

  it('classes shuffled: nothing wrong read, the miss reported, nothing thrown', () => {
    const doc = loadPage(THREAD, URL_THREAD);
    shuffleClasses(doc);
    const items = readAll(mastodonAdapter, doc);
    for (const item of items) expect(['12345678', '12345679', '12345680', '12345681', '12345682', '12345683']).toContain(item.nativeId);
    const health = mastodonAdapter.health(doc, new URL(URL_THREAD));
    expect(health.ok).toBe(false);
  });

  it('mention rows on the notifications page; a boost group holding a full status and no booster is not guessed', () => {
    const html = `<html lang="fr"><body class="app-body"><div id="mastodon" data-props='{"locale":"fr"}'><div class="columns-area">
      <div class="notification-ungrouped notification-ungrouped--mention"><div class="status status-public" data-id="901">
        <div class="status__info"><a class="status__relative-time" href="/@eve@autre.social/901"><time datetime="2026-05-01T10:00:00.000Z">1 h</time></a>
        <a class="status__display-name" href="/@eve@autre.social"><span class="display-name"><bdi><strong class="display-name__html">Ève</strong></bdi> <span class="display-name__account">@eve@autre.social</span></span></a></div>
        <div class="status__content"><div class="status__content__text"><p>Bravo @cafesoleil pour la torréfaction!</p></div></div></div></div>
      <div class="notification-group notification-group--reblog"><div class="status" data-id="902">
        <div class="status__info"><a class="status__relative-time" href="/@cafesoleil/902"><time datetime="2026-04-30T10:00:00.000Z">1 j</time></a>
        <a class="status__display-name" href="/@cafesoleil"><span class="display-name"><strong class="display-name__html">Café Soleil</strong><span class="display-name__account">@cafesoleil</span></span></a></div>
        <div class="status__content"><div class="status__content__text"><p>Nouveau mélange!</p></div></div></div></div>
      <div class="notification-group notification-group--favourite"><div class="status" data-id="903">
        <div class="status__info"><a class="status__display-name" href="/@cafesoleil"><span class="display-name__account">@cafesoleil</span></a></div></div></div>
    </div></div></body></html>`;
    const doc = loadHtml(html, 'https://mastodon.example/notifications');
    const items = readAll(mastodonAdapter, doc);
    // Mastodon renders a boost group's post as an embedded copy and names who boosted (mastodon-notifications.test.ts).
    expect(kinds(items)).toEqual({ mention: 1 });
    expect(items[0]).toMatchObject({ nativeId: '901', author: { name: 'Ève', handle: 'eve@autre.social' }, text: 'Bravo @cafesoleil pour la torréfaction!' });
  });

  it('server-rendered 3.x public page (look-alike): statuses without data-id, threads from p-comment, no spoiler in text', () => {
    const url = 'https://social.example/@alice/104000000000000002';
    const doc = loadPage(ownFixture('mastodon/lookalike-3x-public-status.html'), url);
    expect(adapterForUrl(url, doc)?.platform).toBe('mastodon');
    const items = readAll(mastodonAdapter, doc);
    expect(items.map((i) => [i.kind, i.nativeId, i.parentId])).toEqual([
      ['post', '104000000000000001', undefined],
      ['post', '104000000000000002', undefined],
      ['comment', '205000000000000001', '104000000000000002'],
      ['reply', '104000000000000003', '205000000000000001'],
      ['comment', 'https://pleroma.example/notice/A4bCdEfGh', '104000000000000002'],
    ]);
    expect(items[1]).toMatchObject({ author: { name: 'Alice', handle: 'alice@social.example' }, text: 'Roasting day: we do it ourselves, every Monday.', postedAt: '2021-03-01T10:00:00.000Z' });
    expect(items[4]).toMatchObject({ text: 'Worth every cent.', postedAt: '2021-03-01T12:00:00.000Z', author: { handle: 'carol@pleroma.example' } });
  });

  it('a quoted post (4.4) is neither an answer nor the source of the quoting post\'s id, author or date', () => {
    const status = (id: string, who: string, when: string, text: string, extra = '', cls = '') => `<div class="status status-public${cls}" data-id="${id}">
      <div class="status__info"><a class="status__relative-time" href="/@${who}/${id}"><time datetime="${when}">1h</time></a>
      <a class="status__display-name" href="/@${who}"><span class="display-name"><bdi><strong class="display-name__html">${who}</strong></bdi> <span class="display-name__account">@${who}</span></span></a></div>
      <div class="status__content"><div class="status__content__text status__content__text--visible"><p>${text}</p></div></div>${extra}</div>`;
    const quoted = `<div class="status__quote">${status('500', 'quoted', '2025-01-01T00:00:00.000Z', 'Old news', '', ' status--is-quote')}</div>`;
    const html = `<html><head><meta property="og:url" content="https://mastodon.example/@alice/700"><meta property="og:published_time" content="2025-09-01T08:00:00Z"></head>
      <body class="app-body"><div id="mastodon" data-props="{}"><div class="columns-area"><div class="scrollable">
      <div class="detailed-status"><a class="detailed-status__display-name" href="/@alice"><span class="display-name"><strong class="display-name__html">Alice</strong><span class="display-name__account">@alice</span></span></a>
        <div class="status__content"><div class="status__content__text"><p>Look at this</p></div></div>${quoted}
        <div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="/@alice/700"><span>Sep 1, 2025, 08:00</span></a></div>
        <div class="poll"><span class="poll__footer"><time datetime="2025-09-08T08:00:00.000Z">7 days left</time></span></div></div></div>
      <div class="status__wrapper">${status('701', 'bob', '2025-09-01T09:00:00.000Z', 'Nice', quoted, ' status--first-in-thread')}</div>
      </div></div></div></body></html>`;
    const doc = loadHtml(html, 'https://mastodon.example/@alice/700');
    const items = readAll(mastodonAdapter, doc);
    expect(items.map((i) => [i.kind, i.nativeId])).toEqual([['post', '700'], ['comment', '701']]);
    expect(items[0]).toMatchObject({ author: { url: 'https://mastodon.example/@alice' }, postedAt: '2025-09-01T08:00:00.000Z', permalink: 'https://mastodon.example/@alice/700' });
    expect(items[1]).toMatchObject({ author: { handle: 'bob@mastodon.example' }, text: 'Nice', parentId: '700', postedAt: '2025-09-01T09:00:00.000Z' });
  });

  it('the focused post\'s date from its snowflake id when the page was not loaded at it', () => {
    const html = `<html><body class="app-body"><div id="mastodon" data-props="{}"><div class="columns-area">
      <div class="detailed-status"><a class="detailed-status__display-name" href="/@alice"><span class="display-name__account">@alice</span></a>
      <div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@alice/${(BigInt(Date.UTC(2024, 4, 2, 10, 0, 0)) << 16n) + 5n}"><span>May 2</span></a></div></div>
      </div></div></body></html>`;
    const doc = loadHtml(html, 'https://mastodon.example/@alice/1');
    expect(readAll(mastodonAdapter, doc)[0].postedAt).toBe('2024-05-02T10:00:00.000Z');
  });
});

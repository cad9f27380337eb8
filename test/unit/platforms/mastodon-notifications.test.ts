// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../../lib/platforms/mastodon';
import type { RawItem } from '../../../lib/platforms/types';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { translate } from './mutate';

const FIXTURE = ownFixture('mastodon/notifications-4.3.lookalike.html');
const URL_NOTIFICATIONS = 'https://social.example/notifications';
const BRAND = { brandHandles: ['cafeboreal@social.example'] };

const load = (url = URL_NOTIFICATIONS) => loadPage(FIXTURE, url);
const byId = (items: RawItem[]) => new Map(items.map((i) => [i.nativeId, i]));

/** The fixture's English UI: only the row words change, never a class. */
const ENGLISH = {
  'ont partagé votre message': 'boosted your post',
  'a partagé votre message': 'boosted your post',
  ' et ': ' and ',
  '2 autres': '2 others',
  '1 autre': '1 other',
  'vous a mentionné en privé': 'privately mentioned you',
  'vous a mentionné': 'mentioned you',
  'a cité votre message': 'quoted your post',
};

describe('Mastodon grouped notifications (notifications_v2, 4.3+ look-alike, French UI)', () => {
  it('2 mentions, 1 quote and 3 boost groups are items; favourites, follows, "just posted", polls and edits are not', () => {
    const doc = load();
    const items = readAll(mastodonAdapter, doc, BRAND);
    expect(kinds(items)).toEqual({ share: 3, mention: 2, quote: 1 });
    expect(items.map((i) => i.nativeId)).toEqual([
      '113300000000000003:reblog:alice@social.example',
      '113400000000000201',
      '113400000000000203',
      '113300000000000001:reblog:emiliecote@mastodon.example',
      '113400000000000202',
      '113300000000000002:reblog:sam@mastodon.example',
    ]);
    // The poll's, "just posted"'s and the edit's statuses, and the quoted posts nested in a mention and the quote.
    for (const id of ['113300000000000004', '113400000000000204', '113400000000000205', '113200000000000050', '113300000000000003']) {
      expect(items.some((i) => i.nativeId === id)).toBe(false);
    }
    expect(mastodonAdapter.health(doc, new URL(URL_NOTIFICATIONS))).toMatchObject({ pageKind: 'notifications', ok: true, found: { share: 3, mention: 2, quote: 1 } });
  });

  it('mentions: the status\'s author, text, date and permalink; a private mention quoting a post is one mention', () => {
    const items = byId(readAll(mastodonAdapter, load(), BRAND));
    expect(items.get('113400000000000201')).toEqual({
      platform: 'mastodon',
      nativeId: '113400000000000201',
      kind: 'mention',
      author: { name: 'Julie Tremblay', handle: 'julie@piaille.example', url: 'https://social.example/@julie@piaille.example' },
      text: '@cafeboreal Est-ce que le latte à l’érable existe sans lactose? 🍁',
      postedAt: '2026-11-24T18:10:00.000Z',
      permalink: 'https://social.example/@julie@piaille.example/113400000000000201',
      parentId: undefined,
      depth: undefined,
      likedByMe: true,
      repliedByBrand: undefined,
    });
    expect(items.get('113400000000000202')).toMatchObject({
      kind: 'mention',
      author: { name: 'Olivier Roy', handle: 'olivier@social.example', url: 'https://social.example/@olivier' },
      text: '@cafeboreal Vous avez vu cet article sur les torréfacteurs d’ici?',
      postedAt: '2026-11-24T15:00:00.000Z',
      permalink: 'https://social.example/@olivier/113400000000000202',
      likedByMe: false,
    });
    expect(items.get('113400000000000202')!.parentId).toBeUndefined();
  });

  it('the quote: the quoting status, its own date and text, the brand\'s quoted post as parent', () => {
    const quote = readAll(mastodonAdapter, load(), BRAND).find((i) => i.kind === 'quote')!;
    expect(quote).toMatchObject({
      nativeId: '113400000000000203',
      author: { name: 'Nadia B.', handle: 'nadia@mastodon.example' },
      text: 'Enfin un cold brew qui goûte le vrai café. Bravo @cafeboreal!',
      postedAt: '2026-11-24T18:00:00.000Z',
      permalink: 'https://social.example/@nadia@mastodon.example/113400000000000203',
      parentId: '113300000000000003',
    });
  });

  it('boost groups: the latest account as author, the row\'s words, the group\'s time, the boosted post as parent', () => {
    const shares = readAll(mastodonAdapter, load(), BRAND).filter((i) => i.kind === 'share');
    // 4.3 markup, three accounts: the post id from the "2 autres" link to its boosts.
    expect(shares[1]).toEqual({
      platform: 'mastodon',
      nativeId: '113300000000000001:reblog:emiliecote@mastodon.example',
      kind: 'share',
      author: { name: 'Émilie Côté', handle: 'emiliecote@mastodon.example', url: 'https://social.example/@emiliecote@mastodon.example' },
      text: 'Émilie Côté et 2 autres a partagé votre message',
      postedAt: '2026-11-24T17:00:00.000Z',
      permalink: 'https://social.example/@cafeboreal/113300000000000001',
      parentId: '113300000000000001',
    });
    // One account, no link to the post: its id from the list's group key, its owner from the embedded post.
    expect(shares[2]).toMatchObject({
      author: { name: 'Sam Leblanc', handle: 'sam@mastodon.example', url: 'https://social.example/@sam@mastodon.example' },
      text: 'Sam Leblanc a partagé votre message',
      postedAt: '2026-11-24T09:30:00.000Z',
      permalink: 'https://social.example/@cafeboreal/113300000000000002',
      parentId: '113300000000000002',
    });
    // Newest markup: a local account (handle on the page's instance), the time inside a link to the post.
    expect(shares[0]).toMatchObject({
      author: { name: 'Alice Martin', handle: 'alice@social.example', url: 'https://social.example/@alice' },
      text: 'Alice Martin et 1 autre ont partagé votre message',
      postedAt: '2026-11-24T19:45:00.000Z',
      permalink: 'https://social.example/@cafeboreal/113300000000000003',
      parentId: '113300000000000003',
    });
    // Never the brand, the boosted post's author, and never the embedded post's words.
    for (const share of shares) expect(share.author.handle).not.toBe('cafeboreal@social.example');
  });

  it('ids stay the same across reads; a group grown with a new latest account is that account\'s share', () => {
    const first = load();
    const rows = mastodonAdapter.findItems(first);
    const once = rows.map((el) => mastodonAdapter.readItem(el, BRAND)?.nativeId);
    expect(rows.map((el) => mastodonAdapter.readItem(el, BRAND)?.nativeId)).toEqual(once);
    expect(readAll(mastodonAdapter, load(), BRAND).map((i) => i.nativeId)).toEqual(once.filter(Boolean));
    // Luc boosts too: the group now shows him first (names_list.tsx shows the group's first account).
    const group = first.querySelector('article[data-id="reblog-113300000000000001-498761"] .notification-group')!;
    const name = group.querySelector('.notification-group__main__header__label a[title]')!;
    name.setAttribute('title', '@luc@piaille.example');
    name.setAttribute('href', '/@luc@piaille.example');
    name.querySelector('bdi')!.textContent = 'Luc Pelletier';
    expect(mastodonAdapter.readItem(group, BRAND)).toMatchObject({
      nativeId: '113300000000000001:reblog:luc@piaille.example',
      author: { name: 'Luc Pelletier', handle: 'luc@piaille.example' },
      parentId: '113300000000000001',
    });
  });

  it('each row is one element: a boost group is found once, and the chip goes on its label', () => {
    const doc = load();
    const found = mastodonAdapter.findItems(doc);
    const groups = found.filter((el) => el.classList.contains('notification-group'));
    expect(groups).toHaveLength(3);
    expect(groups.every((el) => el.classList.contains('notification-group--reblog'))).toBe(true);
    expect(mastodonAdapter.anchor(groups[0])!.className).toBe('notification-group__main__header__label');
    // Other pages list statuses only, as before.
    expect(mastodonAdapter.findItems(load('https://social.example/home')).some((el) => el.classList.contains('notification-group'))).toBe(false);
  });

  it('English UI: the same items (kinds come from class names, not words), the rows\' words in English', () => {
    const doc = load();
    translate(doc, 'en', ENGLISH);
    const items = readAll(mastodonAdapter, doc, BRAND);
    expect(kinds(items)).toEqual({ share: 3, mention: 2, quote: 1 });
    expect(items.filter((i) => i.kind === 'share').map((i) => i.text)).toEqual([
      'Alice Martin and 1 other boosted your post',
      'Émilie Côté and 2 others boosted your post',
      'Sam Leblanc boosted your post',
    ]);
  });

  it('classes removed: nothing read (not guessed), the miss reported, nothing thrown', () => {
    const bare = load();
    for (const el of Array.from(bare.querySelectorAll('[class]'))) el.removeAttribute('class');
    expect(() => readAll(mastodonAdapter, bare, BRAND)).not.toThrow();
    expect(readAll(mastodonAdapter, bare, BRAND)).toEqual([]);
    const health = mastodonAdapter.health(bare, new URL(URL_NOTIFICATIONS));
    expect(health.ok).toBe(false);
    expect(health.problems.join(' ')).toMatch(/boost notifications are visible/);
  });

  it('row types renamed (the --mention, --quote, --reblog modifiers gone): no status is taken for a mention', () => {
    const doc = load();
    for (const el of Array.from(doc.querySelectorAll('.notification-group, .notification-ungrouped'))) {
      for (const name of Array.from(el.classList)) if (name.includes('--')) el.classList.remove(name);
    }
    expect(readAll(mastodonAdapter, doc, BRAND)).toEqual([]);
    expect(mastodonAdapter.health(doc, new URL(URL_NOTIFICATIONS)).ok).toBe(false);
  });

  it('a status inside a boost group (no version renders one) is not read a second time, nor as the booster', () => {
    const html = `<html><body class="app-body"><div id="mastodon" data-props="{}"><div class="columns-area"><div class="item-list">
      <article data-id="reblog-902-498761"><div class="notification-group notification-group--reblog">
        <div class="notification-group__main__header__label"><a href="/@eve@autre.social" title="@eve@autre.social"><bdi>Ève</bdi></a> boosted your post<time datetime="2026-05-01T10:00:00.000Z">1h</time></div>
        <div class="status" data-id="902"><div class="status__info"><a class="status__relative-time" href="/@cafeboreal/902"><time datetime="2026-04-30T10:00:00.000Z">1d</time></a>
          <a class="status__display-name" href="/@cafeboreal"><span class="display-name__account">@cafeboreal</span></a></div></div>
      </div></article></div></div></body></html>`;
    const items = readAll(mastodonAdapter, loadHtml(html, 'https://mastodon.example/notifications'), BRAND);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'share', nativeId: '902:reblog:eve@autre.social', author: { handle: 'eve@autre.social' }, postedAt: '2026-05-01T10:00:00.000Z', parentId: '902' });
  });

  it('a boost group whose post id is nowhere (no list key, no link): a stable hashed id, no parent rather than a wrong one', () => {
    const html = `<html><body class="app-body"><div id="mastodon" data-props="{}"><div class="columns-area">
      <div class="notification-group notification-group--reblog">
        <div class="notification-group__main__header__label"><a href="/@eve@autre.social" title="@eve@autre.social"><bdi>Ève</bdi></a> boosted your post<time datetime="2026-05-01T10:00:00.000Z">1h</time></div>
        <div class="notification-group__embedded-status"><div class="notification-group__embedded-status__account"><span class="display-name__account">@cafeboreal</span></div>
          <div class="notification-group__embedded-status__content"><p>Nouveau mélange!</p></div></div>
      </div></div></div></body></html>`;
    const read = () => readAll(mastodonAdapter, loadHtml(html, 'https://mastodon.example/notifications'), BRAND);
    const [share] = read();
    expect(share).toMatchObject({ kind: 'share', author: { name: 'Ève', handle: 'eve@autre.social' }, text: 'Ève boosted your post', postedAt: '2026-05-01T10:00:00.000Z' });
    expect(share.nativeId).toMatch(/^h[0-9a-f]{16}$/);
    expect(share.parentId).toBeUndefined();
    expect(share.permalink).toBeUndefined();
    expect(read()[0].nativeId).toBe(share.nativeId);
  });

  it('4.0-4.2 ungrouped boost row: the booster from the row\'s message, not the boosted status\'s author', () => {
    // features/notifications/components/notification.jsx renderReblog: the brand's status (muted) under the message.
    const html = `<html><body class="app-body"><div id="mastodon" data-props="{}"><div class="columns-area"><div class="item-list">
      <article data-id="88001"><div class="notification notification-reblog focusable" tabindex="0">
        <div class="notification__message"><svg class="icon"></svg><span title="2023-05-01T10:00:00.000Z"><bdi><a class="notification__display-name" href="/@eve@autre.social" title="eve@autre.social">Ève</a></bdi> boosted your status</span></div>
        <div class="status__wrapper muted"><div class="status muted" data-id="110000000000000902"><div class="status__info">
          <a class="status__relative-time" href="/@cafeboreal/110000000000000902"><time datetime="2023-04-30T10:00:00.000Z">1d</time></a>
          <a class="status__display-name" href="/@cafeboreal"><span class="display-name"><bdi><strong class="display-name__html">Café Boréal</strong></bdi> <span class="display-name__account">@cafeboreal</span></span></a></div>
          <div class="status__content"><div class="status__content__text"><p>Nouveau mélange!</p></div></div></div></div>
      </div></article></div></div></body></html>`;
    const items = readAll(mastodonAdapter, loadHtml(html, 'https://mastodon.example/notifications'), { brandHandles: ['cafeboreal@mastodon.example'] });
    expect(items).toEqual([
      {
        platform: 'mastodon',
        nativeId: '110000000000000902:reblog:eve@autre.social',
        kind: 'share',
        author: { name: 'Ève', handle: 'eve@autre.social', url: 'https://mastodon.example/@eve@autre.social' },
        text: 'Ève boosted your status',
        postedAt: '2023-05-01T10:00:00.000Z',
        permalink: 'https://mastodon.example/@cafeboreal/110000000000000902',
        parentId: '110000000000000902',
      },
    ]);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../lib/platforms/bluesky';
import { kinds, loadHtml, loadPage, ownFixture, readAll } from './load-page';
import { PLATFORM_PAGES } from '../../../demo/pages/render';
import { removeAttribute } from './mutate';

const THREAD = ownFixture('bluesky/metascraper-post-image-thread.html');
const THREAD_URL = 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t';
const PROFILE = ownFixture('bluesky/metascraper-profile.html');
const PROFILE_URL = 'https://bsky.app/profile/stephenking.bsky.social';

describe('Bluesky on real saved pages (2026-01)', () => {
  it('thread: the focused post, 38 answers to it and 13 replies chained under them', () => {
    const doc = loadPage(THREAD, THREAD_URL);
    const items = readAll(blueskyAdapter, doc, { brandHandles: ['dreece-ca.bsky.social'] });
    expect(kinds(items)).toEqual({ post: 1, comment: 38, reply: 13 });
    const post = items.find((i) => i.kind === 'post')!;
    expect(post).toMatchObject({
      nativeId: 'at://glendunlap.bsky.social/app.bsky.feed.post/3mdegyw3ves2t',
      author: { handle: 'glendunlap.bsky.social', url: 'https://bsky.app/profile/glendunlap.bsky.social' },
      permalink: THREAD_URL,
      repliedByBrand: true,
    });
    // The anchor post is no link: its text and name are its own all the same.
    expect(post.author.name).toBe('Glen Dunlap');
    expect(post.text).toMatch(/^Owliver decided to fly to another branch/);
    // A reply drawn under its parent with the reply line answers that parent, not the anchor.
    expect(items.find((i) => i.nativeId === 'at://glendunlap.bsky.social/app.bsky.feed.post/3mdf6kb6hrc2f')).toMatchObject({
      kind: 'reply',
      parentId: 'at://tomforsyth.bsky.social/app.bsky.feed.post/3mdf67excpk2m',
      depth: 2,
    });
    expect(items.find((i) => i.nativeId === 'at://tomforsyth.bsky.social/app.bsky.feed.post/3mdf6s24opk2m')).toMatchObject({ kind: 'reply', parentId: 'at://glendunlap.bsky.social/app.bsky.feed.post/3mdf6kb6hrc2f', depth: 3 });
    const reece = items.find((i) => i.nativeId === 'at://dreece-ca.bsky.social/app.bsky.feed.post/3mdeitsgznc24')!;
    expect(reece).toMatchObject({
      kind: 'comment',
      author: { name: 'Reece Martin 🫘 🇺🇸', handle: 'dreece-ca.bsky.social' },
      text: "He's looking a little judge-y.",
      permalink: 'https://bsky.app/profile/dreece-ca.bsky.social/post/3mdeitsgznc24',
      parentId: post.nativeId,
      depth: 1,
      // The timestamp link's label, in the reader's time zone.
      postedAt: new Date(2026, 0, 27, 1, 28).toISOString(),
      likedByMe: false,
    });
    expect(blueskyAdapter.health(doc, new URL(THREAD_URL)).ok).toBe(true);
    expect(blueskyAdapter.replyTarget(blueskyAdapter.findItems(doc)[0])?.getAttribute('data-testid')).toBe('replyBtn');
  });

  it('profile feed: 28 posts with text from postText', () => {
    const doc = loadPage(PROFILE, PROFILE_URL);
    const items = readAll(blueskyAdapter, doc);
    expect(kinds(items)).toEqual({ post: 28 });
    expect(items.find((i) => i.nativeId === 'at://stephenking.bsky.social/app.bsky.feed.post/3mddvy5bv6k27')?.text).toMatch(/^The rightwing response to the murder of Alex Pretti is predictable/);
    expect(blueskyAdapter.health(doc, new URL(PROFILE_URL)).ok).toBe(true);
  });

  it('data-testid removed: nothing read, the miss reported, nothing thrown', () => {
    const doc = loadPage(THREAD, THREAD_URL);
    removeAttribute(doc, 'data-testid');
    expect(readAll(blueskyAdapter, doc)).toEqual([]);
    const health = blueskyAdapter.health(doc, new URL(THREAD_URL));
    expect(health.ok).toBe(false);
    expect(health.problems).toContain('Bluesky: replies are visible under the post but none was detected');
  });

  it('the post is answered when any other item of its thread is the brand’s: case and "@" aside, odd handles compared exactly', () => {
    const post = (brand: string) => readAll(blueskyAdapter, loadPage(THREAD, THREAD_URL), { brandHandles: [brand] }).find((i) => i.kind === 'post')!.repliedByBrand;
    expect(post('@DReece-CA.bsky.social')).toBe(true);
    expect(post('reece-ca.bsky.social')).toBe(false);
    // A handle no selector can hold goes the slow way, without a selector error.
    expect(post('dreece-ca.bsky.social"]')).toBe(false);
  });

  it('an answer is "replied by the brand" when the reply joined under it by the reply line is the brand’s', () => {
    const replied = (brand: string) =>
      readAll(blueskyAdapter, loadPage(THREAD, THREAD_URL), { brandHandles: [brand] }).filter((i) => i.kind !== 'post' && i.repliedByBrand).map((i) => i.nativeId);
    // tomforsyth's answer <- glendunlap's reply <- tomforsyth's reply: each is answered by the one drawn under it.
    expect(replied('glendunlap.bsky.social')).toContain('at://tomforsyth.bsky.social/app.bsky.feed.post/3mdf67excpk2m');
    expect(replied('glendunlap.bsky.social')).not.toContain('at://glendunlap.bsky.social/app.bsky.feed.post/3mdf6kb6hrc2f');
    expect(replied('@TomForsyth.bsky.social')).toContain('at://glendunlap.bsky.social/app.bsky.feed.post/3mdf6kb6hrc2f');
    // The next answer to the post, drawn without the reply line, answers the post, not the item above it.
    expect(replied('lizthelawless.bsky.social')).toEqual([]);
  });

  it('labels written by Intl the way the app writes them read back as the same minute, in English and French', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 10, 24, 13, m)).toISOString();
    const c = (n: number) => ({ n, name: `P ${n}`, handle: `p${n}`, text: `Allô ${n}`, at: at(n * 7) });
    for (const lang of ['en', 'fr'] as const) {
      const page = PLATFORM_PAGES.bluesky;
      const doc = loadHtml(page.page({ lang, title: 't', post: { ...c(1), handle: 'cafeboreal.bsky.social' }, comments: [c(2), c(3)] }), page.url);
      expect(readAll(blueskyAdapter, doc).filter((i) => i.kind === 'comment').map((i) => i.postedAt)).toEqual([at(14), at(21)]);
    }
  });

  it('every month reads back as Intl writes it, long and (where it has words) medium, tabled languages and others', () => {
    const item = (lang: string, label: string) =>
      loadHtml(`<html lang="${lang}"><body><div role="link" data-testid="feedItem-by-c.example.org"><a href="/profile/c.example.org" role="link">C</a>
        <a href="/profile/c.example.org/post/3abc" role="link" aria-label="${label}">1 h</a><div dir="auto" data-word-wrap="1">x</div></div></body></html>`, 'https://bsky.app/profile/c.example.org');
    for (const lang of ['en', 'fr', 'es', 'de', 'pt', 'it', 'nl']) {
      for (let month = 0; month < 12; month++) {
        const when = new Date(2026, month, 9, 17, 45);
        // German's medium date is numeric (09.01.2026): no month name to read, by design.
        for (const dateStyle of lang === 'de' ? (['long'] as const) : (['long', 'medium'] as const)) {
          const label = new Intl.DateTimeFormat(lang, { dateStyle, timeStyle: 'short' }).format(when);
          expect([lang, label, readAll(blueskyAdapter, item(lang, label))[0].postedAt]).toEqual([lang, label, when.toISOString()]);
        }
      }
    }
  });

  it('a Québec time ("08 h 20") and a short month ("janv.") are read too', () => {
    const html = `<html lang="fr-CA"><body><div role="link" data-testid="feedItem-by-cafe.example.org">
      <a href="/profile/cafe.example.org" role="link">Café</a>
      <a href="/profile/cafe.example.org/post/3abc" role="link" aria-label="27 janv. 2026 à 08 h 20">2 h</a>
      <div dir="auto" data-word-wrap="1">Bonjour</div></div></body></html>`;
    const doc = loadHtml(html, 'https://bsky.app/profile/cafe.example.org');
    expect(readAll(blueskyAdapter, doc)[0].postedAt).toBe(new Date(2026, 0, 27, 8, 20).toISOString());
  });

  it('timestamp labels in French are read as local dates', () => {
    const html = `<html lang="fr"><body><div role="link" data-testid="feedItem-by-cafe.example.org">
      <a href="/profile/cafe.example.org" role="link">Café</a>
      <a href="/profile/cafe.example.org/post/3abc" role="link" aria-label="27 janvier 2026 à 13:05" data-tooltip="27 janvier 2026 à 13:05">2 h</a>
      <div dir="auto" data-word-wrap="1">Bonjour</div></div></body></html>`;
    const doc = loadHtml(html, 'https://bsky.app/profile/cafe.example.org');
    expect(readAll(blueskyAdapter, doc)[0]).toMatchObject({ author: { name: 'Café', handle: 'cafe.example.org' }, text: 'Bonjour', postedAt: new Date(2026, 0, 27, 13, 5).toISOString() });
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/platforms/linkedin';
import { byId, hasShared, kinds, loadHtml, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { readFileSync } from 'node:fs';

const POST_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7331234567890123456/';
const ctx = { brandHandles: ['cafe-cocktail'] };
const comment = (n: string) => `urn:li:comment:(activity:7331234567890123456,${n})`;

function mutated(file: string, url: string, change: (doc: Document) => void): Document {
  const doc = loadHtml(readFileSync(file, 'utf8'), url);
  change(doc);
  return doc;
}

describe('LinkedIn adapter on the real guest company page (2024, MIT copy)', () => {
  const doc = loadPage(ownFixture('linkedin/metascraper-company-page.html'), 'https://uk.linkedin.com/company/audiense');
  const items = readAll(linkedinAdapter, doc);

  it('finds the 10 update cards: 4 own posts and 6 reposts', () => {
    expect(kinds(items)).toEqual({ post: 4, share: 6 });
    expect(new Set(items.map((i) => i.nativeId)).size).toBe(10);
  });

  it('reads ids, authors, text with emoji, dates from the urn and permalinks', () => {
    const repost = byId(items, 'urn:li:activity:7248246460041809920');
    expect(repost.kind).toBe('share');
    expect(repost.author).toEqual({ name: 'Audiense', handle: 'audiense', url: 'https://uk.linkedin.com/company/audiense' });
    expect(repost.text.startsWith("From Twitter tool to audience intelligence platform: 💾 Javier Burón's journey")).toBe(true);
    expect(repost.postedAt).toBe('2024-10-05T08:23:41.981Z');
    expect(repost.permalink).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7248246460041809920/');
    const own = byId(items, 'urn:li:activity:7246889922761027584');
    expect(own.kind).toBe('post');
    expect(own.text).toContain('Understanding your client\'s audience is the cornerstone of effective marketing.');
    expect(byId(items, 'urn:li:activity:7246478240276434944').postedAt).toBe('2024-09-30T11:17:25.537Z');
    expect(items.every((i) => !/<[a-z]/i.test(i.text))).toBe(true);
  });

  it('is healthy as a profile page', () => {
    const health = linkedinAdapter.health(doc, new URL(doc.URL));
    expect(health).toMatchObject({ pageKind: 'profile', ok: true, found: { post: 4, share: 6 } });
  });
});

describe('LinkedIn adapter on the 2026 SDUI post page look-alike', () => {
  const file = ownFixture('linkedin/post-sdui-2026.lookalike.html');
  const doc = loadPage(file, POST_URL);
  const items = readAll(linkedinAdapter, doc, ctx);

  it('counts the post, 4 comments and 3 replies once each (three wrappers share a key)', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 3 });
  });

  it('reads a comment: urn, author, emoji text, date from the id, liked, answered by the brand', () => {
    expect(byId(items, comment('7331240000000000001'))).toEqual({
      platform: 'linkedin',
      nativeId: comment('7331240000000000001'),
      kind: 'comment',
      author: { name: 'Jordan Smith', handle: 'jordan-smith-42', url: 'https://www.linkedin.com/in/jordan-smith-42/' },
      text: 'A smoky mezcal sour please! 🥃',
      postedAt: '2025-05-22T08:50:23.852Z',
      permalink: `${POST_URL}?commentUrn=${encodeURIComponent(comment('7331240000000000001'))}`,
      parentId: 'urn:li:activity:7331234567890123456',
      depth: 1,
      likedByMe: true,
      repliedByBrand: true,
    });
  });

  it('reads replies with depth 2 and their parent; unanswered threads say so', () => {
    const reply = byId(items, comment('7331280000000000005'));
    expect(reply).toMatchObject({ kind: 'reply', depth: 2, parentId: comment('7331260000000000003'), author: { handle: 'priya-patel' } });
    expect(reply.permalink).toContain('&replyUrn=');
    expect(byId(items, comment('7331260000000000003'))).toMatchObject({
      text: 'Bravo Café Cocktail! Est-ce que le menu est offert sans alcool aussi?',
      repliedByBrand: false,
      likedByMe: false,
    });
    expect(byId(items, 'urn:li:activity:7331234567890123456')).toMatchObject({ kind: 'post', author: { handle: 'cafe-cocktail' } });
  });

  it('finds the Quill reply box, the Reply button and is healthy', () => {
    const box = linkedinAdapter.findComposer(doc)!;
    expect(linkedinAdapter.composerKind(box)).toBe('quill');
    const first = linkedinAdapter.findItems(doc).find((el) => el.getAttribute('componentkey')?.includes('7331240000000000001'))!;
    expect(linkedinAdapter.replyTarget(first)?.textContent).toBe('Reply');
    expect(linkedinAdapter.anchor(first)).not.toBeNull();
    expect(linkedinAdapter.health(doc, new URL(POST_URL), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 4, reply: 3 } });
  });

  it('classes shuffled: same items', () => {
    const shuffled = mutated(file, POST_URL, (d) => d.querySelectorAll('[class]').forEach((el, i) => el.setAttribute('class', `z${i}q`)));
    expect(kinds(readAll(linkedinAdapter, shuffled, ctx))).toEqual({ post: 1, comment: 4, reply: 3 });
  });

  it('UI in French: same items, Répondre found, healthy', () => {
    const fr = mutated(file, POST_URL, (d) => {
      d.documentElement.lang = 'fr-CA';
      d.querySelectorAll('button').forEach((b) => {
        if (b.textContent === 'Reply') b.textContent = 'Répondre';
        if (b.textContent === 'Like') b.textContent = 'J’aime';
      });
    });
    expect(kinds(readAll(linkedinAdapter, fr, ctx))).toEqual({ post: 1, comment: 4, reply: 3 });
    const el = linkedinAdapter.findItems(fr)[1];
    expect(linkedinAdapter.replyTarget(el)?.textContent).toBe('Répondre');
    expect(linkedinAdapter.health(fr, new URL(POST_URL), ctx).ok).toBe(true);
  });

  it('comment keys removed: finds no comment, reports the 7 shown ones, throws nothing', () => {
    const bare = mutated(file, POST_URL, (d) => d.querySelectorAll('[componentkey]').forEach((el) => el.removeAttribute('componentkey')));
    expect(kinds(readAll(linkedinAdapter, bare, ctx))).toEqual({ post: 1 });
    const health = linkedinAdapter.health(bare, new URL(POST_URL), ctx);
    expect(health.ok).toBe(false);
    expect(health.problems.join(' ')).toMatch(/LinkedIn: 7 comment\(s\) shown on this post but none detected/);
  });

  it('an unknown language with the keys gone still reports the miss (labels of every language)', () => {
    const de = mutated(file, POST_URL, (d) => {
      d.documentElement.lang = 'de';
      d.querySelectorAll('[componentkey], [data-urn]').forEach((el) => {
        el.removeAttribute('componentkey');
        el.removeAttribute('data-urn');
      });
    });
    const health = linkedinAdapter.health(de, new URL(POST_URL), ctx);
    expect(readAll(linkedinAdapter, de, ctx)).toEqual([]);
    expect(health.problems.length).toBe(2);
  });
});

describe('LinkedIn adapter on the notifications look-alike', () => {
  const doc = loadPage(ownFixture('linkedin/notifications-2026.lookalike.html'), 'https://www.linkedin.com/notifications/');
  const items = readAll(linkedinAdapter, doc, ctx);

  it('keeps mention and repost cards only', () => {
    expect(kinds(items)).toEqual({ mention: 2, share: 2 });
  });

  it('a mention in a comment carries the comment urn (same identity as on the post page)', () => {
    expect(items[0]).toMatchObject({
      nativeId: comment('7331260000000000003'),
      kind: 'mention',
      author: { name: 'Élodie Gagnon', handle: 'elodie-gagnon' },
      parentId: 'urn:li:activity:7331234567890123456',
      postedAt: '2025-05-22T10:09:52.224Z',
    });
    expect(items[0].text).toBe('Élodie Gagnon mentioned Café Cocktail in a comment: “Bravo Café Cocktail! Est-ce que le menu est offert sans alcool aussi?”');
    expect(items[1]).toMatchObject({ kind: 'share', nativeId: 'urn:li:activity:7331350000000000010', author: { handle: 'jordan-smith-42' } });
    expect(items[1].text).toContain('reposted your post: “Our new autumn menu is here 🍂”');
  });

  it('French UI: the same rows read from French words', () => {
    const fr = loadHtml(
      readFileSync(ownFixture('linkedin/notifications-2026.lookalike.html'), 'utf8')
        .replace('<html lang="en">', '<html lang="fr">')
        .replaceAll('mentioned Café Cocktail in a', 'a mentionné Café Cocktail dans un')
        .replace('reposted your post', 'a republié votre post')
        .replace('shared your post', 'a partagé votre post'),
      'https://www.linkedin.com/notifications/',
    );
    expect(kinds(readAll(linkedinAdapter, fr, ctx))).toEqual({ mention: 2, share: 2 });
    const en = loadHtml(readFileSync(ownFixture('linkedin/notifications-2026.lookalike.html'), 'utf8').replace('<html lang="en">', '<html lang="fr">'), 'https://www.linkedin.com/notifications/');
    expect(readAll(linkedinAdapter, en, ctx)).toEqual([]); // English words on a French page match nothing
  });
});

describe.skipIf(!hasShared('linkedin/metascraper-company-page.html'))('LinkedIn shared copy (did not run without ../shared/fixtures/platforms)', () => {
  it('the shared original reads like the project copy', () => {
    const doc = loadPage(sharedFixture('linkedin/metascraper-company-page.html'), 'https://uk.linkedin.com/company/audiense');
    expect(kinds(readAll(linkedinAdapter, doc))).toEqual({ post: 4, share: 6 });
  });
});

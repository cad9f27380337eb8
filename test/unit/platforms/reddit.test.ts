// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '../../../lib/platforms/reddit';
import { hasShared, kinds, loadPage, ownFixture, readAll, sharedFixture } from './load-page';
import { renameElements, shuffleClasses } from './mutate';

const SHREDDIT = ownFixture('reddit/shreddit-lookalike.html');
const SHREDDIT_URL = 'https://www.reddit.com/r/montreal/comments/1abc23/best_coffee_roaster_in_montreal/';
const REDESIGN = ownFixture('reddit/postlight-redesign-showerthoughts-comments.html');
const REDESIGN_URL = 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/vanilla_becoming_the_default_flavour/';

describe('Reddit shreddit look-alike (2023- markup)', () => {
  it('post, 3 comments, 3 replies with depth, parent and brand reply', () => {
    const doc = loadPage(SHREDDIT, SHREDDIT_URL);
    const items = readAll(redditAdapter, doc, { brandHandles: ['u/CafeSoleil'] });
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 3 });
    const byId = new Map(items.map((i) => [i.nativeId, i]));
    expect(byId.get('t3_1abc23')).toMatchObject({ author: { handle: 'plateau_pat' }, text: 'Best coffee roaster in Montréal?\n\nLooking for beans roasted locally. Café Soleil?', postedAt: '2026-03-02T14:05:00.000Z' });
    expect(byId.get('t1_k1aaaa1')).toMatchObject({
      kind: 'comment',
      depth: 1,
      parentId: 't3_1abc23',
      text: 'Café Soleil sur Fleury, sans hésiter! ☕\nLeur espresso est parfait.',
      postedAt: '2026-03-02T15:00:00.000Z',
      permalink: 'https://www.reddit.com/r/montreal/comments/1abc23/comment/k1aaaa1/',
      author: { name: 'marie_t', url: 'https://www.reddit.com/user/marie_t/' },
      repliedByBrand: true,
    });
    expect(byId.get('t1_k1cccc3')).toMatchObject({ kind: 'reply', depth: 3, parentId: 't1_k1bbbb2', text: 'Vous ouvrez le dimanche?' });
    expect(byId.get('t1_k1dddd4')?.repliedByBrand).toBe(false);
    const composer = redditAdapter.findComposer(doc)!;
    expect(redditAdapter.composerKind(composer)).toBe('shreddit');
    expect(redditAdapter.health(doc, new URL(SHREDDIT_URL)).ok).toBe(true);
  });

  it('renamed custom elements: nothing read, the miss reported', () => {
    const doc = loadPage(SHREDDIT, SHREDDIT_URL);
    renameElements(doc, 'shreddit-comment', 'shreddit-comment-v2');
    renameElements(doc, 'shreddit-post', 'shreddit-post-v2');
    expect(readAll(redditAdapter, doc)).toEqual([]);
    const health = redditAdapter.health(doc, new URL(SHREDDIT_URL));
    expect(health.ok).toBe(false);
    expect(health.problems).toContain('Reddit: the post was not detected');
  });
});

describe('Reddit 2019 redesign (real page, r/Showerthoughts)', () => {
  it('the post and 173 readable comments (24 deleted or removed are skipped)', () => {
    const doc = loadPage(REDESIGN, REDESIGN_URL);
    expect(redditAdapter.findItems(doc)).toHaveLength(1 + 197);
    const items = readAll(redditAdapter, doc);
    const k = kinds(items);
    expect(k.post).toBe(1);
    expect((k.comment ?? 0) + (k.reply ?? 0)).toBe(173);
    const post = items.find((i) => i.kind === 'post')!;
    expect(post).toMatchObject({ nativeId: 't3_awx46q', author: { handle: 'benyacobi' } });
    expect(post.text).toBe('Vanilla becoming the default flavour of ice cream is the greatest underdog story of all time.');
    expect(items.find((i) => i.nativeId === 't1_ehq4og3')).toMatchObject({
      kind: 'reply',
      depth: 2,
      author: { name: 'emptyzombiekilla', url: 'https://www.reddit.com/user/emptyzombiekilla/' },
      text: "Is there a cheaper alternative?\nEdit: While I have your attention check to make sure you're on WiFi.",
      permalink: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/comment/ehq4og3/',
      likedByMe: false,
    });
    expect(redditAdapter.health(doc, new URL(REDESIGN_URL)).ok).toBe(true);
  });

  it('classes shuffled: the same items (no class is used)', () => {
    const doc = loadPage(REDESIGN, REDESIGN_URL);
    shuffleClasses(doc);
    const k = kinds(readAll(redditAdapter, doc));
    expect((k.comment ?? 0) + (k.reply ?? 0)).toBe(173);
  });

  it('data-testid removed: no comment read, the miss reported, nothing thrown', () => {
    const doc = loadPage(REDESIGN, REDESIGN_URL);
    for (const el of doc.querySelectorAll('[data-testid]')) el.removeAttribute('data-testid');
    expect(readAll(redditAdapter, doc)).toEqual([]);
    const health = redditAdapter.health(doc, new URL(REDESIGN_URL));
    expect(health.ok).toBe(false);
    expect(health.problems).toContain('Reddit: comments are visible under the post but none was detected');
  });
});

describe.skipIf(!hasShared('reddit/blogskipper-old-reddit-aww-2018.html'))(
  'old.reddit 2018 r/aww (not run without ../shared/fixtures/platforms)',
  () => {
    it('the post, 98 comments and 99 replies with ISO dates and parents', () => {
      const url = 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/';
      const doc = loadPage(sharedFixture('reddit/blogskipper-old-reddit-aww-2018.html'), url);
      const items = readAll(redditAdapter, doc);
      expect(kinds(items)).toEqual({ post: 1, comment: 98, reply: 99 });
      expect(items.find((i) => i.nativeId === 't1_dxr2q90')).toMatchObject({
        kind: 'reply',
        author: { name: 'glitterpig09', url: 'https://www.reddit.com/user/glitterpig09' },
        text: 'Ben is adorable! Is that the cardboard house from Neko Atsume??',
        postedAt: '2018-04-21T22:23:05.000Z',
        parentId: 't1_dxr0evr',
        depth: 2,
        permalink: 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/dxr2q90/',
      });
      const top = items.find((i) => i.nativeId === 't1_dxr0evr')!;
      expect(top).toMatchObject({ kind: 'comment', depth: 1, parentId: 't3_8dyrb3' });
    });
  },
);

describe('old Reddit inbox and mentions (look-alike of the message listing)', () => {
  const INBOX = ownFixture('reddit/old-inbox-mentions.lookalike.html');
  const ctx = { brandHandles: ['u/CafeSoleil'] };

  it('on the mentions page every comment row is a mention; private messages are not read', () => {
    const doc = loadPage(INBOX, 'https://old.reddit.com/message/mentions');
    const items = readAll(redditAdapter, doc, ctx);
    expect(kinds(items)).toEqual({ mention: 2 });
    expect(items[0]).toEqual({
      platform: 'reddit',
      nativeId: 't1_k2mm001',
      kind: 'mention',
      author: { name: 'marie_t', handle: 'marie_t', url: 'https://old.reddit.com/user/marie_t' },
      text: 'Demandez à u/CafeSoleil, ils torréfient sur place ☕',
      postedAt: '2026-03-02T15:00:00.000Z',
      permalink: 'https://old.reddit.com/r/montreal/comments/1abc23/best_coffee_roaster/k2mm001/',
      parentId: 't3_1abc23',
    });
    expect(redditAdapter.health(doc, new URL('https://old.reddit.com/message/mentions'), ctx)).toMatchObject({ ok: true, found: { mention: 2 } });
  });

  it('in the inbox a row naming the brand is a mention, another comment row a reply to the brand', () => {
    const doc = loadPage(INBOX, 'https://old.reddit.com/message/inbox');
    const byId = new Map(readAll(redditAdapter, doc, ctx).map((i) => [i.nativeId, i]));
    expect(byId.get('t1_k2mm001')?.kind).toBe('mention');
    expect(byId.get('t1_k2mm002')).toMatchObject({ kind: 'reply', text: 'Vous ouvrez à quelle heure le dimanche?', parentId: undefined });
    expect(byId.has('t4_pm0001')).toBe(false);
    expect(readAll(redditAdapter, loadPage(INBOX, 'https://old.reddit.com/message/inbox'), { brandHandles: ['u/autremarque'] }).map((i) => i.kind)).toEqual(['reply', 'reply']);
  });

  it('with its classes shuffled: finds nothing, reports the miss, throws nothing', () => {
    const doc = loadPage(INBOX, 'https://old.reddit.com/message/mentions');
    shuffleClasses(doc);
    expect(readAll(redditAdapter, doc, ctx)).toEqual([]);
    const health = redditAdapter.health(doc, new URL('https://old.reddit.com/message/mentions'), ctx);
    expect(health.ok).toBe(false);
    expect(health.problems.join(' ')).toMatch(/inbox/);
  });
});

// @vitest-environment jsdom
// A Bluesky post page read with the "Tree view" thread preference on: answers nested by indentation, listed depth first.
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../lib/platforms/bluesky';
import type { RawItem } from '../../../lib/platforms/types';
import { kinds, loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute } from './mutate';

const TREE = ownFixture('bluesky/post-tree-view.lookalike.html');
const URL_ = 'https://bsky.app/profile/maude-r.bsky.social/post/3mfb2tpost22a';
const BRAND = { brandHandles: ['cafeboreal.bsky.social'] };

const uri = (handle: string, rkey: string) => `at://${handle}/app.bsky.feed.post/${rkey}`;
const POST = uri('maude-r.bsky.social', '3mfb2tpost22a');
const THEO = uri('theo.bsky.social', '3mfb2tc1aaa2b');
const INES = uri('ines.bsky.social', '3mfb2tr1a2a2c');
const THEO_2 = uri('theo.bsky.social', '3mfb2tr1b2a2d');
const BRAND_REPLY = uri('cafeboreal.bsky.social', '3mfb2tr1c2a2e');
const INES_2 = uri('ines.bsky.social', '3mfb2tr1d2a2f');
const PAUL = uri('paul.bsky.social', '3mfb2tc2aa2a2g');
const JO = uri('jo.bsky.social', '3mfb2tc3aa2a2h');
const MAUDE = uri('maude-r.bsky.social', '3mfb2tr3a2a2i');
const JO_2 = uri('jo.bsky.social', '3mfb2tr3b2a2j');
const KIM = uri('kim.bsky.social', '3mfb2tc4aa2a2k');

const byId = (items: RawItem[]) => new Map(items.map((i) => [i.nativeId, i]));
const place = (i: RawItem | undefined) => i && { kind: i.kind, depth: i.depth, parentId: i.parentId };

describe('Bluesky post page in tree view (look-alike of ThreadItemTreePost markup)', () => {
  it('the focused post, 4 comments and 6 replies, each under the item it answers', () => {
    const doc = loadPage(TREE, URL_);
    const items = readAll(blueskyAdapter, doc, BRAND);
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 6 });
    expect(items.map((i) => i.nativeId)).toEqual([POST, THEO, INES, THEO_2, BRAND_REPLY, INES_2, PAUL, JO, MAUDE, JO_2, KIM]);
    const by = byId(items);
    expect(place(by.get(POST))).toEqual({ kind: 'post', depth: undefined, parentId: undefined });
    expect(place(by.get(THEO))).toEqual({ kind: 'comment', depth: 1, parentId: POST });
    expect(place(by.get(INES))).toEqual({ kind: 'reply', depth: 2, parentId: THEO });
    expect(place(by.get(THEO_2))).toEqual({ kind: 'reply', depth: 3, parentId: INES });
    // Theo's second answer follows a depth-3 reply: it still answers Theo's comment, not the item right above it.
    expect(place(by.get(BRAND_REPLY))).toEqual({ kind: 'reply', depth: 2, parentId: THEO });
    expect(place(by.get(INES_2))).toEqual({ kind: 'reply', depth: 3, parentId: BRAND_REPLY });
    expect(place(by.get(PAUL))).toEqual({ kind: 'comment', depth: 1, parentId: POST });
    expect(place(by.get(JO))).toEqual({ kind: 'comment', depth: 1, parentId: POST });
    expect(place(by.get(MAUDE))).toEqual({ kind: 'reply', depth: 2, parentId: JO });
    expect(place(by.get(JO_2))).toEqual({ kind: 'reply', depth: 3, parentId: MAUDE });
    // After the "Read 2 more replies" row (no item), a new comment.
    expect(place(by.get(KIM))).toEqual({ kind: 'comment', depth: 1, parentId: POST });
    expect(blueskyAdapter.health(doc, new URL(URL_)).ok).toBe(true);
  });

  it('author, text, permalink and date of a tree reply; page text stays text', () => {
    const by = byId(readAll(blueskyAdapter, loadPage(TREE, URL_), BRAND));
    expect(by.get(BRAND_REPLY)).toMatchObject({
      author: { name: 'Café Boréal', handle: 'cafeboreal.bsky.social', url: 'https://bsky.app/profile/cafeboreal.bsky.social' },
      text: 'Thanks Theo! Saturdays are calm before 11, see you there ☕',
      permalink: 'https://bsky.app/profile/cafeboreal.bsky.social/post/3mfb2tr1c2a2e',
      postedAt: new Date(2026, 0, 27, 9, 20).toISOString(),
      likedByMe: false,
    });
    expect(by.get(JO_2)?.text).toBe('Thanks! <b>not bold</b> & no markup here');
    expect(by.get(POST)).toMatchObject({ author: { name: 'Maude R.' }, permalink: URL_, text: expect.stringMatching(/^Looking for a quiet café/) });
  });

  it('repliedByBrand: the post, and the comment the brand answered though its answer is not the first one under it', () => {
    const replied = (brand: string) => readAll(blueskyAdapter, loadPage(TREE, URL_), { brandHandles: [brand] }).filter((i) => i.repliedByBrand).map((i) => i.nativeId);
    expect(replied('cafeboreal.bsky.social')).toEqual([POST, THEO]);
    expect(replied('@CafeBoreal.bsky.social')).toEqual([POST, THEO]);
    // Inès answers Theo (first answer) and the brand's reply (depth 3): both are answered by her, nothing else.
    expect(replied('ines.bsky.social')).toEqual([POST, THEO, BRAND_REPLY]);
    // Theo's depth-3 reply answers Inès, not his own comment.
    expect(replied('theo.bsky.social')).toEqual([POST, INES]);
    expect(replied('jo.bsky.social')).toEqual([POST, MAUDE]);
    expect(replied('nobody.bsky.social')).toEqual([]);
    expect(readAll(blueskyAdapter, loadPage(TREE, URL_)).some((i) => i.repliedByBrand)).toBe(false);
  });

  it('one item read alone, without the others read first, finds the same place', () => {
    const doc = loadPage(TREE, URL_);
    const el = blueskyAdapter.findItems(doc).find((e) => e.getAttribute('data-testid') === 'postThreadItem-by-jo.bsky.social' && e.textContent?.includes('not bold'))!;
    expect(place(blueskyAdapter.readItem(el, BRAND) ?? undefined)).toEqual({ kind: 'reply', depth: 3, parentId: MAUDE });
  });

  it('data-testid removed: nothing read, the miss reported, nothing thrown', () => {
    const doc = loadPage(TREE, URL_);
    removeAttribute(doc, 'data-testid');
    expect(() => readAll(blueskyAdapter, doc, BRAND)).not.toThrow();
    expect(readAll(blueskyAdapter, doc, BRAND)).toEqual([]);
    const health = blueskyAdapter.health(doc, new URL(URL_));
    expect(health.ok).toBe(false);
    expect(health.problems).toContain('Bluesky: replies are visible under the post but none was detected');
  });

  it('indent guides gone: replies keep their kind but no guessed depth, parent or brand answer', () => {
    const doc = loadPage(TREE, URL_);
    for (const item of doc.querySelectorAll('[data-testid^="postThreadItem-by-"]')) {
      for (let g = item.parentElement?.previousElementSibling; g; g = item.parentElement?.previousElementSibling) g.remove();
    }
    const items = readAll(blueskyAdapter, doc, BRAND);
    expect(kinds(items)).toEqual({ post: 1, comment: 4, reply: 6 });
    for (const reply of items.filter((i) => i.kind === 'reply')) expect([reply.depth, reply.parentId, reply.repliedByBrand]).toEqual([undefined, undefined, undefined]);
    const by = byId(items);
    expect(place(by.get(PAUL))).toEqual({ kind: 'comment', depth: 1, parentId: POST });
    // Theo's comment has answers whose depth is unknown: whether the brand is among them is not claimed either way.
    expect(by.get(THEO)?.repliedByBrand).toBeUndefined();
    expect(by.get(PAUL)?.repliedByBrand).toBe(false);
  });
});

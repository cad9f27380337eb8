// @vitest-environment jsdom
/**
 * LinkedIn 2026 SDUI post page whose replies are listed flat beside their comment (rows of one list), not nested in
 * it: a reply is known by its own reply actor links, and answers the comment listed before its thread. Sources in the
 * fixture header.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../lib/platforms/linkedin';
import type { RawItem } from '../../../lib/platforms/types';
import { kinds, loadHtml, ownFixture, readAll } from './load-page';

const ACT = '7331234567890123456';
const POST_URL = `https://www.linkedin.com/feed/update/urn:li:activity:${ACT}/`;
const ctx = { brandHandles: ['cafe-cocktail'] };
const FILE = ownFixture('linkedin/post-sdui-flat-replies.lookalike.html');
const NESTED = ownFixture('linkedin/post-sdui-2026.lookalike.html');
const c = (n: string) => `urn:li:comment:(activity:${ACT},${n})`;
const byId = (items: RawItem[], id: string) => items.find((i) => i.nativeId === id);
const page = (change: (html: string) => string = (h) => h, file = FILE) => loadHtml(change(readFileSync(file, 'utf8')), POST_URL);

const JORDAN = '7331240000000000001';
const BRAND_REPLY = '7331250000000000002';
const ELODIE = '7331260000000000003';
const MARC_REPLY = '7331270000000000004';
const PRIYA_REPLY = '7331280000000000005';
const SAM = '7331290000000000006';

/** The list row (a direct child of the comment list) holding the comment with this id. */
function row(doc: Document, id: string): Element {
  let el: Element = doc.querySelector(`[componentkey$=",${id})"]`)!;
  while (el.parentElement && !el.parentElement.matches('[data-component-type="LazyColumn"]')) el = el.parentElement;
  return el;
}

describe('LinkedIn SDUI post page, replies listed flat beside their comment', () => {
  const doc = page();
  const items = readAll(linkedinAdapter, doc, ctx);

  it('counts the post, 3 comments and 3 replies once each', () => {
    expect(kinds(items)).toEqual({ post: 1, comment: 3, reply: 3 });
    expect(items.map((i) => i.nativeId)).toEqual([`urn:li:activity:${ACT}`, c(JORDAN), c(BRAND_REPLY), c(MARC_REPLY), c(ELODIE), c(PRIYA_REPLY), c(SAM)]);
  });

  it('each reply has depth 2 and the comment listed before its thread as parent', () => {
    expect(byId(items, c(BRAND_REPLY))).toEqual({
      platform: 'linkedin',
      nativeId: c(BRAND_REPLY),
      kind: 'reply',
      author: { name: 'Café Cocktail', handle: 'cafe-cocktail', url: 'https://www.linkedin.com/company/cafe-cocktail/' },
      text: 'Great idea, noted for the tasting on Friday!',
      postedAt: '2025-05-22T09:30:08.038Z',
      permalink: `${POST_URL}?commentUrn=${encodeURIComponent(c(JORDAN))}&replyUrn=${encodeURIComponent(c(BRAND_REPLY))}`,
      parentId: c(JORDAN),
      depth: 2,
      likedByMe: false,
      repliedByBrand: false,
    });
    expect(byId(items, c(MARC_REPLY))).toMatchObject({
      kind: 'reply',
      depth: 2,
      parentId: c(JORDAN),
      author: { name: 'Marc Roy', handle: 'marc-roy' },
      text: 'Jordan Smith count me in for Friday.',
    });
    expect(byId(items, c(PRIYA_REPLY))).toMatchObject({ kind: 'reply', depth: 2, parentId: c(ELODIE), text: '+1, a zero-proof option would be great.' });
  });

  it('comments keep depth 1 and the post as parent', () => {
    for (const id of [JORDAN, ELODIE, SAM]) {
      expect(byId(items, c(id))).toMatchObject({ kind: 'comment', depth: 1, parentId: `urn:li:activity:${ACT}`, permalink: `${POST_URL}?commentUrn=${encodeURIComponent(c(id))}` });
    }
    expect(byId(items, c(JORDAN))).toMatchObject({ author: { name: 'Jordan Smith', handle: 'jordan-smith-42' }, text: 'A smoky mezcal sour please! 🥃', likedByMe: true });
  });

  it('the brand answered the first comment only; a mention is no answer; a reply is no top-level comment of the brand', () => {
    expect(byId(items, c(JORDAN))!.repliedByBrand).toBe(true);
    expect(byId(items, c(ELODIE))!.repliedByBrand).toBe(false);
    expect(byId(items, c(SAM))!.repliedByBrand).toBe(false);
    expect(byId(items, `urn:li:activity:${ACT}`)!.repliedByBrand).toBe(false);
    expect(items.filter((i) => i.kind === 'reply').every((i) => !i.repliedByBrand)).toBe(true);
  });

  it('without brand handles nothing is answered by the brand, the threads stay the same', () => {
    const plain = readAll(linkedinAdapter, page());
    expect(plain.some((i) => i.repliedByBrand)).toBe(false);
    expect(byId(plain, c(PRIYA_REPLY))!.parentId).toBe(c(ELODIE));
  });

  it('a reply read on its own (no scan before) still finds its comment', () => {
    const fresh = page();
    const el = fresh.querySelector(`[componentkey="replaceableComment_urn:li:comment:(urn:li:activity:${ACT},${MARC_REPLY})"]`)!;
    expect(linkedinAdapter.readItem(el, ctx)).toMatchObject({ kind: 'reply', depth: 2, parentId: c(JORDAN) });
  });

  it('is healthy, finds the Reply button of a flat reply', () => {
    expect(linkedinAdapter.health(doc, new URL(POST_URL), ctx)).toMatchObject({ ok: true, found: { post: 1, comment: 3, reply: 3 } });
    const reply = linkedinAdapter.findItems(doc).find((el) => el.getAttribute('componentkey')?.endsWith(`,${BRAND_REPLY})`))!;
    expect(linkedinAdapter.replyTarget(reply)?.textContent).toBe('Reply');
  });

  it('classes shuffled: same items and threads', () => {
    const shuffled = page();
    shuffled.querySelectorAll('[class]').forEach((el, i) => el.setAttribute('class', `z${(i * 7) % 13}q`));
    const again = readAll(linkedinAdapter, shuffled, ctx);
    expect(again).toEqual(items);
  });

  it('comment keys removed: finds no comment nor reply, reports the shown ones, throws nothing', () => {
    const bare = page((h) => h.replace(/ componentkey="[^"]*"/g, ''));
    let found: RawItem[] = [];
    expect(() => (found = readAll(linkedinAdapter, bare, ctx))).not.toThrow();
    expect(kinds(found)).toEqual({ post: 1 });
    const health = linkedinAdapter.health(bare, new URL(POST_URL), ctx);
    expect(health.ok).toBe(false);
    expect(health.problems.join(' ')).toMatch(/LinkedIn: 6 comment\(s\) shown on this post but none detected/);
  });

  it('the comment of a thread not on the page (scrolled out of the list): its replies have no parent, not another one', () => {
    const cut = page();
    row(cut, JORDAN).remove();
    const read = readAll(linkedinAdapter, cut, ctx);
    expect(kinds(read)).toEqual({ post: 1, comment: 2, reply: 3 });
    for (const id of [BRAND_REPLY, MARC_REPLY]) {
      const reply = byId(read, c(id))!;
      expect(reply).toMatchObject({ kind: 'reply', depth: 2, parentId: undefined });
      expect(reply.permalink).toBe(`${POST_URL}?commentUrn=${encodeURIComponent(c(id))}`);
    }
    expect(byId(read, c(PRIYA_REPLY))!.parentId).toBe(c(ELODIE));
  });

  it('replies listed after a newer comment are not given to it (ids are time-ordered)', () => {
    const moved = page();
    const list = moved.querySelector('[data-component-type="LazyColumn"]')!;
    list.append(row(moved, BRAND_REPLY), row(moved, MARC_REPLY));
    const read = readAll(linkedinAdapter, moved, ctx);
    expect(kinds(read)).toEqual({ post: 1, comment: 3, reply: 3 });
    expect(byId(read, c(BRAND_REPLY))!.parentId).toBeUndefined();
    expect(byId(read, c(MARC_REPLY))!.parentId).toBeUndefined();
    expect(byId(read, c(SAM))!.repliedByBrand).toBe(false);
    expect(byId(read, c(JORDAN))!.repliedByBrand).toBe(false);
  });

  it('replies nested in their comment carrying the same reply marks: read as before, not twice', () => {
    const marked = page(
      (h) => h.replace(/<a class="nm" href="(https:\/\/www\.linkedin\.com\/(?:in|company)\/(?:cafe-cocktail|marc-roy|priya-patel)\/)">/g, '<a class="nm" data-view-name="reply-actor-description" href="$1">'),
      NESTED,
    );
    expect(marked.querySelectorAll('[data-view-name="reply-actor-description"]').length).toBe(3);
    const read = readAll(linkedinAdapter, marked, ctx);
    expect(kinds(read)).toEqual({ post: 1, comment: 4, reply: 3 });
    expect(byId(read, c(BRAND_REPLY))).toMatchObject({ depth: 2, parentId: c(JORDAN) });
    expect(byId(read, c('7331280000000000005'))).toMatchObject({ depth: 2, parentId: c(ELODIE) });
    expect(byId(read, c(JORDAN))!.repliedByBrand).toBe(true);
  });
});

describe('LinkedIn: what the page pass tells a read equals what the comment alone tells', () => {
  // The scan's findItems makes one pass over the page; reads in the same task take nesting from it instead of a
  // query and a climb per comment. After the page changes, the pass is stale and each comment is read on its own.
  it.each([
    ['nested replies', NESTED],
    ['replies listed flat', FILE],
  ])('%s', async (_, file) => {
    const doc = page(undefined, file);
    const els = linkedinAdapter.findItems(doc);
    const fromPass = els.map((el) => linkedinAdapter.readItem(el, ctx));
    doc.body.append(doc.createElement('p'));
    await Promise.resolve();
    const alone = els.map((el) => linkedinAdapter.readItem(el, ctx));
    expect(fromPass.filter((i) => i?.kind === 'reply').length).toBeGreaterThan(0);
    expect(fromPass.some((i) => i?.repliedByBrand)).toBe(true);
    expect(alone).toEqual(fromPass);
  });
});

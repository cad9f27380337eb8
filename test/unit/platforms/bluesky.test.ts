// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../lib/platforms/bluesky';
import { kinds, loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute } from './mutate';

const THREAD = ownFixture('bluesky/metascraper-post-image-thread.html');
const THREAD_URL = 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t';
const PROFILE = ownFixture('bluesky/metascraper-profile.html');
const PROFILE_URL = 'https://bsky.app/profile/stephenking.bsky.social';

describe('Bluesky on real saved pages (2026-01)', () => {
  it('thread: the focused post and 51 replies', () => {
    const doc = loadPage(THREAD, THREAD_URL);
    const items = readAll(blueskyAdapter, doc, { brandHandles: ['dreece-ca.bsky.social'] });
    expect(kinds(items)).toEqual({ post: 1, comment: 51 });
    const post = items.find((i) => i.kind === 'post')!;
    expect(post).toMatchObject({
      nativeId: 'at://glendunlap.bsky.social/app.bsky.feed.post/3mdegyw3ves2t',
      author: { handle: 'glendunlap.bsky.social', url: 'https://bsky.app/profile/glendunlap.bsky.social' },
      permalink: THREAD_URL,
      repliedByBrand: true,
    });
    const reece = items.find((i) => i.nativeId === 'at://dreece-ca.bsky.social/app.bsky.feed.post/3mdeitsgznc24')!;
    expect(reece).toMatchObject({
      kind: 'comment',
      author: { name: 'Reece Martin 🫘 🇺🇸', handle: 'dreece-ca.bsky.social' },
      text: "He's looking a little judge-y.",
      permalink: 'https://bsky.app/profile/dreece-ca.bsky.social/post/3mdeitsgznc24',
      parentId: post.nativeId,
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
});

// @vitest-environment jsdom
// The evidence queries of the health checks are only asked when nothing was read: each still reports its miss.
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../lib/platforms/bluesky';
import { mastodonAdapter } from '../../../lib/platforms/mastodon';
import { threadsAdapter } from '../../../lib/platforms/threads';
import { xAdapter } from '../../../lib/platforms/x';
import { loadPage, ownFixture, readAll } from './load-page';
import { removeAttribute } from './mutate';

const problemsOf = (adapter: typeof xAdapter, doc: Document) => adapter.health(doc, new URL(doc.URL)).problems;

describe('health evidence, asked only when something is missing', () => {
  it('X notifications: rows shown, hooks gone -> the rows are reported; intact -> nothing', () => {
    const url = 'https://x.com/notifications';
    expect(problemsOf(xAdapter, loadPage(ownFixture('x/notifications-2026.lookalike.html'), url))).toEqual([]);
    const doc = loadPage(ownFixture('x/notifications-2026.lookalike.html'), url);
    removeAttribute(doc, 'data-testid');
    expect(readAll(xAdapter, doc)).toEqual([]);
    expect(problemsOf(xAdapter, doc)).toContain('X: notification rows are visible but none was detected');
  });

  it('X status page: the post read, its replies not -> the replies are reported', () => {
    const doc = loadPage(ownFixture('x/metascraper-profile-timeline.html'), 'https://x.com/Kikobeats/status/1759241476758733209');
    const [, ...replies] = Array.from(doc.querySelectorAll('article[data-testid="tweet"]'));
    for (const reply of replies) reply.removeAttribute('data-testid');
    expect(readAll(xAdapter, doc).map((i) => i.nativeId)).toEqual(['1759241476758733209']);
    expect(problemsOf(xAdapter, doc)).toContain('X: replies are visible under the post but none was detected');
  });

  it('Threads activity and profile: rows shown, hook gone -> reported', () => {
    const activity = loadPage(ownFixture('threads/activity-2025.lookalike.html'), 'https://www.threads.com/activity');
    removeAttribute(activity, 'data-pressable-container');
    expect(problemsOf(threadsAdapter, activity)).toContain('Threads: activity rows are shown but none was detected');
    const profile = loadPage(ownFixture('threads/post-2025.lookalike.html'), 'https://www.threads.com/@cafecocktail.mtl');
    removeAttribute(profile, 'data-pressable-container');
    expect(problemsOf(threadsAdapter, profile)).toContain('Threads: posts are shown but none was detected');
  });

  it('Bluesky profile: posts shown, item hooks gone -> reported', () => {
    const doc = loadPage(ownFixture('bluesky/metascraper-profile.html'), 'https://bsky.app/profile/stephenking.bsky.social');
    expect(problemsOf(blueskyAdapter, doc)).toEqual([]);
    for (const el of doc.querySelectorAll('[data-testid^="feedItem-by-"]')) el.removeAttribute('data-testid');
    expect(readAll(blueskyAdapter, doc)).toEqual([]);
    expect(problemsOf(blueskyAdapter, doc)).toContain('Bluesky: posts are visible but none was detected');
  });

  it('Mastodon status: the post read, its replies not -> the replies are reported', () => {
    const doc = loadPage(ownFixture('mastodon/defuddle-status-thread-anonymized.html'), 'https://mastodon.example/@alice/12345678');
    for (const status of doc.querySelectorAll('.status[data-id]')) status.removeAttribute('data-id');
    expect(readAll(mastodonAdapter, doc).map((i) => i.kind)).toEqual(['post']);
    expect(problemsOf(mastodonAdapter, doc)).toContain('Mastodon: replies are visible under the post but none was detected');
  });
});

/** Every adapter, and the one that reads a given page. */
import { blueskyAdapter } from './bluesky';
import { mastodonAdapter } from './mastodon';
import { redditAdapter } from './reddit';
import type { Adapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';
import { linkedinAdapter } from './linkedin';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { tiktokAdapter } from './tiktok';
import { threadsAdapter } from './threads';

export const adapters: Adapter[] = [
  xAdapter,
  linkedinAdapter,
  facebookAdapter,
  instagramAdapter,
  youtubeAdapter,
  tiktokAdapter,
  redditAdapter,
  blueskyAdapter,
  mastodonAdapter,
  threadsAdapter,
];

/** Turns a manifest match pattern (`https://*.reddit.com/*`) into a host test. */
function hostMatches(pattern: string, host: string): boolean {
  const m = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const want = m[1];
  if (want === '*') return false; // any-host patterns say nothing about which platform a page is
  if (want.startsWith('*.')) return host === want.slice(2) || host.endsWith(want.slice(1));
  return host === want;
}

/**
 * The adapter for a page: by host from each adapter's `matches`, else (instances on any host, such as Mastodon)
 * by markup when the document is given.
 */
export function adapterForUrl(url: URL | string, doc?: Document): Adapter | undefined {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const byHost = adapters.find((a) => a.matches.some((p) => hostMatches(p, u.hostname)));
  if (byHost) return byHost;
  return doc ? adapters.find((a) => a.detect?.(doc)) : undefined;
}

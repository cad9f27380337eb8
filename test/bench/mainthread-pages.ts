// The 2,000-comment pages the scan and main-thread benches load: each platform's look-alike markup (demo/pages/render.ts),
// grown to the size of a real item by realistic-page.ts.
import { PLATFORM_PAGES, manyComments } from '../../demo/pages/render';
import type { Platform } from '../../lib/platforms/types';

/** The brand's handle as each platform writes it (lib/store/demo.ts). */
export const BRAND_HANDLES: Record<Platform, string[]> = {
  x: ['cafeboreal'], linkedin: ['cafe-boreal'], facebook: ['cafeboreal'], instagram: ['cafeboreal'], youtube: ['@cafeboreal'],
  tiktok: ['cafeboreal'], reddit: ['cafeboreal'], bluesky: ['cafeboreal.bsky.social'], mastodon: ['cafeboreal@mastodon.social'], threads: ['cafeboreal'],
};

export interface BenchPage {
  url: string;
  html: string;
  /** Items the adapter reads on it: the post and every comment and reply. */
  items: number;
}

export function benchPage(platform: Platform, comments: number): BenchPage {
  const p = PLATFORM_PAGES[platform];
  return { url: p.url, html: p.page(manyComments(comments)), items: comments + 1 };
}

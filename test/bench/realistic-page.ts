// A bench page whose items are as large as real ones: the look-alike markup of mainthread-pages.ts, grown in Chromium.
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Platform } from '../../lib/platforms/types';
import { benchPage, type BenchPage } from './mainthread-pages';

/**
 * Elements in one item of a real page, as its adapter finds the item (the median over the saved pages in
 * ../shared/fixtures/platforms). The look-alike markup holds only what the adapters read: 8-19 elements an item, 3 to
 * 12 times fewer than real pages, which made every search that visits an item's elements look cheap. Where no real
 * page of today's comment markup was saved, the median of the measured platforms, 57, is assumed.
 */
export const REAL_ITEM_ELEMENTS: Record<Platform, { elements: number; source: string }> = {
  x: { elements: 185, source: 'x/tweetyoink-x-tweet-sample.html (a conversation tweet)' },
  youtube: { elements: 95, source: 'youtube/trex-watch-f7631ac0-2022-03.html (ytd-comment-renderer)' },
  bluesky: { elements: 57, source: 'bluesky/metascraper-post-image-thread.html' },
  reddit: { elements: 44, source: 'reddit/postlight-redesign-showerthoughts-comments.html' },
  tiktok: { elements: 21, source: 'tiktok/trex-tk-video-1.html' },
  mastodon: { elements: 21, source: 'mastodon/defuddle-status-thread-anonymized.html' },
  linkedin: { elements: 57, source: 'assumed (the guest page saved shows post cards of 65, no comment)' },
  facebook: { elements: 57, source: 'assumed (no real www page saved)' },
  instagram: { elements: 57, source: 'assumed (the 2021 page saved has 19-element comments; 2025 markup is deeper)' },
  threads: { elements: 57, source: 'assumed (no real page saved)' },
};

let fillCode: Promise<string> | undefined;
const realistic = new Map<string, Promise<BenchPage>>();

/**
 * benchPage with each item grown to REAL_ITEM_ELEMENTS by text-less elements (icons, empty wrappers) added at its end,
 * in a page of `open`'s browser, then saved: the benches load plain HTML. Made once per platform and size.
 */
export function realisticBenchPage(open: { newPage(): Promise<Page> }, platform: Platform, comments: number): Promise<BenchPage> {
  const key = `${platform}:${comments}`;
  let made = realistic.get(key);
  if (!made) realistic.set(key, (made = grow(open, platform, comments)));
  return made;
}

async function grow(open: { newPage(): Promise<Page> }, platform: Platform, comments: number): Promise<BenchPage> {
  fillCode ??= build({ entryPoints: ['test/bench/fill-entry.ts'], bundle: true, write: false, format: 'iife', minify: true, logLevel: 'warning' }).then(
    (b) => b.outputFiles[0].text,
  );
  const plain = benchPage(platform, comments);
  const page = await open.newPage();
  try {
    await page.route(/^https?:\/\//, (r) => (r.request().url() === plain.url ? r.fulfill({ contentType: 'text/html; charset=utf-8', body: plain.html }) : r.abort()));
    await page.goto(plain.url);
    const script = await page.addScriptTag({ content: await fillCode });
    const grown = await page.evaluate(([p, n]) => window.__fillItems(p, n), [platform, REAL_ITEM_ELEMENTS[platform].elements] as const);
    if (grown < comments) throw new Error(`${platform}: ${grown} items grown, ${comments} expected`);
    await script.evaluate((s) => (s as Element).remove());
    return { ...plain, html: await page.content() };
  } finally {
    await page.close();
  }
}

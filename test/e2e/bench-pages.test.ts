/**
 * The bench's pages grow each item to a real item's size with elements no adapter looks for (test/bench/
 * realistic-page.ts): every adapter must read the grown page exactly as the look-alike it grew from, or the bench
 * would time another page than the one it claims.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { CHROMIUM, chromiumMissing } from './harness';
import { adapters } from '../../lib/platforms/registry';
import { PLATFORMS, type Platform } from '../../lib/platforms/types';
import { benchPage } from '../bench/mainthread-pages';
import { REAL_ITEM_ELEMENTS, realisticBenchPage } from '../bench/realistic-page';

const N = 60;

function read(platform: Platform, url: string, html: string) {
  const doc = new JSDOM(html, { url }).window.document;
  const adapter = adapters.find((a) => a.platform === platform)!;
  const elements = adapter.findItems(doc);
  return { items: elements.map((el) => adapter.readItem(el, { brandHandles: ['cafeboreal', 'cafe-boreal'] })), sizes: elements.map((el) => el.getElementsByTagName('*').length) };
}

describe.skipIf(chromiumMissing)('bench pages grown to real item sizes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    vi.useRealTimers();
  });

  for (const platform of PLATFORMS) {
    it(`${platform}: the same items read, each about as large as a real one`, async () => {
      const thin = benchPage(platform, N);
      const grown = await realisticBenchPage(browser, platform, N);
      // Relative dates ("3 h") are read against the clock: one instant for both reads.
      vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] });
      const before = read(platform, thin.url, thin.html);
      const after = read(platform, grown.url, grown.html);
      vi.useRealTimers();
      expect(after.items).toEqual(before.items);
      expect(after.items.filter(Boolean)).toHaveLength(N + 1);
      const median = [...after.sizes].sort((a, b) => a - b)[Math.floor(after.sizes.length / 2)];
      // Within one filler unit (seven elements, plus its two wrappers) of the real size.
      expect(median).toBeGreaterThanOrEqual(REAL_ITEM_ELEMENTS[platform].elements - 9);
    }, 30_000);
  }
});

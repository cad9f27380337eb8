import { describe, expect, it } from 'vitest';
import { adapterForUrl, adapters } from '../../../lib/platforms/registry';
import { PLATFORMS, type PageKind, type Platform } from '../../../lib/platforms/types';

/** One URL table per platform: test/unit/platforms/urls/<platform>.ts. */
const tables = import.meta.glob<{ urls: Array<{ url: string; kind: PageKind }> }>('./urls/*.ts', { eager: true });
const urlsOf = (platform: string) => tables[`./urls/${platform}.ts`]?.urls ?? [];

describe('page kinds from example URLs', () => {
  it('every platform has a registered adapter and a URL table with post, feed or profile examples', () => {
    for (const platform of PLATFORMS) {
      expect(adapters.filter((a) => a.platform === platform), platform).toHaveLength(1);
      const kinds = new Set(urlsOf(platform).map((u) => u.kind));
      expect(kinds.has('post'), `${platform} has a post URL`).toBe(true);
    }
  });

  for (const adapter of adapters) {
    describe(adapter.platform, () => {
      it.each(urlsOf(adapter.platform))('$url -> $kind', ({ url, kind }) => {
        expect(adapter.pageKind(new URL(url))).toBe(kind);
      });

      const others = PLATFORMS.filter((p) => p !== adapter.platform).flatMap((p) => urlsOf(p).map((u) => ({ ...u, from: p })));
      it.each(others)('other platform ($from) $url -> other', ({ url }) => {
        expect(adapter.pageKind(new URL(url))).toBe('other');
      });
    });
  }

  it('each URL picks its own platform’s adapter (Mastodon instances need the page: no host of theirs is known)', () => {
    for (const platform of PLATFORMS) {
      for (const { url } of urlsOf(platform)) {
        const expected: Platform | undefined = platform === 'mastodon' ? undefined : platform;
        expect(adapterForUrl(url)?.platform, url).toBe(expected);
      }
    }
  });
});

// @vitest-environment jsdom
/** The demo and bench look-alikes print ages where YouTube and Facebook do: the adapters read them back to the comment's time. */
import { describe, expect, it, vi } from 'vitest';
import { PLATFORM_PAGES, type DemoComment } from '../../../demo/pages/render';
import { adapters } from '../../../lib/platforms/registry';
import { loadHtml, readAll } from './load-page';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const post: DemoComment = { n: 1, name: 'Café Boréal', handle: 'cafeboreal', text: 'Le latte à l’érable', at: '2026-11-20T13:00:00.000Z' };
// Ages of every unit the look-alikes print: minutes, hours, days, weeks, months, years.
const NOW = Date.UTC(2026, 10, 27, 15, 0, 0);
const ats = [5 * 60_000, 3 * HOUR, 2 * DAY, 15 * DAY, 70 * DAY, 800 * DAY].map((ms) => new Date(NOW - ms - 30_000).toISOString());
const comments = ats.map((at, i): DemoComment => ({ n: 10 + i, name: `Personne ${i}`, handle: `personne${i}`, text: `Commentaire ${i}`, at }));

describe.each(['youtube', 'facebook'] as const)('%s look-alike: comment ages', (platform) => {
  it.each(['fr', 'en'] as const)('in %s, each comment is dated no later than it was posted, and within the unit its age names', (lang) => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    try {
      const page = PLATFORM_PAGES[platform];
      const doc = loadHtml(page.page({ lang, title: 't', post, comments }), page.url);
      const read = readAll(adapters.find((a) => a.platform === platform)!, doc).filter((i) => i.kind === 'comment');
      expect(read).toHaveLength(comments.length);
      const units = [60_000, HOUR, DAY, 7 * DAY, 30 * DAY, 365 * DAY];
      read.forEach((item, i) => {
        const posted = Date.parse(comments[i].at);
        const estimate = Date.parse(item.postedAt!);
        expect(estimate).toBeGreaterThanOrEqual(posted);
        expect(estimate - posted).toBeLessThan(units[i] * 1.1);
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('youtube look-alike: the video', () => {
  it.each(['fr', 'en'] as const)('in %s, is dated from the age on its info line, not from its view count', (lang) => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    try {
      const page = PLATFORM_PAGES.youtube;
      const doc = loadHtml(page.page({ lang, title: 't', post, comments }), page.url);
      const video = readAll(adapters.find((a) => a.platform === 'youtube')!, doc).find((i) => i.kind === 'post')!;
      const posted = Date.parse(post.at);
      expect(Date.parse(video.postedAt!)).toBeGreaterThanOrEqual(posted);
      expect(Date.parse(video.postedAt!) - posted).toBeLessThan(DAY);
    } finally {
      vi.useRealTimers();
    }
  });
});

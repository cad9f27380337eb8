// The calendar benches' data (test/bench/calendar-*.bench.ts): two years of a busy agency calendar, about 14 posts a
// day over five platform mixes and every status, with French texts long enough for the lint to work. Plain objects,
// no imports: the Chromium bench bundles this file into the extension page to build the posts there.

export const BENCH_TZ = 'America/Toronto';
const PLATFORMS = [['linkedin'], ['x', 'bluesky'], ['instagram', 'facebook'], ['tiktok'], ['x']] as const;
const STATUSES = ['idea', 'draft', 'scheduled', 'published'] as const;
const PILLARS = ['mission', 'product', 'community', 'values', 'other'] as const;

/** `count` posts of `brandId` spread evenly from `fromIso` to `toIso` (whole minutes), ids `${prefix}${i}`. */
export function benchPosts(count: number, opts: { brandId: string; prefix?: string; fromIso: string; toIso: string; updatedAt: string }) {
  const start = Date.parse(opts.fromIso);
  const span = Date.parse(opts.toIso) - start;
  return Array.from({ length: count }, (_, i) => ({
    id: `${opts.prefix ?? 'p'}${i}`,
    brandId: opts.brandId,
    date: new Date(start + Math.floor((i * span) / count / 60_000) * 60_000).toISOString(),
    timeZone: BENCH_TZ,
    platforms: [...PLATFORMS[i % PLATFORMS.length]],
    status: STATUSES[i % STATUSES.length],
    text: `Publication ${i} : venez découvrir notre nouvelle torréfaction, préparée à Québec pour vous. ${'Détails et horaires sur notre site. '.repeat(i % 6)}#café`,
    variants: i % 9 ? {} : { x: `Version courte ${i} pour X, avec un lien https://example.com/p/${i}` },
    callToAction: 'Réservez votre place',
    keywords: ['café'],
    hashtags: ['#café'],
    pillar: PILLARS[i % PILLARS.length],
    notes: '',
    updatedAt: opts.updatedAt,
  }));
}

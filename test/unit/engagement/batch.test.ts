import { describe, expect, it } from 'vitest';
import { isBrandAuthor, planBatch } from '../../../lib/engagement/batch';
import { isoAt, raw } from './helpers';

const handles = { x: ['@CafeSoleil'], youtube: ['cafesoleil'] };
const brand = { name: 'Café Soleil', handle: 'cafesoleil' };

describe('planning a batch from a page', () => {
  it('recognises the brand by handle or profile URL, case and @ aside', () => {
    expect(isBrandAuthor(raw({ author: { name: 'x', handle: '@cafesoleil' } }), handles)).toBe(true);
    expect(isBrandAuthor(raw({ author: { name: 'x', url: 'https://x.com/CafeSoleil' } }), handles)).toBe(true);
    expect(isBrandAuthor(raw({ platform: 'youtube', author: { name: 'x', url: 'https://www.youtube.com/@cafesoleil' } }), handles)).toBe(true);
    expect(isBrandAuthor(raw({ author: { name: 'Café Soleil fan', handle: '@cafesoleilfan' } }), handles)).toBe(false);
    expect(isBrandAuthor(raw({ platform: 'facebook', author: brand }), handles)).toBe(false);
  });

  it('tells a handle in any script and case, from an escaped address too', () => {
    const accented = { youtube: ['@CaféSoleil'] };
    const youtube = (author: { name: string; handle?: string; url?: string }) => isBrandAuthor(raw({ platform: 'youtube', author }), accented);
    expect(youtube({ name: 'x', url: 'https://www.youtube.com/@caf%C3%A9soleil' })).toBe(true);
    expect(youtube({ name: 'x', handle: 'CAFÉSOLEIL' })).toBe(true);
    expect(youtube({ name: 'x', handle: 'cafesoleil' })).toBe(false);
    expect(isBrandAuthor(raw({ author: { name: 'x', handle: 'CAFESOLEIL' } }), handles)).toBe(true);
    expect(isBrandAuthor(raw({ author: { name: 'Café Soleil', handle: 'fan', url: 'https://x.com/fan' } }), handles)).toBe(false);
  });

  it('reads the handle from the profile path only: query, fragment and host do not count', () => {
    const byUrl = (url: string) => isBrandAuthor(raw({ author: { name: 'x', url } }), handles);
    expect(byUrl('https://x.com/cafesoleil/?ref=bio#top')).toBe(true);
    expect(byUrl('https://x.com/%43afeSoleil')).toBe(true);
    expect(byUrl('https://x.com/fan?u=cafesoleil')).toBe(false);
    expect(byUrl('https://cafesoleil/')).toBe(false);
    expect(byUrl('https://x.com/%E0%A4%A')).toBe(false);
    expect(byUrl('not a url/cafesoleil')).toBe(false);
  });

  it("the brand's replies mark their parent answered with the earliest reply time, and are not logged", () => {
    const plan = planBatch(
      [
        raw({ nativeId: '1' }),
        raw({ nativeId: '2', author: brand, parentId: '1', kind: 'reply', postedAt: isoAt(50) }),
        raw({ nativeId: '3', author: brand, parentId: '1', kind: 'reply', postedAt: isoAt(20) }),
        raw({ nativeId: '4', author: brand, parentId: '99', kind: 'reply' }),
      ],
      handles,
    );
    expect(plan.sightings.map((s) => s.id)).toEqual(['x:1']);
    expect(plan.sightings[0].raw.repliedByBrand).toBe(true);
    expect(plan.sightings[0].brandReplyAt).toBe(isoAt(20));
    expect(plan.replies).toEqual([{ id: 'x:99' }]);
  });

  it("the brand's own posts go to post performance; other posts and id-less items are skipped", () => {
    const plan = planBatch(
      [raw({ nativeId: 'p1', kind: 'post', author: brand }), raw({ nativeId: 'p2', kind: 'post' }), raw({ nativeId: '' })],
      handles,
    );
    expect(plan.ownPosts.map((p) => p.nativeId)).toEqual(['p1']);
    expect(plan.sightings).toEqual([]);
    expect(plan.skipped).toBe(2);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBrandReply, mergeSeen } from '../../../lib/engagement/merge';
import { engagementItemSchema, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { at, isoAt, raw, sightingArb, understood, type SightingCase } from './helpers';

const apply = (existing: EngagementItem | undefined, s: SightingCase) =>
  mergeSeen(
    existing,
    raw({
      kind: s.kind,
      text: s.text,
      postedAt: s.postedMinute === undefined ? undefined : isoAt(s.postedMinute),
      permalink: s.permalink,
      likedByMe: s.likedByMe,
      repliedByBrand: s.repliedByBrand,
    }),
    understood({ intent: s.intent }),
    at(s.minute),
    { brandReplyAt: s.brandReplyMinute === undefined ? undefined : isoAt(s.brandReplyMinute) },
  );

const fold = (list: SightingCase[]) => list.reduce<EngagementItem | undefined>(apply, undefined);

describe('mergeSeen', () => {
  it('creates an item keyed platform:nativeId that the store schema accepts', () => {
    const item = mergeSeen(undefined, raw({ postedAt: isoAt(-30) }), understood(), at(0));
    expect(item.id).toBe('x:100');
    expect(item.firstSeenAt).toBe(isoAt(0));
    expect(item.postedAt).toBe(isoAt(-30));
    expect(item.state).toBe('new');
    expect(item.open).toBe(1);
    expect(item.queueRank).toBe(0);
    expect(engagementItemSchema.safeParse(item).success).toBe(true);
  });

  it('the same item seen again later updates it and keeps firstSeenAt', () => {
    const first = mergeSeen(undefined, raw(), understood(), at(0));
    const again = mergeSeen(first, raw({ text: 'Édité: ouverte dimanche?' }), understood({ intent: 'complaint' }), at(60));
    expect(again.id).toBe(first.id);
    expect(again.firstSeenAt).toBe(isoAt(0));
    expect(again.lastSeenAt).toBe(isoAt(60));
    expect(again.text).toBe('Édité: ouverte dimanche?');
    expect(again.intent).toBe('complaint');
  });

  it('an older sighting arriving late does not overwrite newer text', () => {
    const newer = mergeSeen(undefined, raw({ text: 'new text' }), understood(), at(60));
    const merged = mergeSeen(newer, raw({ text: 'old text' }), understood(), at(0));
    expect(merged.text).toBe('new text');
    expect(merged.firstSeenAt).toBe(isoAt(0));
    expect(merged.lastSeenAt).toBe(isoAt(60));
  });

  it('a brand reply read from the page makes it replied, with the platform times when shown', () => {
    const first = mergeSeen(undefined, raw({ postedAt: isoAt(-10) }), understood(), at(0));
    const answered = mergeSeen(first, raw({ postedAt: isoAt(-10), repliedByBrand: true }), understood(), at(300), {
      brandReplyAt: isoAt(45),
    });
    expect(answered.state).toBe('replied');
    expect(answered.open).toBe(0);
    expect(answered.answeredAt).toBe(isoAt(45));
    expect(answered.responseMs).toBe(55 * 60_000);
    expect(answered.responseSource).toBe('platform');
  });

  it('without platform times, the response runs from first seen to when the reply was first seen', () => {
    const first = mergeSeen(undefined, raw(), understood(), at(0));
    const answered = mergeSeen(first, raw({ repliedByBrand: true }), understood(), at(90));
    expect(answered.answeredAt).toBe(isoAt(90));
    expect(answered.responseMs).toBe(90 * 60_000);
    expect(answered.responseSource).toBe('extension');
  });

  it('an item first seen already answered gets no made-up response time', () => {
    const item = mergeSeen(undefined, raw({ repliedByBrand: true }), understood(), at(0));
    expect(item.state).toBe('replied');
    expect(item.answeredAt).toBe(isoAt(0));
    expect(item.responseMs).toBeUndefined();
  });

  it('likedByMe makes it liked, unless replied; a liked comment still waits for its answer', () => {
    const liked = mergeSeen(undefined, raw({ likedByMe: true }), understood(), at(0));
    expect(liked.state).toBe('liked');
    expect(liked.open).toBe(1);
    const replied = mergeSeen(liked, raw({ likedByMe: true, repliedByBrand: true }), understood(), at(5));
    expect(replied.state).toBe('replied');
    const likedShare = mergeSeen(undefined, raw({ kind: 'share', likedByMe: true }), understood(), at(0));
    expect(likedShare.open).toBe(0);
  });

  it('a like read later never undoes itself when a page shows likedByMe false', () => {
    const liked = mergeSeen(undefined, raw({ likedByMe: true }), understood(), at(0));
    expect(mergeSeen(liked, raw({ likedByMe: false }), understood(), at(10)).state).toBe('liked');
  });

  it("the user's dismissed stays dismissed when the item is seen again, even answered", () => {
    const seen = mergeSeen(undefined, raw(), understood(), at(0));
    const dismissed: EngagementItem = { ...seen, state: 'dismissed', open: 0 };
    const again = mergeSeen(dismissed, raw({ repliedByBrand: true, likedByMe: true }), understood(), at(30));
    expect(again.state).toBe('dismissed');
    expect(again.open).toBe(0);
    expect(again.answeredAt).toBe(isoAt(30));
  });

  it('keeps only http(s) links and caps text', () => {
    const item = mergeSeen(
      undefined,
      raw({ permalink: 'javascript:alert(1)', author: { name: 'A', url: 'data:text/html,x' }, text: 'é'.repeat(30000) }),
      understood(),
      at(0),
    );
    expect(item.permalink).toBeUndefined();
    expect(item.author.url).toBeUndefined();
    expect(item.text.length).toBe(20000);
    const ok = mergeSeen(undefined, raw({ permalink: 'https://x.com/a/status/100' }), understood(), at(0));
    expect(ok.permalink).toBe('https://x.com/a/status/100');
  });

  it('does not cut an emoji in half when capping', () => {
    const text = 'a'.repeat(19999) + '😀';
    expect(mergeSeen(undefined, raw({ text }), understood(), at(0)).text).toBe('a'.repeat(19999));
  });

  it('drops a platform time that does not parse and clamps one in the future to now', () => {
    expect(mergeSeen(undefined, raw({ postedAt: 'il y a 2 h' }), understood(), at(0)).postedAt).toBeUndefined();
    expect(mergeSeen(undefined, raw({ postedAt: isoAt(500) }), understood(), at(0)).postedAt).toBe(isoAt(0));
  });

  it('shortens an over-long native id into a stored id the schema accepts, distinct per id', () => {
    const a = mergeSeen(undefined, raw({ nativeId: 'a'.repeat(400) }), understood(), at(0));
    const b = mergeSeen(undefined, raw({ nativeId: 'a'.repeat(399) + 'b' }), understood(), at(0));
    expect(a.id.length).toBeLessThanOrEqual(200);
    expect(a.id).not.toBe(b.id);
    expect(engagementItemSchema.safeParse(a).success).toBe(true);
  });

  it('refuses an item without a native id', () => {
    expect(() => mergeSeen(undefined, raw({ nativeId: '  ' }), understood(), at(0))).toThrow();
  });

  it('applyBrandReply answers a stored item not on this page', () => {
    const stored = mergeSeen(undefined, raw({ postedAt: isoAt(-60) }), understood(), at(0));
    const answered = applyBrandReply(stored, isoAt(20), at(100));
    expect(answered.state).toBe('replied');
    expect(answered.responseMs).toBe(80 * 60_000);
    expect(answered.responseSource).toBe('platform');
  });
});

describe('mergeSeen properties', () => {
  it('always yields a schema-valid item whose open flag agrees with its state', () => {
    fc.assert(
      fc.property(fc.array(sightingArb, { minLength: 1, maxLength: 6 }), (list) => {
        const item = fold(list)!;
        expect(engagementItemSchema.safeParse(item).success).toBe(true);
        if (item.state === 'replied' || item.state === 'dismissed') expect(item.open).toBe(0);
        if (item.state === 'new') expect(item.open).toBe(1);
        expect(item.firstSeenAt <= item.lastSeenAt).toBe(true);
      }),
    );
  });

  it('is idempotent: the same sighting twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(sightingArb, { minLength: 1, maxLength: 5 }), (list) => {
        const once = fold(list)!;
        expect(apply(once, list[list.length - 1])).toEqual(once);
      }),
    );
  });

  it('does not depend on the order the same sightings arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(sightingArb, { minLength: 1, maxLength: 6 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(fold(shuffled)).toEqual(fold(list));
        },
      ),
    );
  });

  it('does not depend on order when sightings share the same instant', () => {
    const tied = sightingArb.map((s) => ({ ...s, minute: s.minute % 3 }));
    fc.assert(
      fc.property(
        fc.array(tied, { minLength: 2, maxLength: 6 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(fold(shuffled)).toEqual(fold(list));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('firstSeenAt is the earliest sighting and never moves', () => {
    fc.assert(
      fc.property(fc.array(sightingArb, { minLength: 1, maxLength: 6 }), (list) => {
        const earliest = Math.min(...list.map((s) => s.minute));
        expect(fold(list)!.firstSeenAt).toBe(isoAt(earliest));
      }),
    );
  });
});

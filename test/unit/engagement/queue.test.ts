import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeCount, badgeText, queueOrder } from '../../../lib/engagement/queue';
import { INTENTS } from '../../../lib/store/schemas/template';
import { isoAt, item } from './helpers';

describe('queue', () => {
  const items = [
    item({ nativeId: 'praise-old', intent: 'praise', firstSeenAt: isoAt(0) }),
    item({ nativeId: 'question-new', intent: 'question', firstSeenAt: isoAt(50) }),
    item({ nativeId: 'complaint-mid', intent: 'complaint', firstSeenAt: isoAt(40), postedAt: isoAt(20) }),
    item({ nativeId: 'spam', intent: 'spam', firstSeenAt: isoAt(-100) }),
    item({ nativeId: 'done', intent: 'complaint', firstSeenAt: isoAt(-500), state: 'replied', open: 0 }),
  ];

  it('open only; complaints and questions first, oldest first (platform time when known); spam last', () => {
    expect(queueOrder(items).map((i) => i.nativeId)).toEqual(['complaint-mid', 'question-new', 'praise-old', 'spam']);
  });

  it('the badge counts open complaints and questions', () => {
    expect(badgeCount(items)).toBe(2);
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1500)).toBe('999+');
  });

  it('the first N with a limit are the first N of the full order', () => {
    const arb = fc.array(
      fc.record({
        n: fc.integer({ min: 0, max: 1e6 }),
        minute: fc.integer({ min: 0, max: 50 }),
        intent: fc.constantFrom(...INTENTS),
        open: fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>,
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 45 }), (rows, limit) => {
        const list = rows.map((r, i) => item({ nativeId: `${r.n}-${i}`, intent: r.intent, firstSeenAt: isoAt(r.minute), open: r.open }));
        const full = queueOrder(list).map((i) => i.id);
        expect(queueOrder(list, limit).map((i) => i.id)).toEqual(full.slice(0, limit));
      }),
    );
  });
});

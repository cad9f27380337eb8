import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedStates, checklist, setState } from '../../../lib/engagement/state';
import { openFor } from '../../../lib/engagement/kinds';
import { ENGAGEMENT_STATES, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { at, isoAt, item } from './helpers';

const now = at(120);

describe('one-click states', () => {
  it('new -> liked records the like and keeps a comment open (its answer is still due)', () => {
    const liked = setState(item(), 'liked', now);
    expect(liked.state).toBe('liked');
    expect(liked.likedAt).toBe(isoAt(120));
    expect(liked.open).toBe(1);
    expect(checklist(liked)).toEqual([
      { step: 'like', done: true },
      { step: 'answer', done: false },
    ]);
  });

  it('replied by the user closes it and times the response from first seen (no platform time)', () => {
    const replied = setState(item({ firstSeenAt: isoAt(0) }), 'replied', now);
    expect(replied.state).toBe('replied');
    expect(replied.open).toBe(0);
    expect(replied.answeredAt).toBe(isoAt(120));
    expect(replied.responseMs).toBe(120 * 60_000);
    expect(replied.responseSource).toBe('extension');
  });

  it('replied by the user times the response from the platform post time when known', () => {
    const replied = setState(item({ firstSeenAt: isoAt(0), postedAt: isoAt(-60) }), 'replied', now);
    expect(replied.responseMs).toBe(180 * 60_000);
    expect(replied.responseSource).toBe('extension');
  });

  it('a like then a reply keeps both checklist steps done', () => {
    const done = setState(setState(item(), 'liked', at(10)), 'replied', at(20));
    expect(checklist(done).every((s) => s.done)).toBe(true);
  });

  it('undo: back to new clears what the user marked', () => {
    const back = setState(setState(item(), 'replied', at(10)), 'new', at(20));
    expect(back.state).toBe('new');
    expect(back.answeredAt).toBeUndefined();
    expect(back.responseMs).toBeUndefined();
    expect(back.open).toBe(1);
  });

  it('cannot take back what the page showed: a reply read from the page stays', () => {
    const fromPage = item({ repliedByBrand: true, answerSeenAt: isoAt(5), answeredAt: isoAt(5), state: 'replied', open: 0 });
    expect(setState(fromPage, 'new', now)).toBe(fromPage);
    expect(allowedStates(fromPage, now)).toEqual(['dismissed']);
  });

  it('dismissed closes any kind; restoring brings back the state the facts give', () => {
    const liked = setState(item({ likedByMe: true, likedAt: isoAt(1) }), 'dismissed', now);
    expect(liked.state).toBe('dismissed');
    expect(liked.open).toBe(0);
    expect(allowedStates(liked, now)).toContain('liked');
    expect(allowedStates(liked, now)).not.toContain('new');
    expect(setState(liked, 'liked', now).state).toBe('liked');
  });

  it('a share is done once liked; a mention needs a like and a comment', () => {
    const share = setState(item({ kind: 'share' }), 'liked', now);
    expect(share.open).toBe(0);
    expect(checklist(share)).toEqual([{ step: 'like', done: true }]);
    const mention = setState(item({ kind: 'mention' }), 'liked', now);
    expect(mention.open).toBe(1);
    expect(checklist(mention).map((s) => s.step)).toEqual(['like', 'comment']);
  });

  it('every allowed click reaches its state, and open always agrees with kind and state', () => {
    const kinds = ['comment', 'reply', 'mention', 'share', 'quote'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.constantFrom(...ENGAGEMENT_STATES), { maxLength: 8 }),
        (kind, clicks) => {
          let it: EngagementItem = item({ kind });
          clicks.forEach((target, n) => {
            const allowed = allowedStates(it, at(n));
            const next = setState(it, target, at(n));
            if (allowed.includes(target)) expect(next.state).toBe(target);
            else expect(next).toBe(it);
            it = next;
            expect(it.open).toBe(openFor(it.kind, it.state));
          });
        },
      ),
    );
  });
});

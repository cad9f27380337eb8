import { describe, expect, it } from 'vitest';
import { computeResponse } from '../../../lib/engagement/response';
import { isoAt } from './helpers';

describe('first-response time', () => {
  it('uses both platform times when shown', () => {
    expect(computeResponse({ postedAt: isoAt(0), brandReplyAt: isoAt(30), firstSeenAt: isoAt(10), answerSeenAt: isoAt(50) })).toEqual({
      answeredAt: isoAt(30),
      responseMs: 30 * 60_000,
      responseSource: 'platform',
    });
  });

  it('uses first seen as the start when the reply time is known but not the post time', () => {
    expect(computeResponse({ firstSeenAt: isoAt(10), brandReplyAt: isoAt(40) })).toMatchObject({ responseMs: 30 * 60_000, responseSource: 'extension' });
  });

  it('gives no time when the reply predates the first sighting and the post time is unknown', () => {
    expect(computeResponse({ firstSeenAt: isoAt(10), brandReplyAt: isoAt(5) })).toEqual({ answeredAt: isoAt(5) });
  });

  it('never negative when platform clocks disagree', () => {
    expect(computeResponse({ postedAt: isoAt(10), brandReplyAt: isoAt(9), firstSeenAt: isoAt(10) }).responseMs).toBe(0);
  });

  it('unanswered has nothing', () => {
    expect(computeResponse({ firstSeenAt: isoAt(0), postedAt: isoAt(-5) })).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { measure, platformLimits } from '../../../lib/guidelines';
import { PLATFORMS } from '../../../lib/platforms/types';
import { only, run } from './helpers';

describe('platform limits table', () => {
  it('has the published numbers and a source for every platform', () => {
    expect([platformLimits.x.post, platformLimits.bluesky.post, platformLimits.threads.post]).toEqual([280, 300, 500]);
    expect([platformLimits.linkedin.reply, platformLimits.linkedin.post, platformLimits.instagram.post, platformLimits.mastodon.post]).toEqual([
      1250, 3000, 2200, 500,
    ]);
    for (const p of PLATFORMS) expect(platformLimits[p].source.length, p).toBeGreaterThan(20);
  });
});

describe('measure', () => {
  it('X: emoji weigh 2 whatever their code points, URLs 23, accents 1', () => {
    expect(measure('été', 'x-weighted', 280).length).toBe(3);
    expect(measure('👨‍👩‍👧‍👦', 'x-weighted', 280).length).toBe(2);
    expect(measure('a https://example.com/a/very/long/path/that/goes/on', 'x-weighted', 280).length).toBe(25);
    expect(measure('日本', 'x-weighted', 280).length).toBe(4);
  });
  it('Bluesky: graphemes, so a ZWJ family is one', () => {
    expect(measure('👨‍👩‍👧‍👦'.repeat(300), 'graphemes', 300).overAt).toBe(-1);
    const over = measure('👨‍👩‍👧‍👦'.repeat(301), 'graphemes', 300);
    expect(over.length).toBe(301);
    expect(over.overAt).toBe('👨‍👩‍👧‍👦'.length * 300);
  });
});

describe('length rule', () => {
  it('fires past the platform limit with the span from the first character over', () => {
    const text = 'a'.repeat(285);
    const ps = only(run(text, {}, { platform: 'x', kind: 'post' }), 'length');
    expect(ps).toHaveLength(1);
    expect([ps[0].start, ps[0].end, ps[0].params.limit]).toEqual([280, 285, 280]);
    expect(ps[0].messageKey).toBe('length.platform');
  });
  it('counts 140 emoji as 280 on X and flags the 141st', () => {
    expect(only(run('😀'.repeat(140), {}, { platform: 'x', kind: 'post' }), 'length')).toEqual([]);
    expect(only(run('😀'.repeat(141), {}, { platform: 'x', kind: 'post' }), 'length')[0].start).toBe(280);
  });
  it('uses the kind: a LinkedIn comment of 1,300 fails, a post of 1,300 passes', () => {
    const text = 'b'.repeat(1300);
    expect(only(run(text, {}, { platform: 'linkedin', kind: 'reply' }), 'length')).toHaveLength(1);
    expect(only(run(text, {}, { platform: 'linkedin', kind: 'post' }), 'length')).toEqual([]);
  });
  it("applies the brand's lower limit per platform and kind", () => {
    const rules = { length: { max: { facebook: { post: 200 } } } };
    const text = 'c'.repeat(250);
    const ps = only(run(text, rules, { platform: 'facebook', kind: 'post' }), 'length');
    expect(ps[0].messageKey).toBe('length.brand');
    expect(only(run(text, rules, { platform: 'facebook', kind: 'reply' }), 'length')).toEqual([]);
  });
});

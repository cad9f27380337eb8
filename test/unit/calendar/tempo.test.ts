import { describe, expect, it } from 'vitest';
import { analyzeTempo, type TempoInput } from '../../../lib/calendar/tempo';
import { describeWarning } from '../../../lib/calendar/messages';
import type { CalendarPost } from '../../../lib/store/schemas/post';
import { post } from './helpers';

// March 2026 in Toronto: EDT (UTC-4) from Sunday March 8, so 10:00 local is 14:00Z from then on (15:00Z before).
const at = (day: number, hourUtc = 14) => new Date(Date.UTC(2026, 2, day, hourUtc)).toISOString();
const roles = { linkedin: { why: '', audience: '', cadencePerWeek: 3, toneOverride: '', stage: 'listen' as const } };
const input = (posts: CalendarPost[], over: Partial<TempoInput> = {}): TempoInput => ({
  posts,
  platformRoles: roles,
  from: '2026-03-02T05:00:00.000Z', // Monday March 2, 00:00 Toronto
  to: '2026-03-23T04:00:00.000Z', // Monday March 23, 00:00 Toronto
  timeZone: 'America/Toronto',
  now: '2026-03-01T12:00:00.000Z',
  ...over,
});
const li = (day: number, over: Partial<CalendarPost> = {}) => post({ date: at(day, day < 8 ? 15 : 14), platforms: ['linkedin'], ...over });

describe('tempo against the target cadence', () => {
  const posts = [li(2), li(4), li(6), li(10), ...[16, 17, 18, 19, 20, 21].map((d) => li(d))];

  it('flags weeks below and above target, with the slot to fill', () => {
    const weeks = analyzeTempo(input(posts)).filter((w) => w.kind.startsWith('week'));
    expect(weeks.map((w) => [w.kind, w.params.week, w.params.count, w.params.target, w.slot])).toEqual([
      ['weekBelow', '2026-03-09', 1, 3, { date: at(9), platform: 'linkedin' }],
      ['weekAbove', '2026-03-16', 6, 3, { date: at(16), platform: 'linkedin' }],
    ]);
    expect(weeks[0].actionParams).toEqual({ platform: 'linkedin', count: 2 });
  });

  it('does not count ideas, and does not judge weeks already over', () => {
    const withIdeas = [...posts, li(11, { status: 'idea' }), li(12, { status: 'idea' })];
    expect(analyzeTempo(input(withIdeas)).filter((w) => w.kind === 'weekBelow')).toHaveLength(1);
    const later = analyzeTempo(input(posts, { now: at(10) })).filter((w) => w.kind.startsWith('week'));
    expect(later.map((w) => w.params.week)).toEqual(['2026-03-09', '2026-03-16']);
    expect(later[0].slot.date).toBe(at(11)); // Tuesday 10 already has its post; the slot is the next free day
    const afterWeek = analyzeTempo(input(posts, { now: at(17) })).filter((w) => w.kind.startsWith('week'));
    expect(afterWeek.map((w) => w.params.week)).toEqual(['2026-03-16']);
  });

  it('reports gaps longer than the usual interval, and never before now', () => {
    const gaps = analyzeTempo(input([li(2), li(4), li(13)])).filter((w) => w.kind === 'gap');
    // usual interval 7/3 = 2.3 days; a gap is over 3.5 days
    expect(gaps.map((g) => [g.params.from, g.params.to, g.params.days])).toEqual([
      ['2026-03-04', '2026-03-13', 9],
      ['2026-03-13', '2026-03-23', 10],
    ]);
    expect(gaps[0].slot).toEqual({ date: new Date(Date.parse(at(4, 15)) + (7 / 3) * 86400000).toISOString(), platform: 'linkedin' });
    const fromNow = analyzeTempo(input([li(2), li(4), li(13)], { now: at(12) })).filter((w) => w.kind === 'gap');
    expect(fromNow[0].slot.date).toBe(at(12));
  });

  it('reports bursts of posts the same day on one platform, with a free day to move one to', () => {
    const x = { x: { why: '', audience: '', cadencePerWeek: 14, toneOverride: '', stage: 'listen' as const } };
    const day = (h: number) => post({ date: at(10, h), platforms: ['x'] });
    const two = analyzeTempo(input([day(13), day(18)], { platformRoles: x })).filter((w) => w.kind === 'burst');
    expect(two).toEqual([]); // 14 a week allows two a day
    const three = analyzeTempo(input([day(13), day(15), day(18), post({ date: at(11), platforms: ['x'] })], { platformRoles: x })).filter((w) => w.kind === 'burst');
    expect(three.map((w) => [w.params.day, w.params.count, w.params.allowance, w.actionParams.day, w.slot.platform])).toEqual([
      ['2026-03-10', 3, 2, '2026-03-12', 'x'],
    ]);
    const noTarget = analyzeTempo(input([post({ date: at(10, 13), platforms: ['tiktok'] }), post({ date: at(10, 20), platforms: ['tiktok'] })]));
    expect(noTarget.filter((w) => w.kind === 'burst').map((w) => w.params.allowance)).toEqual([1]);
  });

  it('checks pillar balance over the month', () => {
    const month = { from: '2026-03-01T05:00:00.000Z', to: '2026-04-01T04:00:00.000Z' };
    const product = [2, 5, 9, 12, 16].map((d) => li(d, { pillar: 'product' }));
    const warnings = analyzeTempo(input([...product, li(20, { pillar: 'other' })], month)).filter((w) => w.kind.startsWith('pillar'));
    expect(warnings.map((w) => [w.kind, w.params.pillar, w.params.share ?? null])).toEqual([
      ['pillarDominant', 'product', 83],
      ['pillarMissing', 'community', null],
      ['pillarMissing', 'values', null],
    ]);
    const balanced = [li(2, { pillar: 'product' }), li(5, { pillar: 'community' }), li(9, { pillar: 'values' }), li(12, { pillar: 'product' }), li(16, { pillar: 'community' }), li(20, { pillar: 'mission' })];
    expect(analyzeTempo(input(balanced, month)).filter((w) => w.kind.startsWith('pillar'))).toEqual([]);
  });

  it('says what to do in French and English', () => {
    const [below] = analyzeTempo(input(posts)).filter((w) => w.kind === 'weekBelow');
    expect(describeWarning(below, 'fr')).toEqual({
      message: 'LinkedIn : 1 publication(s) la semaine du 9 mars, pour une cible de 3.',
      action: 'Ajoutez 2 publication(s) LinkedIn cette semaine.',
    });
    expect(describeWarning(below, 'en')).toEqual({
      message: 'LinkedIn: 1 post(s) in the week of March 9, against a target of 3.',
      action: 'Add 2 LinkedIn post(s) this week.',
    });
  });
});

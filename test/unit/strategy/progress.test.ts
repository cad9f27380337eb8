import { describe, expect, it } from 'vitest';
import { progressOf, measureOf, postsPerWeek, isPostsPerWeekMetric } from '../../../lib/strategy/progress';
import { objectiveSchema, type Objective } from '../../../lib/store/schemas/brand';
import { engagementItemSchema, type EngagementItem } from '../../../lib/store/schemas/engagement';
import { calendarPostSchema, type CalendarPost } from '../../../lib/store/schemas/post';

const NOW = new Date('2026-11-15T12:00:00Z');
const H = 3_600_000;
const iso = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();

const obj = (over: Partial<Objective>): Objective => objectiveSchema.parse({ id: 'o', kind: 'quantitative', statement: 's', ...over });

let n = 0;
/** An answered comment seen `agoH` hours ago, answered after `replyH` hours. */
function answered(platform: EngagementItem['platform'], agoH: number, replyH: number): EngagementItem {
  n++;
  return engagementItemSchema.parse({
    id: `${platform}:${n}`, platform, nativeId: String(n), kind: 'comment', author: { name: 'A' }, text: 't',
    firstSeenAt: iso(agoH * H), lastSeenAt: iso(agoH * H), open: 0, state: 'replied',
    answeredAt: iso((agoH - replyH) * H), responseMs: replyH * H,
  });
}
const post = (daysAgo: number, platforms: CalendarPost['platforms'], status: CalendarPost['status'] = 'published'): CalendarPost =>
  calendarPostSchema.parse({ id: `p${n++}`, brandId: 'b', date: iso(daysAgo * 24 * H), platforms, status, updatedAt: NOW.toISOString() });

describe('what an objective measures', () => {
  it('reads reply time and posting pace in French and English, anything else is followed by hand', () => {
    expect(measureOf(obj({ metric: 'Délai médian de réponse (heures)' }))).toBe('reply-time');
    expect(measureOf(obj({ metric: 'Median reply time (hours)' }))).toBe('reply-time');
    expect(measureOf(obj({ metric: '', statement: 'Répondre en moins de 2 h' }))).toBe('reply-time');
    expect(measureOf(obj({ metric: 'Publications par semaine' }))).toBe('posts-per-week');
    expect(measureOf(obj({ metric: 'LinkedIn posts per week' }))).toBe('posts-per-week');
    expect(measureOf(obj({ metric: 'Abonnés Instagram' }))).toBe('manual');
    expect(measureOf(obj({ metric: 'Taux de réponse' }))).toBe('manual');
    expect(isPostsPerWeekMetric('Posts per month')).toBe(false);
  });
});

describe('reply-time progress', () => {
  const o = obj({ metric: 'Median reply time on LinkedIn (hours)', target: 2, baseline: 6, platforms: ['linkedin'] });

  it('says answers are missing when none were timed', () => {
    expect(progressOf(o, { now: NOW, items: [] })).toEqual({ kind: 'missing', measure: 'reply-time', missing: 'answers' });
    // Answers on another platform do not count for a LinkedIn objective.
    expect(progressOf(o, { now: NOW, items: [answered('x', 10, 1)] }).kind).toBe('missing');
  });

  it('median of the platform, against the target, with how far from the baseline', () => {
    const items = [answered('linkedin', 30, 1), answered('linkedin', 20, 3), answered('linkedin', 10, 4), answered('x', 5, 0.1)];
    const p = progressOf(o, { now: NOW, items });
    expect(p).toMatchObject({ kind: 'measured', unit: 'hours', current: 3, target: 2, baseline: 6, met: false, better: 'lower', sample: 3 });
    if (p.kind !== 'measured') throw new Error('measured');
    expect(p.fraction).toBeCloseTo(0.75); // from 6 h to 3 h of the way to 2 h
  });

  it('met when the median is at or under the target; old answers outside the four weeks are left out', () => {
    const items = [answered('linkedin', 40, 1), answered('linkedin', 30, 2), answered('linkedin', 29 * 24, 40)];
    expect(progressOf(o, { now: NOW, items })).toMatchObject({ kind: 'measured', current: 1, met: true, fraction: 1 });
  });

  it('a target in minutes is read in minutes and shown in hours; the baseline too', () => {
    const m = obj({ metric: 'Délai de réponse en minutes', target: 30, baseline: 90 });
    const p = progressOf(m, { now: NOW, items: [answered('x', 5, 1)] });
    expect(p).toMatchObject({ kind: 'measured', unit: 'hours', current: 1, target: 0.5, baseline: 1.5, met: false });
  });

  it('"90 % within 2 h" is a share to reach', () => {
    const s = obj({ metric: 'Share of replies within 2 h (%)', target: 90 });
    const items = [answered('x', 10, 1), answered('x', 9, 1.5), answered('x', 8, 5), answered('x', 7, 0.5)];
    expect(progressOf(s, { now: NOW, items })).toMatchObject({ kind: 'measured', unit: 'percent', current: 75, target: 90, met: false, better: 'higher' });
  });

  it('a reply-time metric without a target says so', () => {
    expect(progressOf(obj({ metric: 'Median reply time' }), { now: NOW, items: [] })).toEqual({ kind: 'no-target', measure: 'reply-time' });
  });
});

describe('posting-pace progress', () => {
  const o = obj({ metric: 'Posts per week', target: 3, platforms: ['instagram', 'facebook'] });

  it('says posts are missing when the calendar has nothing in the four weeks', () => {
    expect(progressOf(o, { now: NOW, posts: [post(40, ['instagram'])] })).toEqual({ kind: 'missing', measure: 'posts-per-week', missing: 'posts' });
  });

  it('counts published and scheduled posts per platform they go to, per week over four weeks', () => {
    const posts = [
      ...[1, 3, 5, 8, 10, 12, 15, 17].map((d) => post(d, ['instagram', 'facebook'])), // 16
      post(2, ['x']), // not this objective's platform
      post(4, ['instagram'], 'idea'), // an idea is not a post
      post(6, ['instagram'], 'scheduled'), // 1
      post(-2, ['instagram']), // in the future: not yet
    ];
    const p = progressOf(o, { now: NOW, posts });
    expect(p).toMatchObject({ kind: 'measured', unit: 'per-week', current: 4.3, target: 3, met: true, sample: 17 });
  });

  it('below the pace is not met, fraction of the target reached', () => {
    const p = progressOf(o, { now: NOW, posts: [post(1, ['instagram']), post(9, ['facebook']), post(20, ['instagram'])] });
    expect(p).toMatchObject({ kind: 'measured', current: 0.8, met: false });
    if (p.kind === 'measured') expect(p.fraction).toBeCloseTo(0.8 / 3);
  });

  it('an objective for every platform counts posts without platforms once', () => {
    expect(postsPerWeek([post(1, []), post(2, ['x', 'linkedin'])], [], NOW)).toMatchObject({ count: 3, any: 2 });
  });

  it('qualitative and unmeasurable objectives', () => {
    expect(progressOf(obj({ kind: 'qualitative', judgedBy: 'x' }), { now: NOW })).toEqual({ kind: 'qualitative' });
    expect(progressOf(obj({ metric: 'Followers', target: 1000 }), { now: NOW })).toEqual({ kind: 'manual' });
    expect(progressOf(obj({ metric: 'Posts per week' }), { now: NOW })).toEqual({ kind: 'no-target', measure: 'posts-per-week' });
  });
});

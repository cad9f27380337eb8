import { describe, expect, it } from 'vitest';
import {
  applyChange, duplicatePost, filterPosts, groupByDay, monthGrid, moveByDays, moveToDay, undoOf, weekDays, EMPTY_FILTER,
} from '../../../lib/calendar/view-model';
import { post } from './helpers';

const NOW = '2026-03-01T00:00:00.000Z';

describe('calendar view model', () => {
  const posts = [
    post({ id: 'a', date: '2026-03-14T13:30:00.000Z', platforms: ['linkedin', 'x'], status: 'scheduled', pillar: 'product', objectiveId: 'o1' }),
    post({ id: 'b', date: '2026-03-15T03:30:00.000Z', platforms: ['instagram'], status: 'idea', pillar: 'community' }),
    post({ id: 'c', date: '2026-03-14T12:00:00.000Z', platforms: ['x'], status: 'draft', pillar: 'product' }),
  ];

  it('filters by platform, status, objective and pillar, an empty facet meaning any', () => {
    const ids = (f: Partial<typeof EMPTY_FILTER>) => filterPosts(posts, { ...EMPTY_FILTER, ...f }).map((p) => p.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ platforms: ['x'] })).toEqual(['a', 'c']);
    expect(ids({ platforms: ['x'], statuses: ['draft'] })).toEqual(['c']);
    expect(ids({ objectives: ['o1'] })).toEqual(['a']);
    expect(ids({ pillars: ['community', 'product'], statuses: ['idea'] })).toEqual(['b']);
  });

  it('lays out six weeks from the chosen first weekday', () => {
    const sunday = monthGrid(2026, 3, 0);
    expect(sunday).toHaveLength(6);
    expect(sunday[0][0]).toBe('2026-03-01'); // March 1st 2026 is a Sunday
    expect(monthGrid(2026, 3, 1)[0][0]).toBe('2026-02-23');
    expect(monthGrid(2026, 3, 1)[5][6]).toBe('2026-04-05');
    expect(weekDays('2026-03-18', 1)).toEqual(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22']);
  });

  it('groups posts by day in the viewer zone, in time order', () => {
    const toronto = groupByDay(posts, 'America/Toronto');
    expect([...toronto.entries()].map(([d, ps]) => [d, ps.map((p) => p.id)])).toEqual([['2026-03-14', ['c', 'a', 'b']]]);
    expect(groupByDay(posts, 'Europe/Paris').get('2026-03-15')!.map((p) => p.id)).toEqual(['b']);
  });

  it('moves a post across a DST change keeping its local time', () => {
    const p = post({ id: 'm', date: '2026-03-06T14:30:00.000Z' }); // Friday 09:30 EST
    expect(moveToDay(p, '2026-03-10', NOW).date).toBe('2026-03-10T13:30:00.000Z'); // Tuesday 09:30 EDT
    expect(moveByDays(p, 7, NOW)).toMatchObject({ date: '2026-03-13T13:30:00.000Z', updatedAt: NOW });
  });

  it('duplicates without the reminder history and undoes every change', () => {
    const p = post({ id: 'p', date: '2026-03-06T14:30:00.000Z', status: 'published', remindedAt: 'x', remindedFor: 'y' });
    const copy = duplicatePost(p, 'p2', NOW);
    expect(copy).toMatchObject({ id: 'p2', status: 'draft', text: p.text });
    expect(copy).not.toHaveProperty('remindedFor');
    const after = applyChange(posts, { kind: 'delete', post: posts[0] });
    expect(after.map((x) => x.id)).toEqual(['b', 'c']);
    expect(applyChange(after, undoOf({ kind: 'delete', post: posts[0] })).map((x) => x.id).sort()).toEqual(['a', 'b', 'c']);
    const moved = { ...posts[0], date: '2026-03-20T13:30:00.000Z' };
    const back = applyChange(applyChange(posts, { kind: 'update', post: moved, before: posts[0] }), undoOf({ kind: 'update', post: moved, before: posts[0] }));
    expect(back.find((x) => x.id === 'a')).toEqual(posts[0]);
  });
});

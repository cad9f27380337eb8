import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isStoredPost, KNOWN_FIELDS, MATCHES_SCHEMA } from '../../../lib/calendar/stored-post';
import { calendarPostSchema } from '../../../lib/store/schemas/post';
import { openDb } from '../../../lib/store/db';
import { postsBetween } from '../../../lib/store/posts';
import { listQuarantine } from '../../../lib/store/quarantine';
import { benchPosts } from './bench-posts';
import { post } from './helpers';

const RANGE = { fromIso: '2026-01-01T00:00:00.000Z', toIso: '2026-03-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const base = () => post({ id: 'p1', date: '2026-03-10T14:00:00.000Z', platforms: ['x', 'linkedin'], text: 'Bonjour', objectiveId: 'o1' });

describe('isStoredPost: the schema, without zod, for records it is sure of', () => {
  it('knows exactly the schema fields (a field added to the schema turns it off until it learns it)', () => {
    expect(KNOWN_FIELDS.slice().sort()).toEqual(Object.keys(calendarPostSchema.shape).sort());
    expect(MATCHES_SCHEMA).toBe(true);
  });

  it('recognises well-formed posts, which the schema returns unchanged', () => {
    for (const p of [...benchPosts(45, { brandId: 'b1', ...RANGE }), base(), { ...base(), remindedAt: 'x', remindedFor: 'y', readerBenefit: 'z' }]) {
      expect(isStoredPost(p)).toBe(true);
      expect(calendarPostSchema.parse(p)).toEqual(p);
    }
  });

  it('leaves to the schema what it must fill, strip or refuse', () => {
    const { pillar: _p, ...noPillar } = base();
    const cases: unknown[] = [
      noPillar, // a default fills it
      { ...base(), extra: 1 }, // stripped by the schema
      { ...base(), visual: { url: 'https://example.com/a.png', alt: '' } },
      { ...base(), date: '2026-03-10 14:00' },
      { ...base(), date: '2026-03-10T14:00:00-04:00' },
      { ...base(), platforms: ['myspace'] },
      { ...base(), platforms: [, 'x'] }, // eslint-disable-line no-sparse-arrays
      { ...base(), text: 'a'.repeat(20001) },
      { ...base(), variants: { myspace: 'a' } },
      { ...base(), objectiveId: undefined },
      { ...base(), id: '' },
      Object.assign(Object.create({ inherited: true }), base()),
      null,
      [],
    ];
    for (const c of cases) expect(isStoredPost(c)).toBe(false);
  });

  it('never accepts what the schema refuses or would change (random records near every bound)', () => {
    const len = (n: number) => fc.constantFrom(n - 1, n, n + 1).map((k) => 'é'.repeat(Math.max(0, k)));
    const odd = fc.oneof(
      fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.string({ maxLength: 5 }),
      len(1), len(64), len(100), len(200), len(500), len(1000), len(5000), len(20000),
      fc.constantFrom('2026-03-10T14:00:00Z', '2026-03-10T14:00:00.123456Z', '2026-02-30T14:00:00Z', '2026-03-10', 'x', 'linkedin', 'idea', 'vision', 'mission'),
      fc.array(fc.oneof(fc.constantFrom('x', 'tiktok', 'myspace', ''), len(100)), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('x', 'linkedin', 'myspace', 'toString'), fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), len(20000)), { maxKeys: 2 }),
      fc.constant({}), fc.constant([]),
    );
    const fields = [...KNOWN_FIELDS, 'unknown'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...fields), odd, fc.boolean()), { maxLength: 4 }), (edits) => {
        const r: Record<string, unknown> = { ...base() };
        for (const [k, v, remove] of edits) {
          if (remove) delete r[k];
          else r[k] = v;
        }
        if (!isStoredPost(r)) return;
        const parsed = calendarPostSchema.safeParse(r);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(r);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('postsBetween with the quick check', () => {
  it('keeps date order across recognised and schema-checked posts, fills defaults, quarantines the bad ones', async () => {
    const db = await openDb({ name: `stored-post-${Date.now()}` });
    const at = (d: number) => `2026-03-${String(d).padStart(2, '0')}T14:00:00.000Z`;
    const { pillar: _p, ...noPillar } = post({ id: 'b', date: at(2) });
    await db.put('posts', post({ id: 'a', date: at(1) }));
    await db.put('posts', noPillar);
    await db.put('posts', { ...post({ id: 'c', date: at(3) }), platforms: ['myspace'] });
    await db.put('posts', { ...post({ id: 'd', date: at(4) }), extra: 'dropped' });
    await db.put('posts', post({ id: 'e', date: at(5) }));
    const read = await postsBetween(db, 'b1', at(1), at(6));
    expect(read.valid.map((p) => p.id)).toEqual(['a', 'b', 'd', 'e']);
    expect(read.valid[1].pillar).toBe('other');
    expect(read.valid[2]).not.toHaveProperty('extra');
    expect(read.quarantined).toBe(1);
    expect((await listQuarantine(db)).map((q) => q.key)).toEqual(['c']);
    expect(await db.count('posts')).toBe(4);
    db.close();
  });
});

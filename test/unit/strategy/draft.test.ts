import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft } from '../../../lib/strategy/draft';
import { startingBrand } from '../../../lib/strategy/starting-points';
import { brandSchema } from '../../../lib/store/schemas/brand';

const NOW = new Date('2026-11-15T12:00:00Z');
const brand = startingBrand({ name: 'Nord', audience: 'b2b', locale: 'en', platforms: ['linkedin', 'x'] }, NOW, 't');

describe('strategy form draft', () => {
  it('a brand goes to the form and back unchanged (but for updatedAt)', () => {
    const r = fromDraft(brand, toDraft(brand), NOW);
    expect(r).toEqual({ ok: true, brand: { ...brand, updatedAt: NOW.toISOString() } });
  });

  it('every field error is keyed by its path with a code and its limits', () => {
    const d = toDraft(brand);
    d.objectives[0].due = '2027-02-31';
    d.objectives[1].due = 'soon';
    d.objectives[0].baseline = '1e99';
    d.objectives[2].judgedBy = '';
    d.platformRoles.x!.cadencePerWeek = '-1';
    d.keyMessages[1] = 'x'.repeat(501);
    d.handles.x = 'ok, ' + 'y'.repeat(201);
    d.personas.push({ name: '', needs: 'Fast answers', benefit: '' });
    const r = fromDraft(brand, d, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      'objectives.0.due': { code: 'badDate' },
      'objectives.1.due': { code: 'badDate' },
      'objectives.0.baseline': { code: 'tooHigh', max: 1e9 },
      'objectives.2.judgedBy': { code: 'required' },
      'platformRoles.x.cadencePerWeek': { code: 'tooLow', min: 0 },
      'keyMessages.1': { code: 'tooLong', max: 500 },
      'handles.x': { code: 'tooLong', max: 200 },
      'personas.1.name': { code: 'required' },
    });
  });

  it('blank rows and blank objectives are dropped; numbers typed with a comma or spaces are read; handles split', () => {
    const d = toDraft(brand);
    d.voice.push('   ');
    d.values.push({ name: '', howItShows: '' });
    d.objectives.push({ id: 'new', kind: 'quantitative', statement: '', metric: '', baseline: '', target: '', due: '', judgedBy: '', platforms: [], means: [''], deliverables: [] });
    d.objectives[1].target = '1 000,5';
    d.handles.linkedin = '@nord,  nord-inc ';
    d.handles.x = '';
    const r = fromDraft(brand, d, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.brand.voice).toEqual(brand.voice);
    expect(r.brand.values).toEqual(brand.values);
    expect(r.brand.objectives.map((o) => o.id)).toEqual(brand.objectives.map((o) => o.id));
    expect(r.brand.objectives[1].target).toBe(1000.5);
    expect(r.brand.handles).toEqual({ linkedin: ['@nord', 'nord-inc'] });
    expect(brandSchema.safeParse(r.brand).success).toBe(true);
  });

  it('switching an objective to qualitative drops its numbers; to quantitative requires a target', () => {
    const d = toDraft(brand);
    d.objectives[0].kind = 'qualitative';
    d.objectives[0].judgedBy = 'Monthly review';
    d.objectives[2].kind = 'quantitative';
    const r = fromDraft(brand, d, NOW);
    expect(r).toEqual({ ok: false, errors: { 'objectives.2.target': { code: 'required' } } });
    d.objectives[2].target = '3';
    const ok = fromDraft(brand, d, NOW);
    if (!ok.ok) throw new Error('expected ok');
    expect(ok.brand.objectives[0]).toMatchObject({ kind: 'qualitative', judgedBy: 'Monthly review' });
    expect(ok.brand.objectives[0].target).toBeUndefined();
    expect(ok.brand.objectives[0].metric).toBeUndefined();
    expect(ok.brand.objectives[2]).toMatchObject({ kind: 'quantitative', target: 3 });
    expect(ok.brand.objectives[2].judgedBy).toBeUndefined();
  });
});

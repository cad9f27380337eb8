import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../lib/guidelines';
import { makeLintFor } from '../../../components/calendar-section/lint-adapter';
import { post } from './helpers';

describe('the calendar lint cache', () => {
  const lintFor = makeLintFor(defaultPack('fr-CA'), 'fr', 'fr');
  const at = '2026-03-10T14:00:00.000Z';

  it('lints a text once per platform, whichever post carries it', () => {
    const a = post({ id: 'a', date: at, platforms: ['x', 'linkedin'], text: 'Venez nous voir samedi!!! Dégustation gratuite.' });
    const b = post({ id: 'b', date: at, platforms: ['x'], text: a.text });
    expect(lintFor(b, 'x')).toBe(lintFor(a, 'x'));
    expect(lintFor(a, 'linkedin')).not.toBe(lintFor(a, 'x'));
  });

  it('lints again when the text changes, or when a platform has its own variant', () => {
    const a = post({ id: 'a', date: at, platforms: ['x'], text: 'Bonjour' });
    const edited = { ...a, text: 'x'.repeat(281) };
    expect(lintFor(a, 'x').errors).toBe(0);
    expect(lintFor(edited, 'x').errors).toBe(1);
    expect(lintFor({ ...edited, variants: { x: 'Court' } }, 'x').errors).toBe(0);
  });
});

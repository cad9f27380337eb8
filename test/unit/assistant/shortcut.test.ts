import { describe, expect, it } from 'vitest';
import { nearestToCentre } from '../../../lib/page/shortcut';

const c = (value: string, top: number, bottom: number) => ({ value, top, bottom });

describe('the comment in view', () => {
  it('is the one containing the viewport centre', () => {
    expect(nearestToCentre([c('a', 0, 300), c('b', 300, 600), c('c', 600, 900)], 800)).toBe('b');
  });
  it('else the one whose nearest edge is closest to the centre', () => {
    expect(nearestToCentre([c('a', 0, 100), c('b', 450, 600)], 800)).toBe('b');
    expect(nearestToCentre([c('a', 0, 380), c('b', 450, 600)], 800)).toBe('a');
  });
  it('ignores items off screen and empty boxes; none visible gives null', () => {
    expect(nearestToCentre([c('above', -500, -10), c('below', 900, 1200), c('empty', 400, 400)], 800)).toBeNull();
    expect(nearestToCentre([c('above', -500, -10), c('partly', -50, 20)], 800)).toBe('partly');
    expect(nearestToCentre([], 800)).toBeNull();
  });
});

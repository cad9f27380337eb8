import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../lib/engagement/counts';

describe('counts as platforms show them', () => {
  it.each([
    ['1,234', 1234],
    ['1 234', 1234],
    ['1\u202f234 j’aime', 1234],
    ['12', 12],
    ['1.2K', 1200],
    ['1,2 k', 1200],
    ['12 k j’aime', 12000],
    ['3 M de vues', 3_000_000],
    ['2,5 millions de vues', 2_500_000],
    ['1.2B views', 1_200_000_000],
    ['1 Md', 1_000_000_000],
    ['15 comments', 15],
    ['5 mentions', 5],
    ['1,234,567', 1_234_567],
    ['Like', undefined],
    ['', undefined],
  ])('%s -> %s', (text, expected) => expect(parseCount(text)).toBe(expected));
});

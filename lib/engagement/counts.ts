/**
 * A count as a platform shows it, in English or French: "1,234", "1 234" (narrow no-break space), "1.2K", "1,2 k",
 * "3 M", "2,5 millions", "1.2B", "1 Md", "12 k j'aime". Undefined when there is no number.
 */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mille: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  billion: 1e9,
  billions: 1e9,
  md: 1e9,
  milliard: 1e9,
  milliards: 1e9,
};

// Matched on the lower-cased text: a case-insensitive Unicode pattern costs ~1 ms to compile on each page.
const COUNT = /(\d[\d\s\u00a0\u202f.,']*)(?:\s*(k|m|b|md|thousand|mille|millions?|billions?|milliards?)(?![\p{L}]))?/u;

export function parseCount(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const m = COUNT.exec(text.toLowerCase());
  if (!m) return undefined;
  const digits = m[1].replace(/[\s\u00a0\u202f']+$/u, '').replace(/[.,]+$/, '');
  const suffix = m[2];
  const compact = digits.replace(/[\s\u00a0\u202f']/gu, '');
  let value: number;
  if (suffix) {
    value = Number(compact.replace(',', '.')) * MULTIPLIERS[suffix];
  } else {
    // Without a suffix a separator followed by exactly three digits groups thousands; a count has no decimals.
    const groups = compact.split(/[.,]/);
    value = groups.slice(1).every((g) => g.length === 3) ? Number(groups.join('')) : Number(compact.replace(',', '.'));
  }
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

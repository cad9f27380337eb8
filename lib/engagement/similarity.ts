/** Word-set similarity of two texts, for linking a post seen on a page to the calendar entry it came from. */

const STOP = new Set('the a an and or of to in on for with is are it this that le la les de des du un une et ou en au aux pour avec est sur ce cette'.split(' '));

export function words(text: string): Set<string> {
  const t = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ');
  const out = new Set<string>();
  for (const w of t.split(/[^\p{L}\p{N}]+/u)) if (w.length > 1 && !STOP.has(w)) out.add(w);
  return out;
}

/**
 * Overlap of the smaller set with the larger (a page often shows a post cut with "… more"), or plain Jaccard when
 * either text is too short for containment to mean anything. 0..1.
 */
export function textSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  if (small.size < 5) return common / (a.size + b.size - common);
  return common / small.size;
}

/** Word-set similarity, to keep three suggestions from being one sentence three times. */
const words = (s: string) => new Set(s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 2));

export function similarity(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return a === b ? 1 : 0;
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter);
}

/** Picks up to n items in order, skipping any too close to one already picked; fills up if too few remain. */
export function pickVaried<T>(ranked: T[], n: number, text: (t: T) => string, maxSimilarity = 0.6): T[] {
  const chosen: T[] = [];
  for (const c of ranked) {
    if (chosen.length >= n) break;
    if (chosen.every((x) => similarity(text(x), text(c)) <= maxSimilarity)) chosen.push(c);
  }
  for (const c of ranked) {
    if (chosen.length >= n) break;
    if (!chosen.includes(c) && chosen.every((x) => text(x) !== text(c))) chosen.push(c);
  }
  return chosen;
}

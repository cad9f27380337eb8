import type { Scan } from '../scan';

const MARKS = /[!！‼]+(?:\s*[!！‼]+)*/g;

/** Exclamation marks: runs ("!!!") become one, and at most `max` per text. */
export function checkExclamation(s: Scan): void {
  const rule = s.profile.sections.exclamation;
  if (!rule.enabled || (!s.text.includes('!') && !s.text.includes('！') && !s.text.includes('‼'))) return;
  const groups: Array<{ start: number; end: number; run: boolean }> = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(s.text); m; m = MARKS.exec(s.text)) {
    groups.push({ start: m.index, end: m.index + m[0].length, run: m[0].length > 1 || m[0] === '‼' });
  }
  groups.forEach((g, i) => {
    if (i >= rule.max) {
      // "Merci !" becomes "Merci." with the French space before the mark removed.
      const from = g.start > 0 && /[ \u00a0\u202f]/.test(s.text[g.start - 1]) ? g.start - 1 : g.start;
      s.report('exclamation', rule.severity, 'exclamation.tooMany', { count: groups.length, max: rule.max }, g.start, g.end, { start: from, end: g.end, replacement: '.' });
    } else if (rule.noRuns && g.run) {
      s.report('exclamation', rule.severity, 'exclamation.run', {}, g.start, g.end, { start: g.start, end: g.end, replacement: '!' });
    }
  });
}

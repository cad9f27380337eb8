import { CUSTOM_INPUT_CAP, CUSTOM_MATCH_CAP } from '../patterns';
import type { Scan } from '../scan';

/** The brand's own patterns, precompiled and checked safe; they read at most CUSTOM_INPUT_CAP characters. */
export function checkCustom(s: Scan): void {
  if (!s.profile.custom.length) return;
  const input = s.text.length > CUSTOM_INPUT_CAP ? s.text.slice(0, CUSTOM_INPUT_CAP) : s.text;
  for (const { rule, re } of s.profile.custom) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(input); m && n < CUSTOM_MATCH_CAP; m = re.exec(input)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      n++;
      const start = m.index;
      const end = start + m[0].length;
      const fix = rule.replacement !== undefined ? { start, end, replacement: rule.replacement } : undefined;
      s.report(`custom:${rule.id}`, rule.severity, 'custom', { message: rule.message, match: m[0] }, start, end, fix);
    }
  }
}

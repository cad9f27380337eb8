import { emojiKey, findEmoji } from '../emoji';
import type { Scan } from '../scan';
import type { Span } from '../text';
import type { Fix } from '../types';

/** Emoji policy: none, a few from an allowed list, or free. */
export function checkEmoji(s: Scan): void {
  const rule = s.profile.sections.emoji;
  if (!rule.enabled || rule.policy === 'free') return;
  const found = findEmoji(s.text);
  if (!found.length) return;
  if (rule.policy === 'none') {
    for (const e of found) s.report('emoji', rule.severity, 'emoji.none', { emoji: e.value }, e.start, e.end, removal(s.text, e));
    return;
  }
  const allowed = s.profile.emojiAllowed;
  let kept = 0;
  for (const e of found) {
    if (allowed.size && !allowed.has(emojiKey(e.value))) {
      s.report('emoji', rule.severity, 'emoji.notAllowed', { emoji: e.value }, e.start, e.end, removal(s.text, e));
    } else if (++kept > rule.max) {
      s.report('emoji', rule.severity, 'emoji.tooMany', { emoji: e.value, count: found.length, max: rule.max }, e.start, e.end, removal(s.text, e));
    }
  }
}

/** Deletes a span and one neighbouring space, so no double space or space before punctuation is left. */
export function removal(text: string, sp: Span): Fix {
  const before = sp.start > 0 ? text[sp.start - 1] : '';
  const after = text[sp.end] ?? '';
  if (after === ' ' && (before === '' || /\s/.test(before))) return { start: sp.start, end: sp.end + 1, replacement: '' };
  if (before === ' ' && (after === '' || /[\s.,;:!?)]/.test(after))) return { start: sp.start - 1, end: sp.end, replacement: '' };
  return { start: sp.start, end: sp.end, replacement: '' };
}

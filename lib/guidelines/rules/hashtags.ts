import type { Scan } from '../scan';
import { removal } from './emoji';

const HASHTAG = /(?<![\p{L}\p{N}_&#/])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu;

/** Hashtags: none in replies unless allowed, and at most `max` per text (set per platform through overrides). */
export function checkHashtags(s: Scan): void {
  const rule = s.profile.sections.hashtags;
  if (!rule.enabled) return;
  const tags: Array<{ start: number; end: number; value: string }> = [];
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(s.text); m; m = HASHTAG.exec(s.text)) tags.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  if (!tags.length) return;
  if (s.ctx.kind === 'reply' && !rule.inReplies) {
    for (const t of tags) s.report('hashtags', rule.severity, 'hashtags.inReply', { tag: t.value }, t.start, t.end, removal(s.text, t));
    return;
  }
  for (const t of tags.slice(rule.max)) {
    s.report('hashtags', rule.severity, 'hashtags.tooMany', { tag: t.value, count: tags.length, max: rule.max, platform: s.ctx.platform }, t.start, t.end, removal(s.text, t));
  }
}

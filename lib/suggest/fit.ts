/** Fits a reply to the platform's reply limit: drop whole sentences from the end, then cut at a word with "…". */
import { measure, platformLimits } from '../guidelines';
import type { Platform } from '../platforms/types';

export function replyLimit(platform: Platform, brandMax?: number): number {
  const limit = platformLimits[platform].reply;
  return brandMax && brandMax > 0 ? Math.min(limit, brandMax) : limit;
}

export function lengthOf(text: string, platform: Platform): number {
  const lim = platformLimits[platform];
  return measure(text, lim.count, lim.reply).length;
}

export function fitToLimit(text: string, platform: Platform, limit = replyLimit(platform)): { text: string; trimmed: boolean } {
  const method = platformLimits[platform].count;
  if (measure(text, method, limit).overAt < 0) return { text, trimmed: false };
  const sentences = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [text];
  while (sentences.length > 1) {
    sentences.pop();
    const shorter = sentences.join('').trim();
    if (measure(shorter, method, limit).overAt < 0) return { text: shorter, trimmed: true };
  }
  const over = measure(text, method, limit - 1).overAt;
  const cut = text.slice(0, Math.max(0, over));
  const atWord = cut.replace(/\s+\S*$/, '');
  return { text: `${(atWord || cut).trimEnd()}…`, trimmed: true };
}

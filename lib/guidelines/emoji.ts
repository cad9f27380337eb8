import type { Span } from './text';

/** One emoji as the reader sees it: flags, keycaps, ZWJ families, skin tones, tag flags. */
const EMOJI =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?(?:[\u{E0020}-\u{E007E}]+\u{E007F})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?)*/gu;
const TEXT_SYMBOLS = new Set(['©', '®', '™']);

export interface EmojiMatch extends Span {
  value: string;
}

export function findEmoji(text: string): EmojiMatch[] {
  const out: EmojiMatch[] = [];
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m; m = EMOJI.exec(text)) {
    if (TEXT_SYMBOLS.has(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}

/** Compares emoji without the variation selector, so "❤" and "❤️" are the same allowed emoji. */
export const emojiKey = (e: string) => e.replace(/\uFE0F/g, '');

import type { Platform } from '../platforms/types';
import { findEmoji } from './emoji';

export type CountMethod = 'x-weighted' | 'graphemes' | 'code-points' | 'mastodon';

export interface PlatformLimit {
  reply: number;
  post: number;
  /** How the platform counts a character. */
  count: CountMethod;
  /** Where the numbers come from (public documentation, checked 2026). */
  source: string;
}

/** Published text limits per platform and kind. A brand may set lower ones (rules.length.max). */
export const platformLimits: Record<Platform, PlatformLimit> = {
  x: {
    reply: 280,
    post: 280,
    count: 'x-weighted',
    source: 'X developer docs, "Counting characters" (https://docs.x.com/fundamentals/counting-characters): 280, emoji and CJK weigh 2, every URL 23',
  },
  bluesky: {
    reply: 300,
    post: 300,
    count: 'graphemes',
    source: 'AT Protocol lexicon app.bsky.feed.post, text maxGraphemes 300 (https://github.com/bluesky-social/atproto, lexicons/app/bsky/feed/post.json)',
  },
  threads: {
    reply: 500,
    post: 500,
    count: 'code-points',
    source: 'Instagram Help Center, "Threads" posts and replies up to 500 characters (https://help.instagram.com, Threads launch, July 2023)',
  },
  linkedin: {
    reply: 1250,
    post: 3000,
    count: 'code-points',
    source: 'LinkedIn Help, "Share a post" 3,000 characters; comment box 1,250 characters (https://www.linkedin.com/help/linkedin)',
  },
  instagram: {
    reply: 2200,
    post: 2200,
    count: 'code-points',
    source: 'Instagram Graph API, "Content Publishing": caption max 2,200 characters, 30 hashtags (https://developers.facebook.com/docs/instagram-platform/content-publishing)',
  },
  facebook: {
    reply: 8000,
    post: 63206,
    count: 'code-points',
    source: 'Facebook post box maxlength 63,206 characters; comment box 8,000 characters (Meta composer limits as published by Meta Business Help Center)',
  },
  youtube: {
    reply: 10000,
    post: 5000,
    count: 'code-points',
    source: 'YouTube Data API: comments textOriginal max 10,000 characters; video description max 5,000 bytes (https://developers.google.com/youtube/v3/docs)',
  },
  tiktok: {
    reply: 150,
    post: 2200,
    count: 'code-points',
    source: 'TikTok Content Posting API: caption (title) max 2,200 UTF-16 runes (https://developers.tiktok.com/doc/content-posting-api-reference-direct-post); comments 150 characters (in-app)',
  },
  reddit: {
    reply: 10000,
    post: 40000,
    count: 'code-points',
    source: 'reddit source r2/lib/validator: comment markdown max_length 10,000; self-post text 40,000 since 2015 (r/changelog 39hf9x)',
  },
  mastodon: {
    reply: 500,
    post: 500,
    count: 'mastodon',
    source: 'Mastodon server default MAX_CHARS 500 (app/validators/status_length_validator.rb), URLs count 23 (docs.joinmastodon.org, instance configuration statuses.max_characters)',
  },
};

const URL_RE = /\bhttps?:\/\/[^\s<>"']+/giu;

/** X weights: code points in these ranges count 1, everything else 2 (twitter-text config v3). */
function xWeight(cp: number): number {
  if (cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037)) return 1;
  return 2;
}

export interface Measure {
  length: number;
  /** UTF-16 index where the text first goes over `limit`, or -1. */
  overAt: number;
}

let segmenter: Intl.Segmenter | null = null;
const graphemes = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** Length of `text` as the platform counts it, and where it first crosses `limit`. */
export function measure(text: string, method: CountMethod, limit: number): Measure {
  // Graphemes and code points never outnumber UTF-16 units: most drafts stop here.
  if ((method === 'graphemes' || method === 'code-points') && text.length <= limit) return { length: text.length, overAt: -1 };
  if (method === 'graphemes') {
    let n = 0;
    let overAt = -1;
    for (const seg of graphemes().segment(text)) {
      n++;
      if (overAt < 0 && n > limit) overAt = seg.index;
    }
    return { length: n, overAt };
  }
  // Spans that count as a fixed weight: URLs (23 on X and Mastodon), whole emoji clusters (2 on X).
  const fixed: Array<[number, number, number]> = [];
  if (method !== 'code-points') {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) fixed.push([m.index, m.index + m[0].length, 23]);
  }
  if (method === 'x-weighted') {
    for (const e of findEmoji(text)) if (!fixed.some(([s, t]) => e.start < t && e.end > s)) fixed.push([e.start, e.end, 2]);
    fixed.sort((a, b) => a[0] - b[0]);
  }
  let n = 0;
  let overAt = -1;
  let f = 0;
  for (let i = 0; i < text.length; ) {
    let step: number;
    if (f < fixed.length && i === fixed[f][0]) {
      n += fixed[f][2];
      step = fixed[f][1] - i;
      f++;
    } else {
      const cp = text.codePointAt(i)!;
      n += method === 'x-weighted' ? xWeight(cp) : 1;
      step = cp > 0xffff ? 2 : 1;
    }
    if (overAt < 0 && n > limit) overAt = i;
    i += step;
  }
  return { length: n, overAt };
}

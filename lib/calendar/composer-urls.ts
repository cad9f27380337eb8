/**
 * Where each platform's own composer opens. Where the platform has a documented share/intent URL the text is
 * prefilled; the user still reads, edits and posts it themselves.
 */
import type { Platform } from '../platforms/types';

const MAX_PREFILL = 1800; // keeps the URL well under every browser's limit

export function composerUrl(platform: Platform, text = '', mastodonInstance = 'mastodon.social'): string {
  const t = encodeURIComponent(text.slice(0, MAX_PREFILL));
  switch (platform) {
    case 'x':
      return text ? `https://x.com/intent/post?text=${t}` : 'https://x.com/compose/post';
    case 'linkedin':
      return text ? `https://www.linkedin.com/feed/?shareActive=true&text=${t}` : 'https://www.linkedin.com/feed/?shareActive=true';
    case 'facebook':
      return 'https://www.facebook.com/';
    case 'instagram':
      return 'https://www.instagram.com/';
    case 'youtube':
      return 'https://studio.youtube.com/';
    case 'tiktok':
      return 'https://www.tiktok.com/tiktokstudio/upload';
    case 'reddit':
      return 'https://www.reddit.com/submit';
    case 'bluesky':
      return text ? `https://bsky.app/intent/compose?text=${t}` : 'https://bsky.app/';
    case 'mastodon': {
      const host = /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(mastodonInstance) ? mastodonInstance : 'mastodon.social';
      return `https://${host}/share${text ? `?text=${t}` : ''}`;
    }
    case 'threads':
      return text ? `https://www.threads.net/intent/post?text=${t}` : 'https://www.threads.net/';
  }
}

/** The instance of a Mastodon handle such as "@brand@piaille.fr". */
export function mastodonInstanceOf(handle: string | undefined): string | undefined {
  const m = handle?.match(/@[^@\s]+@([a-z0-9.-]+\.[a-z]{2,})$/i);
  return m?.[1];
}

/** The text to post on a platform: its variant when the user wrote one. */
export function textFor(post: { text: string; variants: Partial<Record<Platform, string>> }, platform: Platform) {
  const v = post.variants[platform];
  return v !== undefined && v.trim() ? v : post.text;
}

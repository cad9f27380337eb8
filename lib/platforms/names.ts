import type { Platform } from './types';

/** How each platform writes its own name, in every language and surface. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook', instagram: 'Instagram', youtube: 'YouTube',
  tiktok: 'TikTok', reddit: 'Reddit', bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads',
};

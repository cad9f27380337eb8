/** Example TikTok URLs and their page kind (read by the shared page-kind test). TikTok's inbox is a panel, not a page. */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.tiktok.com/@merveilleux123/video/7135383664971582725', kind: 'post' },
  { url: 'https://www.tiktok.com/@cafecocktail/video/7556000000000000001?is_from_webapp=1', kind: 'post' },
  { url: 'https://www.tiktok.com/@cafecocktail/photo/7556000000000000009', kind: 'post' },
  { url: 'https://www.tiktok.com/', kind: 'feed' },
  { url: 'https://www.tiktok.com/foryou', kind: 'feed' },
  { url: 'https://www.tiktok.com/following', kind: 'feed' },
  { url: 'https://www.tiktok.com/tag/mtl', kind: 'feed' },
  { url: 'https://www.tiktok.com/@merveilleux123', kind: 'profile' },
  { url: 'https://www.tiktok.com/messages', kind: 'other' },
  { url: 'https://www.tiktok.com/music/son-original-7135383692269472518', kind: 'other' },
  { url: 'https://www.tiktok.com/upload', kind: 'other' },
];

export default urls;

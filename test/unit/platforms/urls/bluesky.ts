/** Example Bluesky URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t', kind: 'post' },
  { url: 'https://bsky.app/profile/did:plc:lsxeabri2cfwvzncqlrlklp6/post/3mdeitsgznc24', kind: 'post' },
  { url: 'https://bsky.app/', kind: 'feed' },
  { url: 'https://bsky.app/profile/bsky.app/feed/whats-hot', kind: 'feed' },
  { url: 'https://bsky.app/search?q=cafe', kind: 'feed' },
  { url: 'https://bsky.app/notifications', kind: 'notifications' },
  { url: 'https://bsky.app/profile/stephenking.bsky.social', kind: 'profile' },
  { url: 'https://bsky.app/settings', kind: 'other' },
  { url: 'https://bsky.app/messages', kind: 'other' },
];

export default urls;

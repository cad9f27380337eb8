/** Example Facebook URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.facebook.com/cafecocktailmtl/posts/pfbid02Xyz7Abc9DefGhiJkLmNoPqRsTuVwXyZ1234567890abcdefl', kind: 'post' },
  { url: 'https://www.facebook.com/cafecocktailmtl/posts/123456789012345?comment_id=987654321012345', kind: 'post' },
  { url: 'https://www.facebook.com/permalink.php?story_fbid=123&id=456', kind: 'post' },
  { url: 'https://www.facebook.com/groups/mtlfoodies/posts/4455667788/', kind: 'post' },
  { url: 'https://www.facebook.com/cafecocktailmtl/videos/1234567890/', kind: 'post' },
  { url: 'https://www.facebook.com/watch/?v=1234567890', kind: 'post' },
  { url: 'https://www.facebook.com/reel/1234567890', kind: 'post' },
  { url: 'https://www.facebook.com/', kind: 'feed' },
  { url: 'https://www.facebook.com/groups/feed/', kind: 'feed' },
  { url: 'https://www.facebook.com/notifications', kind: 'notifications' },
  { url: 'https://www.facebook.com/cafecocktailmtl', kind: 'profile' },
  { url: 'https://www.facebook.com/profile.php?id=100012345678901', kind: 'profile' },
  { url: 'https://www.facebook.com/groups/mtlfoodies', kind: 'profile' },
  { url: 'https://www.facebook.com/messages/t/123', kind: 'other' },
  { url: 'https://www.facebook.com/marketplace/', kind: 'other' },
  { url: 'https://www.facebook.com/settings', kind: 'other' },
];

export default urls;

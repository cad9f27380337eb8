/** Example Threads URLs (threads.com since 2025, threads.net before) and their page kind. */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj', kind: 'post' },
  { url: 'https://www.threads.net/@zuck/post/CuP48z8NXCb', kind: 'post' },
  { url: 'https://www.threads.com/', kind: 'feed' },
  { url: 'https://www.threads.com/search', kind: 'feed' },
  { url: 'https://www.threads.com/activity', kind: 'notifications' },
  { url: 'https://www.threads.com/activity/mentions', kind: 'notifications' },
  { url: 'https://www.threads.com/@cafecocktail.mtl', kind: 'profile' },
  { url: 'https://www.threads.net/@zuck/replies', kind: 'profile' },
  { url: 'https://www.threads.com/settings', kind: 'other' },
  { url: 'https://www.threads.com/login', kind: 'other' },
];

export default urls;

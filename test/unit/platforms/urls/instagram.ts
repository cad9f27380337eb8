/** Example Instagram URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.instagram.com/p/BWUDBntl3_Z/', kind: 'post' },
  { url: 'https://www.instagram.com/p/DAbC123xYz_/c/17900000000000001/', kind: 'post' },
  { url: 'https://www.instagram.com/cafecocktail.mtl/p/DAbC123xYz_/', kind: 'post' },
  { url: 'https://www.instagram.com/reel/C1a2b3c4d5e/', kind: 'post' },
  { url: 'https://www.instagram.com/', kind: 'feed' },
  { url: 'https://www.instagram.com/explore/', kind: 'feed' },
  { url: 'https://www.instagram.com/explore/tags/mtlcocktails/', kind: 'feed' },
  { url: 'https://www.instagram.com/accounts/activity/', kind: 'notifications' },
  { url: 'https://www.instagram.com/teslamotors/', kind: 'profile' },
  { url: 'https://www.instagram.com/cafecocktail.mtl/tagged/', kind: 'profile' },
  { url: 'https://www.instagram.com/direct/inbox/', kind: 'other' },
  { url: 'https://www.instagram.com/accounts/edit/', kind: 'other' },
  { url: 'https://www.instagram.com/stories/cafecocktail.mtl/3456/', kind: 'other' },
];

export default urls;

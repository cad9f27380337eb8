/** Example X URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://x.com/realDonaldTrump/status/1222907250383245320', kind: 'post' },
  { url: 'https://twitter.com/jack/status/20', kind: 'post' },
  { url: 'https://x.com/i/web/status/1983130065320780162', kind: 'post' },
  { url: 'https://mobile.twitter.com/TestQuoter/status/1983130065320780162/photo/1', kind: 'post' },
  { url: 'https://x.com/home', kind: 'feed' },
  { url: 'https://x.com/search?q=cafe%20soleil&f=live', kind: 'feed' },
  { url: 'https://x.com/notifications', kind: 'notifications' },
  { url: 'https://twitter.com/notifications/mentions', kind: 'notifications' },
  { url: 'https://x.com/Kikobeats', kind: 'profile' },
  { url: 'https://x.com/cafesoleil/with_replies', kind: 'profile' },
  { url: 'https://x.com/messages', kind: 'other' },
  { url: 'https://x.com/settings/account', kind: 'other' },
];

export default urls;

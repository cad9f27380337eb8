/** Example YouTube URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.youtube.com/watch?v=wOWhfNB_r-0', kind: 'post' },
  { url: 'https://www.youtube.com/watch?v=gOsERJzMhLc&lc=Ugzrp0E4ewPKweJx_PJ4AaABAg', kind: 'post' },
  { url: 'https://www.youtube.com/shorts/aBcDeFgHiJk', kind: 'post' },
  { url: 'https://www.youtube.com/post/UgkxAbCdEf123', kind: 'post' },
  { url: 'https://www.youtube.com/', kind: 'feed' },
  { url: 'https://www.youtube.com/feed/subscriptions', kind: 'feed' },
  { url: 'https://www.youtube.com/results?search_query=torrefaction', kind: 'feed' },
  { url: 'https://www.youtube.com/@NetworkChuck', kind: 'profile' },
  { url: 'https://www.youtube.com/channel/UC9x0AN7BWHpCDHSm9NiJFJQ/videos', kind: 'profile' },
  { url: 'https://www.youtube.com/user/MobileTechReview', kind: 'profile' },
  { url: 'https://www.youtube.com/feed/history', kind: 'other' },
];

export default urls;

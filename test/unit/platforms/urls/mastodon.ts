/** Example Mastodon URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://mastodon.example/@alice/12345678', kind: 'post' },
  { url: 'https://mastodon.social/@bob@other.social/112345678901234567', kind: 'post' },
  { url: 'https://fosstodon.org/deck/@alice/12345678', kind: 'post' },
  { url: 'https://mastodon.social/users/Gargron/statuses/112345678901234567', kind: 'post' },
  { url: 'https://mastodon.social/home', kind: 'feed' },
  { url: 'https://mastodon.social/public/local', kind: 'feed' },
  { url: 'https://piaille.fr/tags/quebec', kind: 'feed' },
  { url: 'https://mastodon.social/notifications', kind: 'notifications' },
  { url: 'https://mastodon.social/notifications/mentions', kind: 'notifications' },
  { url: 'https://mastodon.social/@Gargron', kind: 'profile' },
  { url: 'https://mastodon.social/settings/profile', kind: 'other' },
];

export default urls;

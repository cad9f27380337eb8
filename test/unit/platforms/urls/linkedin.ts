/** Example LinkedIn URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7331234567890123456/', kind: 'post' },
  { url: 'https://www.linkedin.com/feed/update/urn:li:ugcPost:7246579902655651840/?commentUrn=urn%3Ali%3Acomment%3A%28ugcPost%3A1%2C2%29', kind: 'post' },
  { url: 'https://www.linkedin.com/posts/audiense_tech-ai-startup-activity-7248246460041809920-pOe5', kind: 'post' },
  { url: 'https://www.linkedin.com/feed/', kind: 'feed' },
  { url: 'https://www.linkedin.com/feed/hashtag/marketing/', kind: 'feed' },
  { url: 'https://www.linkedin.com/notifications/', kind: 'notifications' },
  { url: 'https://www.linkedin.com/notifications/?filter=mentions', kind: 'notifications' },
  { url: 'https://www.linkedin.com/company/12345/admin/notifications/all/', kind: 'notifications' },
  { url: 'https://uk.linkedin.com/company/audiense', kind: 'profile' },
  { url: 'https://www.linkedin.com/company/cafe-cocktail/posts/', kind: 'profile' },
  { url: 'https://www.linkedin.com/in/elodie-gagnon/', kind: 'profile' },
  { url: 'https://www.linkedin.com/messaging/thread/2-abc/', kind: 'other' },
  { url: 'https://www.linkedin.com/jobs/view/123456/', kind: 'other' },
  { url: 'https://www.linkedin.com/company/12345/admin/analytics/', kind: 'other' },
];

export default urls;

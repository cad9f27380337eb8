/** Example Reddit URLs and their page kind (read by the shared page-kind test). */
import type { PageKind } from '../../../../lib/platforms/types';

export const urls: Array<{ url: string; kind: PageKind }> = [
  { url: 'https://www.reddit.com/r/montreal/comments/1abc23/best_coffee_roaster_in_montreal/', kind: 'post' },
  { url: 'https://old.reddit.com/r/aww/comments/8dyrb3/ben_is_very_proud_of_himself_for_learning_to_go/', kind: 'post' },
  { url: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/comment/ehq4og3/', kind: 'post' },
  { url: 'https://www.reddit.com/', kind: 'feed' },
  { url: 'https://old.reddit.com/r/aww/', kind: 'feed' },
  { url: 'https://www.reddit.com/r/quebec/new/', kind: 'feed' },
  { url: 'https://www.reddit.com/message/mentions', kind: 'notifications' },
  { url: 'https://old.reddit.com/message/inbox/', kind: 'notifications' },
  { url: 'https://www.reddit.com/notifications', kind: 'notifications' },
  { url: 'https://www.reddit.com/user/spez/', kind: 'profile' },
  { url: 'https://www.reddit.com/u/CafeSoleil/comments/', kind: 'profile' },
  { url: 'https://www.reddit.com/settings/', kind: 'other' },
];

export default urls;

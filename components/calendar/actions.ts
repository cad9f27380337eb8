import type { CalendarPost } from '../../lib/store/schemas/post';
import { moveByDays, moveByMinutes, moveToDay, type LintFor, type PostChange } from '../../lib/calendar/view-model';
import type { UiLanguage } from '../../lib/i18n';
import type { ChipMove } from './PostChip';

/** Props every view shares: the posts to show and one callback for every change (the caller stores it). */
export interface CalendarViewProps {
  posts: readonly CalendarPost[];
  lang: UiLanguage;
  /** The viewer's zone: days and times are shown in it. */
  timeZone: string;
  /** ISO instant, stamped on changes as updatedAt. */
  now: string;
  lintFor?: LintFor;
  onChange: (change: PostChange) => void;
  onOpen: (post: CalendarPost) => void;
  onCreate?: (day: string) => void;
}

export function viewActions(p: CalendarViewProps) {
  const update = (before: CalendarPost, post: CalendarPost) => p.onChange({ kind: 'update', post, before });
  return {
    move(post: CalendarPost, m: ChipMove) {
      let next = post;
      if (m.days) next = moveByDays(next, m.days, p.now);
      if (m.minutes) next = moveByMinutes(next, m.minutes, p.now);
      if (next !== post) update(post, next);
    },
    drop(id: string, day: string) {
      const post = p.posts.find((x) => x.id === id);
      if (!post) return;
      const next = moveToDay(post, day, p.now);
      if (next.date !== post.date) update(post, next);
    },
    remove(post: CalendarPost) {
      p.onChange({ kind: 'delete', post });
    },
  };
}

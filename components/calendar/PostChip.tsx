import type { UiLanguage } from '../../lib/i18n';
import type { CalendarPost } from '../../lib/store/schemas/post';
import type { LintFor } from '../../lib/calendar/view-model';
import { STATUS_LABELS } from '../../lib/calendar/names';
import { LintBadges } from './LintBadges';
import { dateFormat } from './format';

export const DRAG_TYPE = 'application/x-cocktail-post';

export interface ChipMove {
  days?: number;
  minutes?: number;
}

export interface PostChipProps {
  post: CalendarPost;
  lang: UiLanguage;
  timeZone: string;
  lintFor?: LintFor;
  onOpen: (post: CalendarPost) => void;
  onMove: (post: CalendarPost, move: ChipMove) => void;
  onDelete: (post: CalendarPost) => void;
  /** What Alt+Up/Down does: a week in the month view, an hour in the week view. */
  vertical: ChipMove;
}

/** A post in a view: draggable, and movable from the keyboard (Alt + arrows), Enter to edit, Delete to delete. */
export function PostChip({ post, lang, timeZone, lintFor, onOpen, onMove, onDelete, vertical }: PostChipProps) {
  const time = dateFormat(lang, timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(post.date));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(post);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete(post);
    } else if (e.altKey) {
      const neg = (m: ChipMove): ChipMove => ({ days: m.days && -m.days, minutes: m.minutes && -m.minutes });
      const move = { ArrowLeft: { days: -1 }, ArrowRight: { days: 1 }, ArrowUp: neg(vertical), ArrowDown: vertical }[e.key];
      if (move) {
        e.preventDefault();
        onMove(post, move);
      }
    }
  };
  const first = post.text.split('\n')[0] || post.readerBenefit || '';
  return (
    <div
      class={`ck-cal-chip ck-cal-status-${post.status}`}
      tabIndex={0}
      role="button"
      draggable
      data-post-id={post.id}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer?.setData(DRAG_TYPE, post.id);
        e.dataTransfer?.setData('text/plain', post.id);
      }}
      onClick={() => onOpen(post)}
      onKeyDown={onKeyDown}
    >
      <span class="ck-cal-time">{time}</span> <span class="ck-cal-status">{STATUS_LABELS[lang][post.status]}</span>
      <span class="ck-cal-text">{first.length > 80 ? first.slice(0, 79) + '…' : first}</span>
      <LintBadges post={post} lang={lang} lintFor={lintFor} />
    </div>
  );
}

/** Reads the post id a drop carries. */
export function droppedId(e: DragEvent) {
  return e.dataTransfer?.getData(DRAG_TYPE) || e.dataTransfer?.getData('text/plain') || '';
}

import type { UiLanguage } from '../../lib/i18n';
import type { CalendarPost } from '../../lib/store/schemas/post';
import type { LintFor } from '../../lib/calendar/view-model';
import { STATUS_LABELS } from '../../lib/calendar/names';
import { lintBadgeList } from './LintBadges';
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
}

/**
 * A post in a view: draggable, focusable, a button. Its events are handled once by the view (chipEvents), and views
 * call it as a function (it has no hooks): a month shows 168 chips, and a component instance and three listeners on
 * each cost more than the chip's own elements. Its parts are told apart by their tag (calendar.css), not by a class each.
 */
export function PostChip({ post, lang, timeZone, lintFor }: PostChipProps) {
  const time = dateFormat(lang, timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(post.date));
  const first = post.text.split('\n')[0] || post.readerBenefit || '';
  return (
    <div key={post.id} class={`ck-cal-chip ck-cal-status-${post.status}`} tabIndex={0} role="button" draggable data-post-id={post.id}>
      <b>{`${time} `}</b>
      <small>{STATUS_LABELS[lang][post.status]}</small>
      <p>{first.length > 80 ? first.slice(0, 79) + '…' : first}</p>
      {lintBadgeList({ post, lang, lintFor })}
    </div>
  );
}

export interface ChipActions {
  onOpen: (post: CalendarPost) => void;
  onMove: (post: CalendarPost, move: ChipMove) => void;
  onDelete: (post: CalendarPost) => void;
  /** Drops a post (by id) on a day ("YYYY-MM-DD"). */
  onDrop: (id: string, day: string) => void;
  /** What Alt+Up/Down does: a week in the month view, an hour in the week view. */
  vertical: ChipMove;
}

const closestAttr = (e: Event, attr: string) => (e.target as Element | null)?.closest?.(`[${attr}]`)?.getAttribute(attr) ?? null;

/**
 * The events of every chip and day of a view, for its container: click or Enter opens a chip, Delete deletes it,
 * Alt+arrows move it (a day sideways, `vertical` up and down), dragging carries its id to the day it is dropped on.
 */
export function chipEvents(posts: readonly CalendarPost[], a: ChipActions) {
  const postOf = (e: Event) => {
    const id = closestAttr(e, 'data-post-id');
    return id === null ? undefined : posts.find((p) => p.id === id);
  };
  const neg = (m: ChipMove): ChipMove => ({ days: m.days && -m.days, minutes: m.minutes && -m.minutes });
  return {
    onClick(e: MouseEvent) {
      const post = postOf(e);
      if (post) a.onOpen(post);
    },
    onKeyDown(e: KeyboardEvent) {
      const post = postOf(e);
      if (!post) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        a.onOpen(post);
      } else if (e.key === 'Delete') {
        e.preventDefault();
        a.onDelete(post);
      } else if (e.altKey) {
        const move = { ArrowLeft: { days: -1 }, ArrowRight: { days: 1 }, ArrowUp: neg(a.vertical), ArrowDown: a.vertical }[e.key];
        if (move) {
          e.preventDefault();
          a.onMove(post, move);
        }
      }
    },
    onDragStart(e: DragEvent) {
      const id = closestAttr(e, 'data-post-id');
      if (id === null) return;
      e.dataTransfer?.setData(DRAG_TYPE, id);
      e.dataTransfer?.setData('text/plain', id);
    },
    onDragOver(e: DragEvent) {
      if (closestAttr(e, 'data-day') !== null) e.preventDefault();
    },
    onDrop(e: DragEvent) {
      const day = closestAttr(e, 'data-day');
      if (day === null) return;
      e.preventDefault();
      a.onDrop(droppedId(e), day);
    },
  };
}

/** Reads the post id a drop carries. */
export function droppedId(e: DragEvent) {
  return e.dataTransfer?.getData(DRAG_TYPE) || e.dataTransfer?.getData('text/plain') || '';
}

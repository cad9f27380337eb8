import { groupByDay, weekDays } from '../../lib/calendar/view-model';
import { dayKey } from '../../lib/calendar/zoned-time';
import { calendarText } from './messages';
import { PostChip, chipEvents } from './PostChip';
import { viewActions, type CalendarViewProps } from './actions';
import { formatDay } from './format';

export interface WeekViewProps extends CalendarViewProps {
  /** Any day of the week to show, "YYYY-MM-DD". */
  day: string;
  weekStartsOn?: 0 | 1;
}

/** Seven columns, posts in time order; Alt+Up/Down moves a post by an hour. */
export function WeekView(props: WeekViewProps) {
  const { posts, lang, timeZone } = props;
  const t = calendarText(lang);
  const days = weekDays(props.day, props.weekStartsOn ?? 0);
  const byDay = groupByDay(posts, timeZone);
  const today = dayKey(Date.parse(props.now), timeZone);
  const act = viewActions(props);
  const events = chipEvents(posts, { onOpen: props.onOpen, onMove: act.move, onDelete: act.remove, onDrop: act.drop, vertical: { minutes: 60 } });
  return (
    <div class="ck-cal-week" role="group" {...events}>
      {days.map((day) => {
        const list = byDay.get(day) ?? [];
        return (
          <section
            key={day}
            data-day={day}
            class={`ck-cal-weekday${day === today ? ' ck-cal-today' : ''}`}
            aria-label={t('dayLabel', { day: formatDay(day, lang), count: list.length })}
          >
            <h3>{formatDay(day, lang, { weekday: 'short', day: 'numeric', month: 'short' })}</h3>
            {list.map((p) => PostChip({ post: p, lang, timeZone, lintFor: props.lintFor }))}
            {props.onCreate && (
              <button type="button" class="ck-cal-add" aria-label={t('newPostOn', { day: formatDay(day, lang) })} onClick={() => props.onCreate!(day)}>
                +
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}

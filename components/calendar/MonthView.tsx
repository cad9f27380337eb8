import { groupByDay, monthGrid } from '../../lib/calendar/view-model';
import { dayKey } from '../../lib/calendar/zoned-time';
import { calendarText } from './messages';
import { PostChip, chipEvents } from './PostChip';
import { viewActions, type CalendarViewProps } from './actions';
import { formatDay } from './format';

export interface MonthViewProps extends CalendarViewProps {
  /** "YYYY-MM" */
  month: string;
  weekStartsOn?: 0 | 1;
  /** Posts shown per day before "+ N more". */
  maxPerDay?: number;
}

export function MonthView(props: MonthViewProps) {
  const { posts, lang, timeZone, month, weekStartsOn = 0, maxPerDay = 4 } = props;
  const t = calendarText(lang);
  const [year, mo] = month.split('-').map(Number);
  const weeks = monthGrid(year, mo, weekStartsOn);
  const byDay = groupByDay(posts, timeZone);
  const today = dayKey(Date.parse(props.now), timeZone);
  const act = viewActions(props);
  const events = chipEvents(posts, { onOpen: props.onOpen, onMove: act.move, onDelete: act.remove, onDrop: act.drop, vertical: { days: 7 } });
  return (
    <table class="ck-cal-month" role="grid" aria-label={formatDay(`${month}-15`, lang, { month: 'long', year: 'numeric' })} {...events}>
      <thead>
        <tr>
          {weeks[0].map((d) => (
            <th key={d} scope="col">{formatDay(d, lang, { weekday: 'short' })}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const list = byDay.get(day) ?? [];
              const outside = !day.startsWith(month);
              return (
                <td
                  key={day}
                  data-day={day}
                  class={`ck-cal-day${outside ? ' ck-cal-outside' : ''}${day === today ? ' ck-cal-today' : ''}`}
                  aria-label={t('dayLabel', { day: formatDay(day, lang), count: list.length })}
                >
                  <div class="ck-cal-dayhead">
                    <span class="ck-cal-daynum">{Number(day.slice(8))}</span>
                    {props.onCreate && (
                      <button type="button" class="ck-cal-add" aria-label={t('newPostOn', { day: formatDay(day, lang) })} onClick={() => props.onCreate!(day)}>
                        +
                      </button>
                    )}
                  </div>
                  {list.slice(0, maxPerDay).map((p) => PostChip({ post: p, lang, timeZone, lintFor: props.lintFor }))}
                  {list.length > maxPerDay && <div class="ck-cal-more">{t('more', { count: list.length - maxPerDay })}</div>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

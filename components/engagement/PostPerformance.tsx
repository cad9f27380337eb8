import type { UiLanguage } from '../../lib/i18n';
import type { PostSummary } from '../../lib/engagement/post-stats';
import { httpUrl } from '../../lib/engagement/sanitize';
import type { PostStat } from '../../lib/store/schemas/post-stats';
import { sectionText } from '../engagement-section/messages';
import { num, dateTime } from './format';
import { engagementText } from './messages';
import { PLATFORM_NAMES } from './labels';

const COUNTS = ['likes', 'comments', 'shares', 'views'] as const;
const COL = { likes: 'colLikes', comments: 'colComments', shares: 'colShares', views: 'colViews' } as const;

/** The calendar entry a post came from, as the table compares it (planned slot and text). */
export interface CalendarRef {
  date: string;
  text: string;
}

export interface PostPerformanceProps {
  posts: readonly PostSummary[];
  lang: UiLanguage;
  /** Calendar entries by id, for the posts linked to one. */
  calendar?: ReadonlyMap<string, CalendarRef>;
  /** Each post's readings in time order, for its trend line. */
  series?: ReadonlyMap<string, readonly PostStat[]>;
}

/** The brand's own posts with their latest visible counts, the growth since the first reading and their calendar entry. */
export function PostPerformance({ posts, lang, calendar, series }: PostPerformanceProps) {
  const t = engagementText(lang);
  const s = sectionText(lang);
  if (!posts.length) return null;
  return (
    <div class="ck-eng-table-wrap">
      <table class="ck-eng-table" data-testid="post-performance">
        <caption>{t('postsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colPost')}</th>
            {COUNTS.map((k) => <th scope="col" key={k}>{t(COL[k])}</th>)}
            <th scope="col">{t('colSnapshots')}</th>
            <th scope="col">{t('colCalendar')}</th>
          </tr>
        </thead>
        <tbody>
          {posts.map((p) => {
            const link = httpUrl(p.permalink);
            const label = `${PLATFORM_NAMES[p.platform]} · ${p.text.slice(0, 80) || p.postKey}`;
            const entry = p.calendarPostId ? calendar?.get(p.calendarPostId) : undefined;
            const trendOf = COUNTS.find((k) => p.latest[k] !== undefined);
            const points = trendOf ? (series?.get(p.postKey) ?? []).filter((x) => x[trendOf] !== undefined) : [];
            return (
              <tr key={p.postKey} data-post={p.postKey}>
                <th scope="row">
                  {link ? <a href={link} target="_blank" rel="noopener noreferrer">{label}</a> : label}
                  <div class="ck-muted">{dateTime(p.lastAt, lang, { dateStyle: 'medium' })}</div>
                  {trendOf && points.length > 1 && <Sparkline values={points.map((x) => x[trendOf]!)} label={s('trend', { count: t(COL[trendOf]).toLowerCase() })} />}
                </th>
                {COUNTS.map((k) => (
                  <td key={k}>
                    {p.latest[k] === undefined ? t('none') : num(p.latest[k]!, lang)}
                    {!!p.gained[k] && <div class="ck-muted">{t('gained', { count: p.gained[k]! })}</div>}
                  </td>
                ))}
                <td>{num(p.snapshots, lang)}</td>
                <td>
                  {entry ? (
                    <>
                      <div>{s('calendarPlanned', { date: dateTime(entry.date, lang) })}</div>
                      <div class="ck-muted">{entry.text.length > 80 ? `${entry.text.slice(0, 80)}…` : entry.text}</div>
                    </>
                  ) : p.calendarPostId ? t('linkedToCalendar') : <span class="ck-muted">{s('calendarNone')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A count's readings over time, as a small line (the numbers are in the row). */
function Sparkline({ values, label }: { values: number[]; label: string }) {
  const W = 120;
  const H = 24;
  const max = Math.max(...values);
  const min = Math.min(...values);
  const y = (v: number) => (max === min ? H / 2 : H - 2 - ((v - min) / (max - min)) * (H - 4));
  const pts = values.map((v, i) => `${((i / (values.length - 1)) * (W - 2) + 1).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg class="ck-eng-spark" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <polyline points={pts} />
    </svg>
  );
}

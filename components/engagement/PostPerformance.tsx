import type { UiLanguage } from '../../lib/i18n';
import type { PostSummary } from '../../lib/engagement/post-stats';
import { httpUrl } from '../../lib/engagement/sanitize';
import { num, dateTime } from './format';
import { engagementText } from './messages';
import { PLATFORM_NAMES } from './labels';

const COUNTS = ['likes', 'comments', 'shares', 'views'] as const;
const COL = { likes: 'colLikes', comments: 'colComments', shares: 'colShares', views: 'colViews' } as const;

/** The brand's own posts with their latest visible counts and the growth since the first reading. */
export function PostPerformance({ posts, lang }: { posts: readonly PostSummary[]; lang: UiLanguage }) {
  const t = engagementText(lang);
  if (!posts.length) return null;
  return (
    <div class="ck-eng-table-wrap">
      <table class="ck-eng-table">
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
            return (
              <tr key={p.postKey}>
                <th scope="row">
                  {link ? <a href={link} target="_blank" rel="noopener noreferrer">{label}</a> : label}
                  <div class="ck-muted">{dateTime(p.lastAt, lang, { dateStyle: 'medium' })}</div>
                </th>
                {COUNTS.map((k) => (
                  <td key={k}>
                    {p.latest[k] === undefined ? t('none') : num(p.latest[k]!, lang)}
                    {!!p.gained[k] && <div class="ck-muted">{t('gained', { count: p.gained[k]! })}</div>}
                  </td>
                ))}
                <td>{num(p.snapshots, lang)}</td>
                <td>{p.calendarPostId ? t('linkedToCalendar') : t('none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

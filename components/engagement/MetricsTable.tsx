import type { UiLanguage } from '../../lib/i18n';
import type { GroupMetrics, MetricsReport } from '../../lib/engagement/metrics';
import type { Platform } from '../../lib/platforms/types';
import type { Intent } from '../../lib/store/schemas/template';
import { formatDuration, formatPercent, num } from './format';
import { engagementText } from './messages';
import { PLATFORM_NAMES, intentKey } from './labels';

/** The numbers behind the charts, one row per group, grouped under a header row per dimension. */
export function MetricsTable({ report, lang }: { report: MetricsReport; lang: UiLanguage }) {
  const t = engagementText(lang);
  const n = (v: number) => num(v, lang);
  const row = (label: string, g: GroupMetrics) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td>{n(g.items)}</td>
      <td>{n(g.answered)}</td>
      <td>{n(g.timed)}</td>
      <td>{formatDuration(g.medianMs, lang)}</td>
      <td>{formatDuration(g.p90Ms, lang)}</td>
      <td>{g.withinTarget ? `${formatPercent(g.withinTarget.share, lang)} (${n(g.withinTarget.hit)}/${n(g.withinTarget.total)})` : t('none')}</td>
      <td>{n(g.open)}</td>
      <td>{formatDuration(g.oldestOpenMs, lang)}</td>
    </tr>
  );
  const section = (title: string, rows: preact.JSX.Element[]) =>
    rows.length ? [<tr key={`h-${title}`} class="ck-eng-table-section"><th scope="colgroup" colSpan={9}>{title}</th></tr>, ...rows] : [];
  return (
    <div class="ck-eng-table-wrap">
      <table class="ck-eng-table">
        <caption>{t('numbers')}</caption>
        <thead>
          <tr>
            {(['colGroup', 'colItems', 'colAnswered', 'colTimed', 'colMedian', 'colP90', 'colWithin', 'colOpen', 'colOldest'] as const).map((k) => (
              <th scope="col" key={k}>{t(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t('all'), report.overall)}
          {section(t('byPlatform'), report.byPlatform.map((g) => row(PLATFORM_NAMES[g.key as Platform] ?? g.key, g)))}
          {section(t('byWeek'), report.byWeek.map((g) => row(g.key, g)))}
          {section(t('byIntent'), report.byIntent.map((g) => row(t(intentKey(g.key as Intent)), g)))}
        </tbody>
      </table>
    </div>
  );
}

import type { UiLanguage } from '../../lib/i18n';
import type { MetricsReport } from '../../lib/engagement/metrics';
import type { Platform } from '../../lib/platforms/types';
import { BarChart } from './BarChart';
import { formatDuration, formatPercent, num } from './format';
import { engagementText, type EngagementKey } from './messages';
import { MetricsTable } from './MetricsTable';
import { PLATFORM_NAMES } from './labels';
import { WeekChart } from './WeekChart';

export interface MetricsProps {
  report: MetricsReport;
  lang: UiLanguage;
  /** The caller builds the file (lib/engagement/export.ts) and offers it for download. */
  onExport: (what: 'log' | 'metrics') => void;
}

/** The dashboard's response metrics: headline figures, charts, the table behind them, CSV exports. */
export function Metrics({ report, lang, onExport }: MetricsProps) {
  const t = engagementText(lang);
  const n = (v: number) => num(v, lang);
  const o = report.overall;
  const target = report.target;
  const targetText = target ? formatDuration(target.thresholdMs, lang) : undefined;
  const platformBars = report.byPlatform.map((g) =>
    target
      ? { label: PLATFORM_NAMES[g.key as Platform] ?? g.key, value: g.withinTarget?.share ?? 0, text: formatPercent(g.withinTarget?.share, lang) }
      : { label: PLATFORM_NAMES[g.key as Platform] ?? g.key, value: g.medianMs ?? 0, text: formatDuration(g.medianMs, lang) },
  );
  return (
    <section class="ck-eng-metrics" aria-labelledby="ck-eng-metrics-title">
      <div class="ck-row ck-eng-metrics-head">
        <h2 id="ck-eng-metrics-title">{t('metricsTitle')}</h2>
        <div class="ck-row">
          <button type="button" onClick={() => onExport('log')}>{t('exportLog')}</button>
          <button type="button" onClick={() => onExport('metrics')}>{t('exportMetrics')}</button>
        </div>
      </div>
      {o.items === 0 ? (
        <p class="ck-empty">{t('noData')}</p>
      ) : (
        <>
          <dl class="ck-eng-figures">
            <Figure label={t('median')} value={formatDuration(o.medianMs, lang)} />
            <Figure label={t('p90')} value={formatDuration(o.p90Ms, lang)} />
            {target && targetText ? (
              <Figure
                label={t('withinTarget', { target: targetText })}
                value={formatPercent(o.withinTarget?.share, lang)}
                note={target.goalShare !== undefined ? t('goal', { goal: formatPercent(target.goalShare, lang) }) : undefined}
                tone={target.goalShare !== undefined && o.withinTarget?.share !== undefined && o.withinTarget.share < target.goalShare ? 'warn' : undefined}
              />
            ) : null}
            <Figure
              label={t('openNow')}
              value={n(o.open)}
              note={o.oldestOpenMs !== undefined ? t('oldestOpen', { age: formatDuration(o.oldestOpenMs, lang) }) : undefined}
              tone={o.open && target && (o.oldestOpenMs ?? 0) > target.thresholdMs ? 'error' : undefined}
            />
            <Figure label={t('answered')} value={n(o.answered)} />
            {o.mentions.total > 0 && <Figure label={t('mentionsDone')} value={formatPercent(o.mentions.rate, lang)} note={`${n(o.mentions.done)}/${n(o.mentions.total)}`} />}
            {o.shares.total > 0 && <Figure label={t('sharesDone')} value={formatPercent(o.shares.rate, lang)} note={`${n(o.shares.done)}/${n(o.shares.total)}`} />}
          </dl>
          {!target && <p class="ck-muted">{t('noTarget')}</p>}
          <p class="ck-muted">{t('sources', { platform: o.fromPlatform, extension: o.fromExtension })}</p>
          <div class="ck-eng-charts">
            <WeekChart id="ck-eng-week" title={t('byWeek')} desc={t('byWeekDesc')} weeks={report.byWeek} lang={lang} targetMs={target?.thresholdMs} targetLabel={targetText} />
            <BarChart
              id="ck-eng-platform"
              title={t('byPlatform')}
              desc={t(target ? 'byPlatformDesc' : 'byPlatformMedian')}
              bars={platformBars}
              max={target ? 1 : undefined}
              marker={target?.goalShare !== undefined ? { value: target.goalShare, label: formatPercent(target.goalShare, lang) } : undefined}
            />
            <BarChart
              id="ck-eng-ages"
              title={t('openAges')}
              desc={t('openAgesDesc')}
              bars={report.openAges.map((count, i) => ({ label: t(`age${i}` as EngagementKey), value: count, text: n(count) }))}
            />
          </div>
          <MetricsTable report={report} lang={lang} />
        </>
      )}
    </section>
  );
}

function Figure({ label, value, note, tone }: { label: string; value: string; note?: string; tone?: 'warn' | 'error' }) {
  return (
    <div class={`ck-eng-figure${tone ? ` ck-eng-${tone}` : ''}`}>
      <dt class="ck-muted">{label}</dt>
      <dd class="ck-stat">{value}</dd>
      {note && <dd class="ck-muted ck-eng-note">{note}</dd>}
    </div>
  );
}

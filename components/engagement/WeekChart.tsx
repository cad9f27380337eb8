import type { UiLanguage } from '../../lib/i18n';
import type { GroupMetrics } from '../../lib/engagement/metrics';
import { formatDuration, num } from './format';

export interface WeekChartProps {
  id: string;
  title: string;
  desc: string;
  weeks: readonly GroupMetrics[];
  lang: UiLanguage;
  targetMs?: number;
  targetLabel?: string;
}

const WIDTH = 480;
const HEIGHT = 180;
const PAD_L = 56;
const PAD_B = 22;
const PAD_T = 8;

/** Columns: the weekly median first-response time; a tick: the 90th percentile; a dashed line: the target. */
export function WeekChart({ id, title, desc, weeks, lang, targetMs, targetLabel }: WeekChartProps) {
  const timed = weeks.filter((w) => w.medianMs !== undefined);
  const top = Math.max(1, targetMs ?? 0, ...timed.map((w) => w.p90Ms ?? w.medianMs ?? 0));
  const plotH = HEIGHT - PAD_B - PAD_T;
  const slot = (WIDTH - PAD_L) / Math.max(1, weeks.length);
  const y = (ms: number) => PAD_T + plotH - (ms / top) * plotH;
  const every = Math.ceil(weeks.length / 12);
  const prefix = lang === 'fr' ? 'S' : 'W';
  const summary = timed.map((w) => `${w.key}: ${formatDuration(w.medianMs, lang)} / ${formatDuration(w.p90Ms, lang)}`).join('; ');
  return (
    <figure class="ck-eng-chart">
      <figcaption class="ck-eng-chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{`${desc} ${summary}`}</desc>
        <line class="ck-eng-gridline" x1={PAD_L} x2={WIDTH} y1={y(0)} y2={y(0)} />
        <text class="ck-eng-axis" x={PAD_L - 6} y={y(top) + 10} text-anchor="end">{formatDuration(top, lang)}</text>
        <text class="ck-eng-axis" x={PAD_L - 6} y={y(0)} text-anchor="end">{num(0, lang)}</text>
        {weeks.map((w, i) => {
          const cx = PAD_L + i * slot + slot / 2;
          const bw = Math.max(2, Math.min(28, slot * 0.6));
          return (
            <g key={w.key}>
              {w.medianMs !== undefined && (
                <rect class="ck-eng-bar" x={cx - bw / 2} y={y(w.medianMs)} width={bw} height={Math.max(1, y(0) - y(w.medianMs))} rx={2} />
              )}
              {w.p90Ms !== undefined && <line class="ck-eng-tick" x1={cx - bw / 2 - 3} x2={cx + bw / 2 + 3} y1={y(w.p90Ms)} y2={y(w.p90Ms)} />}
              {i % every === 0 && (
                <text class="ck-eng-axis" x={cx} y={HEIGHT - 6} text-anchor="middle">{prefix + Number(w.key.slice(-2))}</text>
              )}
            </g>
          );
        })}
        {targetMs !== undefined && (
          <g class="ck-eng-marker">
            <line x1={PAD_L} x2={WIDTH} y1={y(targetMs)} y2={y(targetMs)} />
            {targetLabel && <text x={PAD_L + 4} y={Math.max(12, y(targetMs) - 4)}>{targetLabel}</text>}
          </g>
        )}
      </svg>
    </figure>
  );
}

export interface Bar {
  label: string;
  value: number;
  /** The value as people read it ("45 min", "80 %"). */
  text: string;
}

export interface BarChartProps {
  id: string;
  title: string;
  desc: string;
  bars: readonly Bar[];
  /** Scale end; the largest value when absent. */
  max?: number;
  /** A reference line, e.g. the brand's target. */
  marker?: { value: number; label: string };
}

const ROW = 26;
const LABEL_W = 120;
const VALUE_W = 80;
const WIDTH = 480;

/** Horizontal bars in plain SVG, read at a glance; the same numbers are in the table below it. */
export function BarChart({ id, title, desc, bars, max, marker }: BarChartProps) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), marker?.value ?? 0) || 1;
  const barW = WIDTH - LABEL_W - VALUE_W;
  const height = bars.length * ROW + (marker ? 18 : 4);
  const x = (v: number) => LABEL_W + (Math.max(0, v) / top) * barW;
  return (
    <figure class="ck-eng-chart">
      <figcaption class="ck-eng-chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc + ' ' + bars.map((b) => `${b.label}: ${b.text}`).join('; ')}</desc>
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW})`}>
            <text class="ck-eng-axis" x={LABEL_W - 6} y={ROW / 2 + 4} text-anchor="end">{b.label}</text>
            <rect class="ck-eng-bar" x={LABEL_W} y={4} width={Math.max(b.value > 0 ? 2 : 0, x(b.value) - LABEL_W)} height={ROW - 8} rx={3} />
            <text class="ck-eng-value" x={x(b.value) + 6} y={ROW / 2 + 4}>{b.text}</text>
          </g>
        ))}
        {marker && (
          <g class="ck-eng-marker">
            <line x1={x(marker.value)} x2={x(marker.value)} y1={0} y2={bars.length * ROW} />
            <text x={x(marker.value)} y={bars.length * ROW + 14} text-anchor="middle">{marker.label}</text>
          </g>
        )}
      </svg>
    </figure>
  );
}

// Bundled into a blank Chromium page by test/bench/engagement.bench.ts: the queue and the metrics page rendered from
// 50,000 stored items, timed from having the items (the metrics: their week summaries, as the dashboard reads them) to
// the first layout.
import { render } from 'preact';
import { Metrics } from '../../../components/engagement/Metrics';
import { Queue } from '../../../components/engagement/Queue';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { metricsFromSummaries, summarise } from '../../../lib/engagement/week-summary';
import { BENCH_NOW, benchStore } from './bench-data';

declare global {
  interface Window {
    __eng: { queue(): number; metrics(): number; computeOnly(): number };
  }
}

const items = benchStore(50_000);
const ZONE = 'America/Toronto';
// As read back from IndexedDB: structured clones.
const days = structuredClone([...summarise(items, ZONE).weeks.values()]);
const root = document.getElementById('app')!;
const targets = [{ objectiveId: 'o', thresholdMs: 2 * 3_600_000, platforms: [] }];

function timed(draw: () => void): number {
  render(null, root);
  document.body.getBoundingClientRect();
  const t = performance.now();
  draw();
  document.body.getBoundingClientRect();
  return performance.now() - t;
}

window.__eng = {
  computeOnly: () => {
    const t = performance.now();
    computeMetrics(items, { now: BENCH_NOW, targets, timeZone: 'America/Toronto' });
    return performance.now() - t;
  },
  queue: () => timed(() => render(<Queue items={items} lang="fr" now={BENCH_NOW} onSetState={() => {}} limit={50} />, root)),
  metrics: () =>
    timed(() => {
      const report = metricsFromSummaries(days, { now: BENCH_NOW, targets, timeZone: ZONE });
      render(<Metrics report={report} lang="fr" onExport={() => {}} />, root);
    }),
};

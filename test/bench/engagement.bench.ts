// Issue 9: the metrics page and the popup queue with 50,000 engagement items stored, and logging a batch of 500.
// DESIGN.md: first render with 50,000 engagement items stored <= 100 ms. The renders are measured in Chromium (the
// store read is the lead's and not included: items already in memory, time to first layout); the pure parts in Node,
// with their own bars so that they leave room for the store read within the 100 ms.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { planBatch } from '../../lib/engagement/batch';
import { logCsv } from '../../lib/engagement/export';
import { mergeSeen, type Understanding } from '../../lib/engagement/merge';
import { computeMetrics } from '../../lib/engagement/metrics';
import { metricsFromSummaries, summarise } from '../../lib/engagement/week-summary';
import { badgeCount, queueOrder } from '../../lib/engagement/queue';
import { BENCH_NOW, benchStore, rng, sighting } from '../unit/engagement/bench-data';
import { CHROMIUM, chromiumMissing } from '../e2e/harness';
import { percentile, row, timeRuns, type BenchRow } from './row';

const targets = [{ objectiveId: 'o', thresholdMs: 2 * 3_600_000, platforms: [] }];
const med = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

function pureRows(): BenchRow[] {
  const items = benchStore(50_000);
  const metricsOpts = { now: BENCH_NOW, targets, timeZone: 'America/Toronto' };
  const check = computeMetrics(items, metricsOpts);
  if (check.overall.open < 1000 || check.overall.timed < 10_000) throw new Error('bench data is not realistic');

  const metricsRuns = timeRuns(11, () => computeMetrics(items, metricsOpts));
  // What the dashboard computes: the week summaries (as read back from IndexedDB) of the same items.
  const days = structuredClone([...summarise(items, metricsOpts.timeZone).weeks.values()]);
  const summaryRuns = timeRuns(11, () => metricsFromSummaries(days, metricsOpts));
  const queueRuns = timeRuns(11, () => {
    queueOrder(items, 50);
    badgeCount(items);
  });

  // A batch of 500 from one page: 100 seen before, 400 new, plus 40 brand replies under them.
  const r = rng(77);
  const batch = Array.from({ length: 500 }, (_, k) => sighting(k < 100 ? k * 37 : 60_000 + k, r).raw);
  for (let k = 0; k < 40; k++) {
    batch.push({ ...batch[k], nativeId: `b${k}`, kind: 'reply', parentId: batch[k].nativeId, author: { name: 'Café', handle: '@cafe' }, postedAt: BENCH_NOW.toISOString() });
  }
  const handles = { x: ['@cafe'], linkedin: ['@cafe'], facebook: ['@cafe'], instagram: ['@cafe'], youtube: ['@cafe'], tiktok: ['@cafe'] };
  const byId = new Map(items.map((i) => [i.id, i]));
  const u: Understanding = { language: 'fr', intent: 'question', sentiment: 'neutral', priority: 50 };
  const batchRuns = timeRuns(21, () => {
    const plan = planBatch(batch, handles);
    for (const s of plan.sightings) mergeSeen(byId.get(s.id), s.raw, u, BENCH_NOW, s);
  });
  const csvRuns = timeRuns(3, () => logCsv(items, 'fr'));
  return [
    row('engagement: metrics over 50,000 items (median of 11)', percentile(metricsRuns, 50), 'ms', 50),
    row('engagement: metrics from the week summaries of 50,000 items (median of 11)', percentile(summaryRuns, 50), 'ms', 50),
    row('engagement: queue top 50 + badge over 50,000 items (median of 11)', percentile(queueRuns, 50), 'ms', 20),
    row('engagement: merge a batch of 500 sightings (p90 of 21)', percentile(batchRuns, 90), 'ms', 50),
    row('engagement: CSV export of the 50,000-item log (median of 3)', percentile(csvRuns, 50), 'ms', null),
  ];
}

async function renderRows(): Promise<BenchRow[]> {
  if (chromiumMissing) return [row('engagement: first renders (no Chromium)', NaN, 'ms', 100)];
  const bundle = await build({
    entryPoints: ['test/unit/engagement/bench-page.tsx'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  const css = ['components/ui/base.css', 'components/engagement/engagement.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="app"></div></body></html>`);
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const queue: number[] = [];
    const metrics: number[] = [];
    for (let round = 0; round < 7; round++) {
      queue.push(await page.evaluate(() => window.__eng.queue()));
      metrics.push(await page.evaluate(() => window.__eng.metrics()));
    }
    // The first round is the cold one a user sees on opening; the median the steady one.
    return [
      row('engagement: popup queue first render from 50,000 items, Chromium (cold)', queue[0], 'ms', 100),
      row('engagement: popup queue render from 50,000 items, Chromium (median of 7)', med(queue), 'ms', 100),
      row('engagement: metrics page first render from 50,000 items, Chromium (cold)', metrics[0], 'ms', 100),
      row('engagement: metrics page render from 50,000 items, Chromium (median of 7)', med(metrics), 'ms', 100),
    ];
  } finally {
    await browser.close();
  }
}

export default async (): Promise<BenchRow[]> => [...pureRows(), ...(await renderRows())];

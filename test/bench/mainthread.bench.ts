// Main-thread time of a 2,000-comment page with the built extension vs without it: same page, same run, rounds
// alternating between the two browsers (totals vary by up to ~45% between identical rounds on 2 cores: TOOLCHAIN.md).
// Measured over the same window after navigation, as TaskDuration and as traced CPU time. Budget 1.05.
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, openExtensionPage, sendFromPage } from '../e2e/harness';
import type { Platform } from '../../lib/platforms/types';
import { realisticBenchPage } from './realistic-page';
import { percentile, row, type BenchRow } from './row';

const N = 2000;
const ROUNDS = Number(process.env.MAINTHREAD_ROUNDS ?? 9);
const WINDOW_MS = 5000; // load, first scan, chips, the batched send (800 ms) and the health report (2.5 s) all fit
const med = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

/** The trace events of `categories` recorded while `during` runs. */
async function traced<T>(cdp: CDPSession, categories: string[], during: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  const result = await during();
  await cdp.send('Tracing.end');
  await complete;
  return { events, result };
}

/**
 * Main-thread time of the page's renderer over the same window after navigation: TaskDuration (wall time of its
 * tasks, inflated when other processes take the core) and the CPU time of its top-level tasks from a trace (tdur),
 * which a busy 2-core machine disturbs much less.
 */
async function taskMs(context: BrowserContext, url: string, html: string): Promise<{ wall: number; cpu: number }> {
  await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { events, result: metrics } = await traced(cdp, ['toplevel', 'devtools.timeline'], async () => {
    await page.goto(url);
    await page.waitForTimeout(WINDOW_MS);
    return ((await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }).metrics;
  });
  await page.close();
  await context.unroute(url);
  // The page's main thread is the one that parsed its HTML; its top-level tasks are not nested in one another.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const tasks = events
    .filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && /^(?:ThreadControllerImpl::)?RunTask$/.test(e.name))
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let end = 0;
  for (const t of tasks) {
    if (t.ts < end) continue;
    end = t.ts + (t.dur ?? 0);
    cpu += t.tdur ?? 0;
  }
  return { wall: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000, cpu: parse ? cpu / 1000 : NaN };
}

/**
 * Without the extension: the page's own style, layout, pre-paint and paint after one small element is added where a
 * chip goes. Every frame that changes this 2,000-comment page costs about this much, whoever changes it.
 */
async function touchMs(context: BrowserContext, url: string, html: string, platform: Platform, code: string): Promise<number> {
  await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: code });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  const { events, result: touched } = await traced(cdp, ['devtools.timeline', '__metadata'], async () => {
    const added = await page.evaluate((p) => window.__scan.touchAnchor(p), platform);
    await page.waitForTimeout(300);
    return added;
  });
  await page.close();
  await context.unroute(url);
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const ms = events.filter((e) => e.ph === 'X' && RENDERING.has(e.name) && main.has(`${e.pid}:${e.tid}`)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  return touched ? ms : NaN;
}
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);

async function plainContext(): Promise<BrowserContext> {
  mkdirSync('.cache/e2e', { recursive: true });
  const context = await chromium.launchPersistentContext(mkdtempSync(resolve('.cache/e2e/plain-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  await context.route(/^https?:\/\//, (r) => r.abort());
  return context;
}

export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) return [row('main-thread ratio (run npx wxt build first)', NaN, '×', 1.05)];
  const ext = await launchWithExtension();
  const plain = await plainContext();
  const rows: BenchRow[] = [];
  const touchCode = (await build({ entryPoints: ['test/bench/scan-entry.ts'], bundle: true, write: false, format: 'iife', minify: true, logLevel: 'warning' })).outputFiles[0].text;
  try {
    const setup = await openExtensionPage(ext, 'popup.html');
    await sendFromPage(setup, { type: 'demo.seed' }); // the brand's handles and rules, as a real user has them
    await setup.close();
    for (const platform of (process.env.MAINTHREAD_PLATFORMS?.split(',') ?? ['x', 'youtube']) as Platform[]) {
      const { url, html } = await realisticBenchPage(plain, platform, N);
      const withExt: Array<{ wall: number; cpu: number }> = [];
      const without: Array<{ wall: number; cpu: number }> = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate which goes first so a slower half of the run does not favour one side.
        if (round % 2 === 0) {
          withExt.push(await taskMs(ext.context, url, html));
          without.push(await taskMs(plain, url, html));
        } else {
          without.push(await taskMs(plain, url, html));
          withExt.push(await taskMs(ext.context, url, html));
        }
      }
      // What the budget leaves the extension on this page, and what the page charges for the one frame its chips need.
      rows.push(row(`${platform}: main-thread CPU time a 1.05 ratio leaves the extension (5% of the page's without it)`, 0.05 * med(without.map((r) => r.cpu)), 'ms', null));
      const touches: number[] = [];
      for (let round = 0; round < 3; round++) touches.push(await touchMs(plain, url, html, platform, touchCode));
      rows.push(row(`${platform}: the page's own rendering of one element added where a chip goes, without the extension (median of 3)`, med(touches), 'ms', null));
      for (const k of ['cpu', 'wall'] as const) {
        const what = k === 'cpu' ? 'main-thread CPU time (trace)' : 'main-thread time (TaskDuration)';
        rows.push(row(`${platform}: ${N}-comment page ${what} without the extension (median of ${ROUNDS})`, med(without.map((r) => r[k])), 'ms', null));
        rows.push(row(`${platform}: ${N}-comment page ${what} with the extension (median of ${ROUNDS})`, med(withExt.map((r) => r[k])), 'ms', null));
        // The page's own time drifts by ~10% between rounds: each round's two loads, made back to back, are compared.
        const ratios = withExt.map((r, i) => r[k] / without[i][k]);
        rows.push(row(`${platform}: ${N}-comment page ${what}, with / without (median of ${ROUNDS} back-to-back pairs)`, med(ratios), '×', 1.05));
      }
    }
  } finally {
    await ext.close();
    await plain.close();
  }
  return rows;
}

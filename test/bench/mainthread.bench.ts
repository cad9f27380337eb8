// Main-thread time of a 2,000-comment page with the built extension vs without it: same page, same run, rounds
// alternating between the two browsers (totals vary by up to ~45% between identical rounds on 2 cores: TOOLCHAIN.md).
// Measured with CDP Performance.getMetrics TaskDuration over the same window after navigation. Budget 1.05.
import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, openExtensionPage, sendFromPage } from '../e2e/harness';
import type { Platform } from '../../lib/platforms/types';
import { benchPage } from './mainthread-pages';
import { percentile, row, type BenchRow } from './row';

const N = 2000;
const ROUNDS = Number(process.env.MAINTHREAD_ROUNDS ?? 5);
const WINDOW_MS = 5000; // load, first scan, chips, the batched send (800 ms) and the health report (2.5 s) all fit
const med = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

async function taskMs(context: BrowserContext, url: string, html: string): Promise<number> {
  await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(WINDOW_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await page.close();
  await context.unroute(url);
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

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
  try {
    const setup = await openExtensionPage(ext, 'popup.html');
    await sendFromPage(setup, { type: 'demo.seed' }); // the brand's handles and rules, as a real user has them
    await setup.close();
    for (const platform of (process.env.MAINTHREAD_PLATFORMS?.split(',') ?? ['x', 'youtube']) as Platform[]) {
      const { url, html } = benchPage(platform, N);
      const withExt: number[] = [];
      const without: number[] = [];
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
      rows.push(row(`${platform}: ${N}-comment page main-thread time without the extension (median of ${ROUNDS})`, med(without), 'ms', null));
      rows.push(row(`${platform}: ${N}-comment page main-thread time with the extension (median of ${ROUNDS})`, med(withExt), 'ms', null));
      rows.push(row(`${platform}: ${N}-comment page main-thread time, with / without`, med(withExt) / med(without), '×', 1.05));
    }
  } finally {
    await ext.close();
    await plain.close();
  }
  return rows;
}

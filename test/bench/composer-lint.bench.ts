// Typing in X's reply box with the built extension in Chromium: time from the last input event to the badge showing the
// new count (the 150 ms debounce, the background's lint and the render), and the page's longest task while typing.
import { existsSync } from 'node:fs';
import { defaultPack } from '../../lib/guidelines';
import { LINT_DEBOUNCE_MS } from '../../lib/page/composer-lint';
import { EXTENSION_DIR, launchWithExtension, openExtensionPage, routeFile, sendFromPage } from '../e2e/harness';
import { percentile, row, type BenchRow } from './row';

const ROUNDS = 15;

declare global {
  interface Window {
    __lintBench: { lastInput: number; changes: number[]; longest: number; tasks: number };
  }
}

const BURST = ' Nous serons heureux de vous aider avec votre commande de café, écrivez-nous en privé. '.repeat(3);

/** The same page on a host with no content script: what typing costs there by itself on this machine. */
async function typingWithoutExtension(context: import('playwright-core').BrowserContext) {
  await routeFile(context, /^https:\/\/example\.org\//, 'demo/pages/x-status.html');
  const page = await context.newPage();
  await page.goto('https://example.org/cafeboreal/status/1850000000000000001');
  await page.getByTestId('tweetTextarea_0').click();
  await page.evaluate(() => {
    const state = { lastInput: 0, changes: [] as number[], longest: 0, tasks: 0 };
    window.__lintBench = state;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.tasks++;
        state.longest = Math.max(state.longest, e.duration);
      }
    }).observe({ type: 'longtask' });
  });
  await page.keyboard.type(BURST);
  await page.waitForTimeout(600);
  const out = await page.evaluate(() => window.__lintBench);
  await page.close();
  return out;
}

export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) return [row('composer lint (run npx wxt build first)', NaN, 'ms', null)];
  const ext = await launchWithExtension();
  try {
    await routeFile(ext.context, /^https:\/\/x\.com\//, 'demo/pages/x-status.html');
    const setup = await openExtensionPage(ext, 'popup.html');
    await sendFromPage(setup, { type: 'demo.seed' });
    const rules = { id: 'demo-cafe-boreal-rules', brandId: 'demo-cafe-boreal', pack: 'fr-CA', rules: defaultPack('fr-CA'), updatedAt: new Date().toISOString() };
    await sendFromPage(setup, { type: 'rules.save', rules });
    await setup.close();

    const x = await ext.context.newPage();
    await x.goto('https://x.com/cafeboreal/status/1850000000000000001');
    const box = x.getByTestId('tweetTextarea_0');
    await box.click();
    await x.keyboard.type('Merci Julie, ');
    await x.waitForFunction(() => !!document.querySelector('cocktail-lint')?.shadowRoot?.querySelector('.badge'), null, { timeout: 15_000 });
    await x.evaluate(() => {
      const state = { lastInput: 0, changes: [] as number[], longest: 0, tasks: 0 };
      window.__lintBench = state;
      document.querySelector('[data-testid="tweetTextarea_0"]')!.addEventListener('input', () => (state.lastInput = performance.now()), true);
      const badge = document.querySelector('cocktail-lint')!.shadowRoot!;
      new MutationObserver(() => state.changes.push(performance.now() - state.lastInput)).observe(badge, { subtree: true, childList: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          state.tasks++;
          state.longest = Math.max(state.longest, e.duration);
        }
      }).observe({ type: 'longtask' });
    });
    // Each round adds one discouraged term, so the count on the badge changes every time.
    const toBadge: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const seen = await x.evaluate(() => window.__lintBench.changes.length);
      await x.keyboard.type(' e-mail');
      await x.waitForFunction((n) => window.__lintBench.changes.length > n, seen, { timeout: 10_000 });
      toBadge.push(await x.evaluate((n) => window.__lintBench.changes[n], seen));
      await x.waitForTimeout(250);
    }
    // A burst of ordinary typing: what the person feels is the main thread staying free.
    await x.evaluate(() => ((window.__lintBench.longest = 0), (window.__lintBench.tasks = 0)));
    await x.keyboard.type(BURST);
    await x.waitForTimeout(600);
    const { longest, tasks } = await x.evaluate(() => window.__lintBench);
    const base = await typingWithoutExtension(ext.context);
    const sorted = [...toBadge].sort((a, b) => a - b);
    return [
      row(`composer lint: last input to badge update, p50 (${LINT_DEBOUNCE_MS} ms debounce included)`, percentile(sorted, 50), 'ms', LINT_DEBOUNCE_MS + 50),
      row(`composer lint: last input to badge update, p95 (${ROUNDS} rounds)`, percentile(sorted, 95), 'ms', LINT_DEBOUNCE_MS + 100),
      row('composer lint: check after the debounce (background lint + render), p50', percentile(sorted, 50) - LINT_DEBOUNCE_MS, 'ms', 50),
      row('typing ~270 characters with the lint on: longest main-thread task', longest, 'ms', 50),
      row('typing ~270 characters with the lint on: tasks over 50 ms', tasks, 'count', 0),
      row('same typing, same page, no content script: longest task (for comparison)', base.longest, 'ms', null),
      row('same typing, same page, no content script: tasks over 50 ms', base.tasks, 'count', null),
    ];
  } finally {
    await ext.close();
  }
}

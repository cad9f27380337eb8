// The on-page assistant in Chromium: time to open the reply panel (budget 50 ms, DESIGN.md) and to show the three
// suggestions once they arrive; the suggestions themselves; and the layout reads while 2,000 chips mount through the
// real assistant (the scheme is read once per page, never per chip).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/harness';
import { benchPage } from './mainthread-pages';
import { percentile, row, type BenchRow } from './row';

const OPENS = 40;
const N = 2000;

const ENTRY = `
import { startAssistant } from './lib/page/assistant';
import { openPanel } from './lib/page/panel';
import { buildPanelModel } from './lib/page/panel-model';
import { understand } from './lib/understand';
import { suggestReplies } from './lib/page/suggestions';
import { xAdapter } from './lib/platforms/x';

const noop = () => {};
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.__panel = {
  async opens(n) {
    const els = xAdapter.findItems(document).slice(1, 40);
    const items = els.map((el) => xAdapter.readItem(el, { brandHandles: ['cafeboreal'] })).filter(Boolean);
    const open = [], update = [], suggestMs = [];
    for (let i = 0; i < n; i++) {
      const item = items[i % items.length];
      const t0 = performance.now();
      const model = buildPanelModel(item, understand(item.text));
      const panel = openPanel(document, { model, lang: 'fr', scheme: 'light', actions: { copy: async () => true, setState: async () => true } });
      panel.host.getBoundingClientRect(); // style and layout of the panel, as the next paint needs them
      open.push(performance.now() - t0);
      const s0 = performance.now();
      const suggestions = suggestReplies(item, model.understanding, null);
      suggestMs.push(performance.now() - s0);
      const u0 = performance.now();
      panel.update({ ...model, suggestions });
      panel.host.getBoundingClientRect();
      update.push(performance.now() - u0);
      panel.close();
      await frame();
    }
    return { open: sorted(open), update: sorted(update), suggestMs: sorted(suggestMs) };
  },
  async chips(expected) {
    const reads = { style: 0, rect: 0 };
    const gcs = window.getComputedStyle;
    window.getComputedStyle = (...a) => (reads.style++, gcs.apply(window, a));
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function () { reads.rect++; return rect.call(this); };
    const t0 = performance.now();
    await startAssistant(xAdapter, {
      doc: document, signal: new AbortController().signal, browserLanguage: 'fr-CA',
      send: async () => ({ ok: false }), onLocationChange: noop, onProfileChange: noop, onCommand: noop,
    });
    // Chips mount as their items near the viewport: wait until the count holds for ten frames.
    let count = -1;
    for (let still = 0; still < 10; ) {
      await frame();
      const now = document.querySelectorAll('cocktail-chip').length;
      still = now === count && now > 0 ? still + 1 : 0;
      count = now;
    }
    const wall = performance.now() - t0;
    window.getComputedStyle = gcs;
    Element.prototype.getBoundingClientRect = rect;
    return { wall, chips: document.querySelectorAll('cocktail-chip').length, ...reads };
  },
};
`;

export default async function bench(): Promise<BenchRow[]> {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'panel-entry.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    // The page has no extension runtime: the runtime listener is replaced by the bench's own onCommand.
    plugins: [{ name: 'no-browser', setup(b) {
      b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const browser = {};', loader: 'js' }));
    } }],
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: BenchRow[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const { url, html, items } = benchPage('x', N);
    await page.route(/^https?:\/\//, (r) => (r.request().url() === url ? r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : r.abort()));
    await page.goto(url);
    await page.addScriptTag({ content: code });
    const chips = await page.evaluate((n) => (window as any).__panel.chips(n), items - 1);
    rows.push(row(`x: ${chips.chips} chips mounted by the assistant, layout reads (getComputedStyle + getBoundingClientRect)`, chips.style + chips.rect, 'reads', 2));
    rows.push(row(`x: ${chips.chips} chips near the viewport mounted by the assistant (wall, incl. reading the page)`, chips.wall, 'ms', null));
    const r = await page.evaluate((n) => (window as any).__panel.opens(n), OPENS);
    rows.push(row(`panel open with layout, on a ${N}-comment page (median of ${OPENS})`, percentile(r.open, 50), 'ms', 50));
    rows.push(row(`panel open with layout (p95 of ${OPENS})`, percentile(r.open, 95), 'ms', 50));
    rows.push(row('panel: three suggestions rendered when they arrive (median)', percentile(r.update, 50), 'ms', 50));
    rows.push(row('three suggestions made for one comment, no brand rules (median)', percentile(r.suggestMs, 50), 'ms', null));
    await page.close();
  } finally {
    await browser.close();
  }
  return rows;
}

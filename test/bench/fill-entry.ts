// Bundled into a bench page before it is saved: adds text-less elements to every item the adapter finds (see
// realisticBenchPage in realistic-page.ts). Nothing an adapter looks for: no link, role, label or word.
import { adapters } from '../../lib/platforms/registry';
import type { Platform } from '../../lib/platforms/types';

/** Seven elements: an icon and a count's empty wrappers, the bulk of a real item's markup besides its words. */
const UNIT = '<div><div><svg viewBox="0 0 24 24" width="0" height="0"><g><path d="M1 1h2"></path></g></svg></div><span><span></span></span></div>';

declare global {
  interface Window {
    __fillItems(platform: Platform, elements: number): number;
  }
}

/** Grows the page's items by as many elements as the median item lacks to reach `elements`; the number of items grown. */
window.__fillItems = (platform, elements) => {
  const items = adapters.find((a) => a.platform === platform)!.findItems(document);
  const sizes = items.map((item) => item.getElementsByTagName('*').length).sort((a, b) => a - b);
  const missing = elements - 2 - sizes[Math.floor(sizes.length / 2)];
  if (missing < 7) return items.length;
  const filler = `<div><div>${UNIT.repeat(Math.round(missing / 7))}</div></div>`;
  for (const item of items) item.insertAdjacentHTML('beforeend', filler);
  return items.length;
};

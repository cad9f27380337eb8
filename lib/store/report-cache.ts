import { browser } from 'wxt/browser';
import type { MetricsReport } from '../engagement/metrics';

/**
 * The response metrics last computed, kept in storage.local (a few kilobytes): the background recomputes them a moment
 * after the log changes and the dashboard writes the ones it computes, so the dashboard paints figures at once, says
 * when they date from, and replaces them with fresh ones. Derived data only: losing it costs one slower first render.
 */
const KEY = 'engagementReport';

export interface CachedReport {
  brandId: string;
  report: MetricsReport;
}

/** The stored report, whichever brand it was computed for (a page reads it before it knows the active brand). */
export async function readCachedEntry(): Promise<CachedReport | undefined> {
  try {
    const cached = (await browser.storage.local.get(KEY))[KEY] as CachedReport | undefined;
    return cached?.report?.overall ? cached : undefined;
  } catch {
    return undefined;
  }
}

export const reportFor = (entry: CachedReport | undefined, brandId: string) => (entry?.brandId === brandId ? entry.report : undefined);

export async function writeCachedReport(brandId: string, report: MetricsReport): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: { brandId, report } satisfies CachedReport });
  } catch {
    // full or unavailable: the next open is only slower
  }
}

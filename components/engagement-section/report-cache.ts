import { browser } from 'wxt/browser';
import type { MetricsReport } from '../../lib/engagement/metrics';

/**
 * The last metrics computed on the dashboard, kept in storage.local (a few kilobytes): reading 50,000 items from
 * IndexedDB takes seconds, so the section shows these figures at once, says when they date from, and replaces them
 * when the fresh ones are ready. Derived data only: losing it costs one slow first render.
 */
const KEY = 'engagementReport';

export interface CachedReport {
  brandId: string;
  report: MetricsReport;
}

export async function readCachedReport(brandId: string): Promise<MetricsReport | undefined> {
  try {
    const cached = (await browser.storage.local.get(KEY))[KEY] as CachedReport | undefined;
    return cached && cached.brandId === brandId && cached.report?.overall ? cached.report : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCachedReport(brandId: string, report: MetricsReport): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: { brandId, report } satisfies CachedReport });
  } catch {
    // full or unavailable: the next open is only slower
  }
}

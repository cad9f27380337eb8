import type { Db } from '../../lib/store/db';
import { activeBrand } from '../../lib/store/brands';
import { summariesFor } from '../../lib/store/engagement-summary';
import { writeCachedReport } from '../../lib/store/report-cache';
import { metricsFromSummaries, userZone } from '../../lib/engagement/week-summary';
import { responseTargets } from '../../lib/engagement/targets';

/**
 * The dashboard's response metrics, computed here from the week summaries and stored (lib/store/report-cache), so
 * opening the dashboard paints them at once instead of computing them cold. False when there is no brand yet.
 */
export async function refreshReport(db: Db, now: Date): Promise<boolean> {
  const brand = await activeBrand(db);
  if (!brand) return false;
  const zone = userZone();
  const weeks = await summariesFor(db, zone);
  await writeCachedReport(brand.id, metricsFromSummaries(weeks, { now, targets: responseTargets(brand), timeZone: zone }));
  return true;
}

/**
 * Coalesces the changes of a busy page (a batch of sightings every few hundred milliseconds while the user scrolls)
 * into one run `delayMs` after the first of them; a change during a run schedules one more.
 */
export function coalesce(run: () => Promise<unknown>, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      run().catch((err) => console.error('Cocktail: metrics not refreshed', err));
    }, delayMs);
  };
}

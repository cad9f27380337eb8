import { measure, platformLimits } from '../limits';
import type { Scan } from '../scan';

/** Length against the platform's published limit and the brand's own, counted the platform's way. */
export function checkLength(s: Scan, fullText: string): void {
  const rule = s.profile.sections.length;
  if (!rule.enabled) return;
  const { platform, kind } = s.ctx;
  const published = platformLimits[platform];
  const own = rule.max[platform]?.[kind];
  const brand = own !== undefined && own < published[kind];
  const limit = brand ? own : published[kind];
  const m = measure(fullText, published.count, limit);
  if (m.overAt < 0) return;
  s.report('length', rule.severity, brand ? 'length.brand' : 'length.platform', { length: m.length, limit, platform }, m.overAt, fullText.length);
}

import { z } from 'zod';

/**
 * Derived from the log (lib/engagement/week-summary.ts): a record that fails these is rebuilt, never quarantined.
 * The arrays are checked with plain loops: they hold ~47,000 values read on the dashboard's first render.
 */
function arraysFit(d: { cells: string[]; n: Int32Array; times: Float64Array; timeTags: Uint16Array; opens: Float64Array; openTags: Uint16Array }) {
  if (d.n.length !== d.cells.length * 7 || d.times.length !== d.timeTags.length || d.opens.length !== d.openTags.length) return false;
  const tagEnd = d.cells.length * 2;
  for (let i = 0; i < d.n.length; i++) if (d.n[i] < 0) return false;
  for (let i = 0; i < d.times.length; i++) if (!(d.times[i] >= 0) || d.timeTags[i] >= tagEnd) return false;
  for (let i = 0; i < d.opens.length; i++) if (!Number.isFinite(d.opens[i]) || d.openTags[i] >= tagEnd) return false;
  return true;
}

export const weekSummarySchema = z
  .object({
    key: z.number().int(),
    cells: z.array(z.string().max(100)).max(1000),
    n: z.instanceof(Int32Array),
    times: z.instanceof(Float64Array),
    timeTags: z.instanceof(Uint16Array),
    opens: z.instanceof(Float64Array),
    openTags: z.instanceof(Uint16Array),
  })
  .refine(arraysFit, 'week summary arrays do not fit together');

export const summaryMetaSchema = z.object({
  key: z.literal('meta'),
  format: z.number().int(),
  zone: z.string().min(1),
  items: z.number().int().min(0),
  open: z.number().int().min(0),
  urgent: z.number().int().min(0),
  backups: z.array(z.string()),
});

import { z } from 'zod';

/** Derived from the log (lib/engagement/day-summary.ts): a record that fails these is rebuilt, never quarantined. */
export const daySummarySchema = z
  .object({
    key: z.number().int(),
    cells: z.array(z.string().max(100)).max(1000),
    n: z.instanceof(Int32Array),
    times: z.instanceof(Float64Array),
    timeTags: z.instanceof(Uint16Array),
    opens: z.instanceof(Float64Array),
    openTags: z.instanceof(Uint16Array),
  })
  .refine(
    (d) =>
      d.n.length === d.cells.length * 7 &&
      d.n.every((x) => x >= 0) &&
      d.times.length === d.timeTags.length &&
      d.opens.length === d.openTags.length &&
      d.timeTags.every((t) => t >> 1 < d.cells.length) &&
      d.openTags.every((t) => t >> 1 < d.cells.length) &&
      d.times.every((t) => t >= 0),
    'day summary arrays do not fit together',
  );

export const summaryMetaSchema = z.object({
  key: z.literal('meta'),
  format: z.number().int(),
  zone: z.string().min(1),
  items: z.number().int().min(0),
  open: z.number().int().min(0),
  urgent: z.number().int().min(0),
  backups: z.array(z.string()),
});

import { z } from 'zod';

/** Derived from the log (lib/engagement/day-summary.ts): a record that fails these is rebuilt, never quarantined. */
const cellSchema = z.object({
  n: z.array(z.number().int().min(0)).length(7),
  t: z.array(z.number().min(0)),
  tn: z.array(z.number().min(0)),
  o: z.array(z.number()),
  on: z.array(z.number()),
});

export const daySummarySchema = z.object({ key: z.number().int(), cells: z.record(z.string(), cellSchema) });

export const summaryMetaSchema = z.object({
  key: z.literal('meta'),
  format: z.number().int(),
  zone: z.string().min(1),
  items: z.number().int().min(0),
  open: z.number().int().min(0),
  urgent: z.number().int().min(0),
  backups: z.array(z.string()),
});

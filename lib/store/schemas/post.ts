import { z } from 'zod';
import { httpUrlSchema, idSchema, platformSchema } from './common';

export const POST_STATUSES = ['idea', 'draft', 'scheduled', 'published'] as const;
export const PILLARS = ['mission', 'vision', 'values', 'product', 'community', 'other'] as const;

export const calendarPostSchema = z.object({
  id: idSchema,
  brandId: idSchema,
  /** UTC instant of the slot, ISO 8601 with Z: the `date` index sorts on it. */
  date: z.iso.datetime(),
  timeZone: z.string().max(64).default('America/Toronto'),
  platforms: z.array(platformSchema).default([]),
  status: z.enum(POST_STATUSES).default('idea'),
  text: z.string().max(20000).default(''),
  variants: z.partialRecord(platformSchema, z.string().max(20000)).default({}),
  visual: z
    .object({
      blob: z.instanceof(Blob).optional(),
      url: httpUrlSchema.optional(),
      alt: z.string().max(1000).default(''),
    })
    .optional(),
  callToAction: z.string().max(500).default(''),
  keywords: z.array(z.string().max(100)).default([]),
  hashtags: z.array(z.string().max(100)).default([]),
  objectiveId: z.string().max(200).optional(),
  pillar: z.enum(PILLARS).default('other'),
  notes: z.string().max(5000).default(''),
  /** Ideas state what the reader gains (lib/calendar/ideas.ts). */
  readerBenefit: z.string().max(1000).optional(),
  /** Reminder ledger: when the reminder fired, and for which slot (a moved post is reminded again). */
  remindedAt: z.string().optional(),
  remindedFor: z.string().optional(),
  updatedAt: z.string(),
});
export type CalendarPost = z.infer<typeof calendarPostSchema>;

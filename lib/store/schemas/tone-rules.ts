import { z } from 'zod';
import { idSchema } from './common';

// Placeholder until lib/guidelines owns the full rule schema: the record envelope stays the same.
export const toneRulesSchema = z.object({
  id: idSchema,
  brandId: idSchema,
  pack: z.enum(['fr-CA', 'fr-FR', 'en']).default('fr-CA'),
  rules: z.record(z.string(), z.unknown()).default({}),
  updatedAt: z.string(),
});
export type ToneRulesRecord = z.infer<typeof toneRulesSchema>;

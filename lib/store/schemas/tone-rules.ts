import { z } from 'zod';
import { toneRulesSchema as rulesSchema, packSchema } from '../../guidelines/schema';
import { idSchema } from './common';

/** One brand's tone rules as stored: the envelope stays fixed, `rules` is the full schema of lib/guidelines. */
export const toneRulesSchema = z.object({
  id: idSchema,
  brandId: idSchema,
  pack: packSchema.default('fr-CA'),
  rules: rulesSchema.default(() => rulesSchema.parse({})),
  updatedAt: z.string(),
});
export type ToneRulesRecord = z.infer<typeof toneRulesSchema>;

import { z } from 'zod';
import { idSchema, languageSchema, platformSchema } from './common';

export const INTENTS = ['question', 'complaint', 'praise', 'request', 'spam', 'troll', 'mention', 'share', 'other'] as const;
export const intentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof intentSchema>;

/** A reply template; text may use {author} {brand} {agent} {product}. `vous`/`tu` variants for French. */
export const replyTemplateSchema = z.object({
  id: idSchema,
  brandId: idSchema,
  title: z.string().max(200).default(''),
  intents: z.array(intentSchema).min(1),
  language: languageSchema,
  platforms: z.array(platformSchema).default([]),
  text: z.string().min(1).max(5000),
  tuText: z.string().max(5000).optional(),
  builtIn: z.boolean().default(false),
  updatedAt: z.string(),
});
export type ReplyTemplate = z.infer<typeof replyTemplateSchema>;

import { z } from 'zod';
import { idSchema, isoDateSchema, platformSchema, shortText, longText } from './common';

export const valueSchema = z.object({ name: shortText, howItShows: shortText.default('') });

export const personaSchema = z.object({
  name: shortText,
  needs: shortText.default(''),
  benefit: shortText.default(''),
});

export const objectiveSchema = z.object({
  id: idSchema,
  kind: z.enum(['quantitative', 'qualitative']),
  statement: shortText,
  metric: shortText.optional(),
  baseline: z.number().optional(),
  target: z.number().optional(),
  due: z.string().max(40).optional(),
  judgedBy: shortText.optional(),
  platforms: z.array(platformSchema).default([]),
  means: z.array(shortText).default([]),
  deliverables: z.array(shortText).default([]),
});

export const platformRoleSchema = z.object({
  why: shortText.default(''),
  audience: shortText.default(''),
  cadencePerWeek: z.number().min(0).max(200).default(0),
  toneOverride: shortText.default(''),
  stage: z.enum(['listen', 'discuss', 'associate']).default('listen'),
});

export const brandSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  locale: z.enum(['fr-CA', 'fr-FR', 'en']).default('fr-CA'),
  audience: z.enum(['b2b', 'b2c', 'both']).default('b2c'),
  handles: z.partialRecord(platformSchema, z.array(z.string().max(200))).default({}),
  keywords: z.array(z.string().max(200)).default([]),
  mission: longText.default(''),
  vision: longText.default(''),
  values: z.array(valueSchema).default([]),
  voice: z.array(shortText).default([]),
  dos: z.array(shortText).default([]),
  donts: z.array(shortText).default([]),
  keyMessages: z.array(shortText).default([]),
  personas: z.array(personaSchema).default([]),
  objectives: z.array(objectiveSchema).default([]),
  platformRoles: z.partialRecord(platformSchema, platformRoleSchema).default({}),
  agent: z.string().max(100).default(''),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});
export type Brand = z.infer<typeof brandSchema>;
export type Objective = z.infer<typeof objectiveSchema>;

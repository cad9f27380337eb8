import type { z } from 'zod';
import { brandSchema } from '../schemas/brand';
import { engagementItemSchema } from '../schemas/engagement';
import { calendarPostSchema } from '../schemas/post';
import { settingsSchema } from '../schemas/settings';
import { replyTemplateSchema } from '../schemas/template';
import { toneRulesSchema } from '../schemas/tone-rules';
import type { KitStore } from './format';

/** The record schemas the store itself validates with: an import is held to exactly the same rules. */
export const RECORD_SCHEMAS: Record<KitStore, z.ZodType> = {
  brands: brandSchema,
  toneRules: toneRulesSchema,
  templates: replyTemplateSchema,
  posts: calendarPostSchema,
  engagement: engagementItemSchema,
  settings: settingsSchema,
};

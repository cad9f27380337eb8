import { z } from 'zod';
import { PLATFORMS, type Platform } from '../../platforms/types';
import { platformSchema } from './common';

export const onPageModeSchema = z.enum(['chips', 'sidepanel']);

export const settingsSchema = z.object({
  id: z.literal('settings'),
  uiLanguage: z.enum(['auto', 'fr', 'en']).default('auto'),
  activeBrandId: z.string().max(200).optional(),
  enabledPlatforms: z.array(platformSchema).default([...PLATFORMS]),
  onPageMode: z.partialRecord(platformSchema, onPageModeSchema).default({ linkedin: 'sidepanel' }),
  aiProvider: z.enum(['none', 'chrome', 'openai-compatible']).default('none'),
  aiEndpoint: z.string().max(500).optional(),
  /** The model name the local server runs (e.g. "llama3.2" for Ollama). */
  aiModel: z.string().max(200).optional(),
  retentionDays: z.number().int().min(1).max(3650).default(180),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings = (): Settings => settingsSchema.parse({ id: 'settings' });
export const onPageModeFor = (s: Settings, p: Platform) => s.onPageMode[p] ?? (p === 'linkedin' ? 'sidepanel' : 'chips');

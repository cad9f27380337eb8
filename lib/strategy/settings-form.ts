import { z } from 'zod';
import { settingsSchema, type Settings } from '../store/schemas/settings';

/** The settings form as typed: retention and the server fields stay strings until saved. */
export interface SettingsDraft {
  uiLanguage: Settings['uiLanguage'];
  enabledPlatforms: Settings['enabledPlatforms'];
  onPageMode: Settings['onPageMode'];
  aiProvider: Settings['aiProvider'];
  aiEndpoint: string;
  aiModel: string;
  retentionDays: string;
}

export type SettingsErrors = Partial<Record<'retentionDays' | 'aiEndpoint' | 'aiModel', 'errRetention' | 'errEndpoint' | 'errModel'>>;

export const toSettingsDraft = (s: Settings): SettingsDraft => ({
  uiLanguage: s.uiLanguage,
  enabledPlatforms: [...s.enabledPlatforms],
  onPageMode: { ...s.onPageMode },
  aiProvider: s.aiProvider,
  aiEndpoint: s.aiEndpoint ?? '',
  aiModel: s.aiModel ?? '',
  retentionDays: String(s.retentionDays),
});

/** Only loopback addresses: the optional host permission covers localhost and 127.0.0.1, nothing else. */
export const LOCAL_SERVER_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
const loopback = z.url({ protocol: /^http$/, hostname: /^(localhost|127\.0\.0\.1)$/ });

export function fromSettingsDraft(base: Settings, d: SettingsDraft): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const days = z.coerce.number().int().min(1).max(3650).safeParse(d.retentionDays.trim().replace(/\s/g, '') || 'x');
  if (!days.success) errors.retentionDays = 'errRetention';
  const server = d.aiProvider === 'openai-compatible';
  if (server && !loopback.safeParse(d.aiEndpoint.trim()).success) errors.aiEndpoint = 'errEndpoint';
  if (server && !d.aiModel.trim()) errors.aiModel = 'errModel';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    settings: settingsSchema.parse({
      ...base,
      uiLanguage: d.uiLanguage,
      enabledPlatforms: d.enabledPlatforms,
      onPageMode: d.onPageMode,
      aiProvider: d.aiProvider,
      aiEndpoint: d.aiEndpoint.trim() || undefined,
      aiModel: d.aiModel.trim() || undefined,
      retentionDays: days.data,
    }),
  };
}

import type { Db } from '../../lib/store/db';
import { activeBrand, getSettings } from '../../lib/store/brands';
import { templatesOf, toneRulesOf } from '../../lib/store/library';
import type { Brand } from '../../lib/store/schemas/brand';
import type { Settings } from '../../lib/store/schemas/settings';
import type { ReplyTemplate } from '../../lib/store/schemas/template';
import type { ToneRulesRecord } from '../../lib/store/schemas/tone-rules';

/** What a content script keeps in memory to classify, suggest and lint locally: no round trip per keystroke. */
export interface BrandProfile {
  brand: Pick<Brand, 'id' | 'name' | 'handles' | 'keywords' | 'agent' | 'voice' | 'locale'> | null;
  toneRules: ToneRulesRecord | null;
  templates: ReplyTemplate[];
  settings: Pick<Settings, 'uiLanguage' | 'enabledPlatforms' | 'onPageMode'>;
}

export async function loadProfile(db: Db): Promise<BrandProfile> {
  const [brand, settings] = await Promise.all([activeBrand(db), getSettings(db)]);
  const settingsPart = { uiLanguage: settings.uiLanguage, enabledPlatforms: settings.enabledPlatforms, onPageMode: settings.onPageMode };
  if (!brand) return { brand: null, toneRules: null, templates: [], settings: settingsPart };
  const [rules, templates] = await Promise.all([toneRulesOf(db, brand.id), templatesOf(db, brand.id)]);
  const { id, name, handles, keywords, agent, voice, locale } = brand;
  return {
    brand: { id, name, handles, keywords, agent, voice, locale },
    toneRules: rules ?? null,
    templates: templates.valid,
    settings: settingsPart,
  };
}

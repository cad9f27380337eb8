import { useCallback, useEffect, useState } from 'preact/hooks';
import { pageDb, onProfileChanged, browserLanguage, onDatabaseClosed } from '../../lib/store/client';
import { activeBrand, getSettings, listBrands } from '../../lib/store/brands';
import { countOpen, countUrgent } from '../../lib/store/engagement';
import { quarantineCount } from '../../lib/store/quarantine';
import { resolveLanguage, type UiLanguage } from '../../lib/i18n';
import type { Brand } from '../../lib/store/schemas/brand';
import type { Settings } from '../../lib/store/schemas/settings';
import type { Db } from '../../lib/store/db';

export interface PageState {
  db: Db;
  lang: UiLanguage;
  brand: Brand | undefined;
  brands: Brand[];
  settings: Settings;
  openCount: number;
  urgentCount: number;
  quarantined: number;
}

/** The state every extension page starts from, reloaded when the profile changes anywhere. */
export function usePageState() {
  const [state, setState] = useState<PageState | null>(null);
  const [closed, setClosed] = useState(false);
  const load = useCallback(async () => {
    const db = await pageDb();
    const [brand, brands, settings, openCount, urgentCount, quarantined] = await Promise.all([
      activeBrand(db),
      listBrands(db),
      getSettings(db),
      countOpen(db),
      countUrgent(db),
      quarantineCount(db),
    ]);
    const lang = resolveLanguage(settings.uiLanguage, browserLanguage());
    document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en';
    setState({ db, lang, brand, brands: brands.valid, settings, openCount, urgentCount, quarantined: quarantined + brands.quarantined });
  }, []);
  useEffect(() => {
    void load();
    onDatabaseClosed(() => setClosed(true));
    return onProfileChanged(() => void load());
  }, [load]);
  return { state, reload: load, closed };
}

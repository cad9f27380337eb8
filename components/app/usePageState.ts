import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageDb, onProfileChanged, browserLanguage, onDatabaseClosed, currentTabUrl, activeTabId, sessionValue } from '../../lib/store/client';
import { adapterForUrl } from '../../lib/platforms/registry';
import type { Platform } from '../../lib/platforms/types';
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
  /** null until counted: the page renders first, the counts follow (a 50,000-item log takes a while to count). */
  openCount: number | null;
  urgentCount: number | null;
  quarantined: number;
}

/** The state every extension page starts from, reloaded when the profile changes anywhere. */
export function usePageState() {
  const [state, setState] = useState<PageState | null>(null);
  const [closed, setClosed] = useState(false);
  const load = useCallback(async () => {
    const db = await pageDb();
    // The count is read with the others so the page paints sooner; counted again below, once these reads have moved
    // any bad record they met into the quarantine.
    const [brand, brands, settings, quarantined] = await Promise.all([activeBrand(db), listBrands(db), getSettings(db), quarantineCount(db)]);
    const lang = resolveLanguage(settings.uiLanguage, browserLanguage());
    document.documentElement.lang = lang === 'fr' ? 'fr-CA' : 'en';
    setState((prev) => ({
      db, lang, brand, brands: brands.valid, settings, quarantined,
      openCount: prev?.openCount ?? null, urgentCount: prev?.urgentCount ?? null,
    }));
    const [openCount, urgentCount, quarantinedNow] = await Promise.all([countOpen(db), countUrgent(db), quarantineCount(db)]);
    setState((prev) => (prev ? { ...prev, openCount, urgentCount, quarantined: quarantinedNow } : prev));
  }, []);
  // Started with the first render rather than in an effect, which runs a frame later (~15 ms on the dashboard).
  useState(() => void load());
  useEffect(() => {
    onDatabaseClosed(() => setClosed(true));
    return onProfileChanged(() => void load());
  }, [load]);
  return { state, reload: load, closed };
}

/**
 * The platform of the tab in front of the user (popup, side panel), followed as the user changes tab; undefined on
 * any other page. Without the "tabs" permission the browser hides tab URLs, so the platform comes from what the
 * platform's content script reported for that tab (its health report), else from the URL when the browser gives it.
 */
export function useActivePlatform(enabled = true): Platform | undefined {
  const [platform, setPlatform] = useState<Platform>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const read = async () => {
      const tab = await activeTabId();
      const reported = tab === undefined ? undefined : ((await sessionValue(`health:${tab}`)) as { health?: { platform?: Platform } } | undefined);
      const url = reported?.health?.platform ? undefined : await currentTabUrl();
      const found = reported?.health?.platform ?? (url ? adapterForUrl(url)?.platform : undefined);
      if (live) setPlatform(found);
    };
    const refresh = () => void read().catch(() => live && setPlatform(undefined));
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('health:'))) refresh();
    };
    const onUpdated = (_id: number, change: { status?: string; url?: string }) => (change.status === 'complete' || change.url) && refresh();
    refresh();
    browser.tabs?.onActivated?.addListener(refresh);
    browser.tabs?.onUpdated?.addListener(onUpdated);
    browser.storage?.onChanged?.addListener(onStorage);
    return () => {
      live = false;
      browser.tabs?.onActivated?.removeListener(refresh);
      browser.tabs?.onUpdated?.removeListener(onUpdated);
      browser.storage?.onChanged?.removeListener(onStorage);
    };
  }, [enabled]);
  return platform;
}

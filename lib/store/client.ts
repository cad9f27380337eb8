import { browser } from 'wxt/browser';
import { openDb, type Db } from './db';
import type { Reply, UiMessage } from '../messages';

/** Extension pages read IndexedDB directly (fast first render) and write through the background (one writer). */
let dbPromise: Promise<Db> | null = null;
let onClosed: (() => void) | undefined;

export function pageDb(): Promise<Db> {
  return (dbPromise ??= openDb({
    onClosedForUpgrade: () => {
      dbPromise = null;
      onClosed?.();
    },
  }));
}

/** Called when a newer version of the extension upgraded the database under this open page. */
export function onDatabaseClosed(cb: () => void) {
  onClosed = cb;
}

export async function sendToBackground<T = unknown>(msg: UiMessage): Promise<Reply<T>> {
  try {
    return ((await browser.runtime.sendMessage(msg)) as Reply<T>) ?? { ok: false, error: 'no-reply' };
  } catch {
    return { ok: false, error: 'no-reply' };
  }
}

export function onProfileChanged(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'profileVersion' in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const browserLanguage = () => browser.i18n?.getUILanguage?.() ?? navigator.language;
export const openDashboard = (hash = '') => browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
export const currentTabUrl = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
export const sessionValue = async (key: string) => (await browser.storage.session.get(key))[key];
export const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

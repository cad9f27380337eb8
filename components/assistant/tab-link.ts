import { browser } from 'wxt/browser';
import type { RawItem } from '../../lib/platforms/types';
import type { PageItems } from '../../lib/page/assistant';
import type { InsertOutcome } from '../../lib/page/insert-target';
import type { PageCommand } from '../../lib/page/page-commands';
import type { EngagementState } from '../../lib/store/schemas/engagement';
import { activeTabId, sessionValue } from '../../lib/store/client';

/** The popup's and side panel's link to a tab's content script and to what the page opened last. */
export interface LastOpened {
  item: RawItem;
  tabId?: number;
  at: string;
}

async function toTab<T>(tabId: number, cmd: PageCommand): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, cmd)) as T) ?? null;
  } catch {
    return null; // no content script in that tab (not a supported page, or closed)
  }
}

/** The tab this surface works on: `?tab=` (a side panel opened for one tab), else the active tab. */
export async function targetTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(param) && param > 0 ? param : activeTabId();
}

/** Calls back when the active tab changes or finishes loading (a side panel stays open across tabs). */
export function onActiveTabChange(cb: () => void): () => void {
  if (new URLSearchParams(location.search).has('tab')) return () => {};
  const activated = () => cb();
  const updated = (_id: number, info: { status?: string }) => info.status === 'complete' && cb();
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

export const pageItems = (tabId: number) => toTab<PageItems>(tabId, { type: 'assistant.items' });

export async function insertInTab(tabId: number, nativeId: string, text: string): Promise<InsertOutcome> {
  return (await toTab<InsertOutcome>(tabId, { type: 'assistant.insert', nativeId, text })) ?? { ok: false, reason: 'no-tab' };
}

export const lastOpened = async () => ((await sessionValue('lastOpened')) as LastOpened | undefined) ?? null;

export function onLastOpened(cb: (value: LastOpened | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && 'lastOpened' in changes) cb((changes.lastOpened.newValue as LastOpened | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function setItemState(id: string, state: EngagementState): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'item.setState', id, state })) as { ok?: boolean; data?: unknown };
    return !!reply?.ok && reply.data === true;
  } catch {
    return false;
  }
}

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

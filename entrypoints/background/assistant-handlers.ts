import { browser } from 'wxt/browser';
import type { Handlers } from './router';
import type { BackgroundDeps } from './handlers';
import { loadProfile } from './profile';
import { understand } from '../../lib/understand';
import { brandNames } from '../../lib/page/panel-model';
import { suggestItemOf, suggestProfileOf, suggestReplies } from '../../lib/page/suggestions';
import { getSettings } from '../../lib/store/brands';
import { openAiCompatible, suggestWithAi } from '../../lib/suggest/ai';
import { OPEN_PANEL_COMMAND } from '../../lib/page/shortcut';

/** The on-page assistant's background side: suggestions made here keep lib/guidelines out of content scripts. */
export function makeAssistantHandlers(deps: BackgroundDeps): Handlers {
  listenForCommands();
  return {
    'items.classify': async (msg) => {
      const names = brandNames(await loadProfile(await deps.db()));
      return Object.fromEntries(msg.items.map((i) => [i.nativeId, understand(i.text, { brandNames: names })]));
    },
    'item.suggest': async (msg) => {
      const db = await deps.db();
      const [profile, settings] = await Promise.all([loadProfile(db), getSettings(db)]);
      const u = understand(msg.item.text, { brandNames: brandNames(profile) });
      // The local-server AI tier, only when the user turned it on; any failure gives the templates (suggestWithAi).
      if (settings.aiProvider === 'openai-compatible' && settings.aiEndpoint) {
        const provider = openAiCompatible({ endpoint: settings.aiEndpoint, model: settings.aiModel ?? '' });
        const brand = profile.brand;
        const ai = await suggestWithAi(suggestItemOf(msg.item), u, suggestProfileOf(profile), provider, { brand: { voice: brand?.voice } });
        return ai.suggestions;
      }
      return suggestReplies(msg.item, u, profile);
    },
  };
}

export interface CommandApi {
  activeTabId: () => Promise<number | undefined>;
  sendToTab: (tabId: number, msg: unknown) => Promise<unknown>;
}

/**
 * The keyboard command (manifest `commands`): the browser delivers it here, never a page, so a page's synthetic
 * key events cannot open our panel. It asks the active tab's content script to open the comment in view.
 */
export async function runCommand(command: string, api: CommandApi): Promise<unknown> {
  if (command !== OPEN_PANEL_COMMAND) return { ok: false, error: 'unknown-command' };
  const tabId = await api.activeTabId();
  if (tabId === undefined) return { ok: false, error: 'no-tab' };
  try {
    return (await api.sendToTab(tabId, { type: 'assistant.openInView' })) ?? { ok: false, error: 'no-content-script' };
  } catch {
    return { ok: false, error: 'no-content-script' }; // not a supported platform page
  }
}

let listening = false;

/** Registered once, during the worker's first synchronous run (makeHandlers), as MV3 needs for wake-up events. */
function listenForCommands() {
  if (listening) return;
  listening = true;
  try {
    browser.commands?.onCommand?.addListener((command: string) => {
      void runCommand(command, {
        activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
        sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg),
      });
    });
  } catch {
    // no commands API in this context (unit tests with a partial fake browser)
  }
}

import { browser } from 'wxt/browser';
import type { Handlers } from './router';
import type { BackgroundDeps } from './handlers';
import { toOrigin } from '../../components/platforms/instance-origin';

/** mastodon.social is in the manifest; every other instance the user adds is registered here, once its origin is granted. */
const STATIC_INSTANCES = new Set(['https://mastodon.social']);
const STORE_KEY = 'mastodonInstances';
const SCRIPT = 'content-scripts/mastodon.js';
const scriptId = (origin: string) => `mastodon:${origin}`;

export const instanceOrigin = toOrigin;

/** What registering needs from the browser: MV3 `scripting` (Chrome, Firefox MV3) or MV2 `contentScripts` (Firefox). */
export interface ScriptApi {
  hasOrigin(origin: string): Promise<boolean>;
  register(origin: string): Promise<void>;
  unregister(origin: string): Promise<void>;
  stored(): Promise<string[]>;
  store(origins: string[]): Promise<void>;
}

type Mv2Registration = { unregister(): Promise<void> };
const mv2Registrations = new Map<string, Mv2Registration>();

export function browserScriptApi(): ScriptApi {
  const b = browser as unknown as {
    scripting?: {
      registerContentScripts(s: object[]): Promise<void>;
      unregisterContentScripts(f: { ids: string[] }): Promise<void>;
      getRegisteredContentScripts(f: { ids: string[] }): Promise<unknown[]>;
    };
    contentScripts?: { register(s: object): Promise<Mv2Registration> };
  };
  return {
    hasOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    async register(origin) {
      const matches = [`${origin}/*`];
      if (b.scripting) {
        if ((await b.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] })).length) return;
        await b.scripting.registerContentScripts([{ id: scriptId(origin), matches, js: [SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
      } else if (b.contentScripts) {
        // Firefox MV2: registrations last while the background page lives; restoreInstances() redoes them at start.
        if (mv2Registrations.has(origin)) return;
        mv2Registrations.set(origin, await b.contentScripts.register({ matches, js: [{ file: `/${SCRIPT}` }], runAt: 'document_idle' }));
      } else throw new Error('no content script registration API');
    },
    async unregister(origin) {
      if (b.scripting) {
        const ids = [scriptId(origin)];
        if ((await b.scripting.getRegisteredContentScripts({ ids })).length) await b.scripting.unregisterContentScripts({ ids });
      } else {
        await mv2Registrations.get(origin)?.unregister();
        mv2Registrations.delete(origin);
      }
    },
    stored: async () => ((await browser.storage.local.get(STORE_KEY))[STORE_KEY] as string[] | undefined) ?? [],
    store: (origins) => browser.storage.local.set({ [STORE_KEY]: origins }),
  };
}

/** At start: instances whose permission is still granted get their script again (needed on MV2, harmless on MV3). */
export async function restoreInstances(api: ScriptApi = browserScriptApi()): Promise<string[]> {
  const kept: string[] = [];
  for (const origin of await api.stored()) {
    if (await api.hasOrigin(origin)) {
      await api.register(origin);
      kept.push(origin);
    }
  }
  return kept;
}

/**
 * Mastodon instances added in the dashboard settings. The dashboard asks the origin's permission from the user's
 * click (browser.permissions.request needs that gesture); the background registers the content script only when
 * the permission is really granted, so a message alone can never widen what the extension reads.
 */
export function platformHandlers(_deps: BackgroundDeps, api: ScriptApi = browserScriptApi()): Handlers {
  return {
    'mastodon.instances': async () => [...STATIC_INSTANCES, ...(await api.stored())],
    'mastodon.instanceAdd': async (msg: { origin: string }) => {
      const origin = instanceOrigin(msg.origin);
      if (!origin) return { added: false, reason: 'invalid' };
      if (STATIC_INSTANCES.has(origin)) return { added: true, origin };
      if (!(await api.hasOrigin(origin))) return { added: false, reason: 'permission' };
      await api.register(origin);
      const stored = await api.stored();
      if (!stored.includes(origin)) await api.store([...stored, origin]);
      return { added: true, origin };
    },
    'mastodon.instanceRemove': async (msg: { origin: string }) => {
      const origin = instanceOrigin(msg.origin);
      if (!origin || STATIC_INSTANCES.has(origin)) return false;
      await api.unregister(origin);
      await api.store((await api.stored()).filter((o) => o !== origin));
      return true;
    },
  };
}

import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/store/client';
import type { InstanceActions } from './MastodonInstances';

/** The settings page's side of adding a Mastodon instance: the permission asked in the click, then the background. */
export const mastodonActions: InstanceActions = {
  request: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
  list: async () => {
    const r = await sendToBackground<string[]>({ type: 'mastodon.instances' });
    return r.ok ? r.data : [];
  },
  add: async (origin) => {
    const r = await sendToBackground<{ added: boolean }>({ type: 'mastodon.instanceAdd', origin });
    return r.ok && r.data.added;
  },
  remove: async (origin) => (await sendToBackground({ type: 'mastodon.instanceRemove', origin })).ok,
};

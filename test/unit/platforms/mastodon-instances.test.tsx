import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { MastodonInstances, type InstanceActions } from '../../../components/platforms/MastodonInstances';
import { toOrigin } from '../../../components/platforms/instance-origin';
import { platformHandlers, restoreInstances, type ScriptApi } from '../../../entrypoints/background/platform-handlers';
import type { BackgroundDeps } from '../../../entrypoints/background/handlers';

describe('instance addresses', () => {
  it('keeps the https origin of a host, refuses anything else', () => {
    expect(toOrigin('mastodon.quebec')).toBe('https://mastodon.quebec');
    expect(toOrigin(' https://Fosstodon.org/@me/123 ')).toBe('https://fosstodon.org');
    for (const bad of ['', 'http://mastodon.quebec', 'localhost', 'https://a:b@mastodon.quebec', 'https://mastodon.quebec:8443', 'javascript:alert(1)', 'mastodon quebec'])
      expect(toOrigin(bad), bad).toBeNull();
  });
});

function fakeApi(granted: string[], stored: string[] = []) {
  const registered = new Set<string>();
  const api: ScriptApi & { registered: Set<string>; saved: string[] } = {
    registered,
    saved: stored,
    hasOrigin: async (o) => granted.includes(o),
    register: async (o) => void registered.add(o),
    unregister: async (o) => void registered.delete(o),
    stored: async () => api.saved,
    store: async (o) => void (api.saved = o),
  };
  return api;
}
type Call = (msg: { origin?: string }) => Promise<unknown>;
const handlersOf = (api: ScriptApi) => platformHandlers({} as BackgroundDeps, api) as unknown as Record<string, Call>;

describe('the background registers the Mastodon script only for granted instances', () => {
  it('adds a granted instance once, refuses one without permission, removes one', async () => {
    const api = fakeApi(['https://mastodon.quebec']);
    const h = handlersOf(api);
    expect(await h['mastodon.instanceAdd']({ origin: 'fosstodon.org' })).toEqual({ added: false, reason: 'permission' });
    expect(await h['mastodon.instanceAdd']({ origin: 'ftp://x' })).toEqual({ added: false, reason: 'invalid' });
    expect(await h['mastodon.instanceAdd']({ origin: 'mastodon.quebec' })).toEqual({ added: true, origin: 'https://mastodon.quebec' });
    await h['mastodon.instanceAdd']({ origin: 'https://mastodon.quebec/@cafeboreal' });
    expect([...api.registered]).toEqual(['https://mastodon.quebec']);
    expect(await h['mastodon.instances']({})).toEqual(['https://mastodon.social', 'https://mastodon.quebec']);
    expect(await h['mastodon.instanceRemove']({ origin: 'https://mastodon.social' })).toBe(false); // listed in the manifest
    expect(await h['mastodon.instanceRemove']({ origin: 'mastodon.quebec' })).toBe(true);
    expect(api.registered.size).toBe(0);
    expect(api.saved).toEqual([]);
  });

  it('at start, re-registers stored instances whose permission is still granted', async () => {
    const api = fakeApi(['https://a.social'], ['https://a.social', 'https://revoked.social']);
    expect(await restoreInstances(api)).toEqual(['https://a.social']);
    expect([...api.registered]).toEqual(['https://a.social']);
  });
});

describe('MastodonInstances settings component', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function mount(actions: InstanceActions, lang: 'fr' | 'en' = 'fr') {
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<MastodonInstances lang={lang} actions={actions} />, root);
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  async function submit(value: string) {
    const input = root.querySelector('input')!;
    await act(async () => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      [...root.querySelectorAll('button')].find((b) => b.getAttribute('type') === 'button' && !b.getAttribute('aria-label'))!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
  }

  it('asks the permission from the click itself, then adds the instance and lists it', async () => {
    const list = ['https://mastodon.social'];
    const order: string[] = [];
    const actions: InstanceActions = {
      request: vi.fn(async (o: string) => (order.push(`request ${o}`), true)),
      add: vi.fn(async (o: string) => (order.push(`add ${o}`), list.push(o), true)),
      list: async () => [...list],
      remove: async () => true,
    };
    await mount(actions);
    await submit('mastodon.quebec');
    expect(order).toEqual(['request https://mastodon.quebec', 'add https://mastodon.quebec']);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('https://mastodon.quebec ajoutée : ouvrez ou rechargez une page de cette instance.');
    expect(Array.from(root.querySelectorAll('li')).map((li) => li.firstChild!.textContent)).toEqual(['https://mastodon.social', 'https://mastodon.quebec']);
  });

  it('says so when the address is invalid or the permission refused, and adds nothing', async () => {
    const add = vi.fn(async () => true);
    await mount({ request: async () => false, add, list: async () => [], remove: async () => true }, 'en');
    await submit('http://insecure.example');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Enter a valid https address, for example mastodon.quebec.');
    await submit('mastodon.quebec');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Permission refused: Cocktail will not read https://mastodon.quebec.');
    expect(add).not.toHaveBeenCalled();
  });
});

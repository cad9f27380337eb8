import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { route, type Handlers } from '../../../entrypoints/background/router';
import { csMessageSchema, uiMessageSchema, type SenderLike } from '../../../lib/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

const SENDERS: Record<string, SenderLike | undefined> = {
  none: undefined,
  otherExtension: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', origin: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' },
  webPageNoTab: { id: ID, origin: 'https://evil.example', url: 'https://evil.example/' },
  contentScript: { id: ID, origin: 'https://x.com', url: 'https://x.com/home', tab: { id: 4 }, frameId: 0 },
  contentScriptSubframe: { id: ID, origin: 'https://ads.example', url: 'https://ads.example/frame', tab: { id: 4 }, frameId: 7 },
  contentScriptForgedUrl: { id: ID, origin: 'https://x.com', url: `${ORIGIN}/dashboard.html`, tab: { id: 4 }, frameId: 0 },
  fileScheme: { id: ID, url: 'file:///etc/passwd', tab: { id: 2 } },
  extensionPage: { id: ID, origin: ORIGIN, url: `${ORIGIN}/popup.html` },
  extensionPageInTab: { id: ID, origin: ORIGIN, url: `${ORIGIN}/dashboard.html`, tab: { id: 9 } },
  firefoxExtensionPage: { id: ID, url: `${ORIGIN}/dashboard.html` },
};

/** One valid sample of every message type, so every handler is reached from every sender. */
const SAMPLES: Record<string, unknown> = {
  'items.seen': { type: 'items.seen', items: [{ platform: 'x', nativeId: '1', kind: 'comment', author: { name: 'a' }, text: 'hi' }] },
  'profile.get': { type: 'profile.get' },
  'items.classify': { type: 'items.classify', items: [{ nativeId: '1', text: 'Vous ouvrez quand?' }] },
  'health.report': { type: 'health.report', url: 'https://x.com/', health: { platform: 'x', pageKind: 'feed', expected: [], found: {}, ok: true, problems: [] } },
  'item.opened': { type: 'item.opened', item: { platform: 'x', nativeId: '1', kind: 'comment', author: { name: 'a' }, text: 'hi' } },
  'item.setState': { type: 'item.setState', id: 'x:1', state: 'liked' },
  'item.suggest': { type: 'item.suggest', item: { platform: 'x', nativeId: '1', kind: 'comment', author: { name: 'a' }, text: 'hi' } },
  'draft.lint': { type: 'draft.lint', text: 'Merci pour ton e-mail', platform: 'x', kind: 'reply' },
  'brand.save': { type: 'brand.save', brand: {} },
  'brand.activate': { type: 'brand.activate', brandId: 'b' },
  'brand.delete': { type: 'brand.delete', brandId: 'b' },
  'rules.save': { type: 'rules.save', rules: {} },
  'templates.save': { type: 'templates.save', template: {} },
  'templates.delete': { type: 'templates.delete', id: 't' },
  'posts.save': { type: 'posts.save', posts: [] },
  'posts.delete': { type: 'posts.delete', id: 'p' },
  'settings.save': { type: 'settings.save', settings: {} },
  'data.export': { type: 'data.export', scope: 'all', engagement: true, images: false },
  'data.preview': { type: 'data.preview', base64: 'e30=', mode: 'merge' },
  'data.import': { type: 'data.import', base64: 'e30=', mode: 'replace' },
  'data.restore': { type: 'data.restore', backupId: 'b' },
  'data.backups': { type: 'data.backups' },
  'quarantine.list': { type: 'quarantine.list' },
  'quarantine.resolve': { type: 'quarantine.resolve', qid: 1 },
  'demo.seed': { type: 'demo.seed' },
  'mastodon.instances': { type: 'mastodon.instances' },
  'mastodon.instanceAdd': { type: 'mastodon.instanceAdd', origin: 'https://mastodon.quebec' },
  'mastodon.instanceRemove': { type: 'mastodon.instanceRemove', origin: 'https://mastodon.quebec' },
  'brand.createFromStart': { type: 'brand.createFromStart', start: {} },
  'posts.import': { type: 'posts.import', posts: [] },
  'reminders.sync': { type: 'reminders.sync' },
  'engagement.purge': { type: 'engagement.purge' },
};
const CS_TYPES = csMessageSchema.options.map((o) => o.shape.type.value as string);
const UI_TYPES = uiMessageSchema.options.map((o) => o.shape.type.value as string);

function recordingHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    [...CS_TYPES, ...UI_TYPES].map((t) => [t, async () => { calls.push(t); return t; }]),
  ) as Handlers;
  return { calls, env: { extensionId: ID, extensionOrigin: ORIGIN, handlers } };
}

describe('the background trusts no message', () => {
  it('every message type has a sample in this table', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CS_TYPES, ...UI_TYPES].sort());
  });

  for (const [senderName, sender] of Object.entries(SENDERS)) {
    for (const [type, sample] of Object.entries(SAMPLES)) {
      it(`${type} from ${senderName}`, async () => {
        const { calls, env } = recordingHandlers();
        const reply = await route(sample, sender, env);
        const isPage = senderName.toLowerCase().includes('extensionpage');
        const isContent = senderName === 'contentScript' || senderName === 'contentScriptSubframe' || senderName === 'contentScriptForgedUrl';
        const allowed = isPage || (isContent && CS_TYPES.includes(type));
        expect(reply.ok).toBe(allowed);
        expect(calls).toEqual(allowed ? [type] : []);
        if (!allowed) expect(reply).toMatchObject({ ok: false, error: isContent ? 'forbidden' : 'unknown-sender' });
      });
    }
  }

  it('random payloads from any sender never throw and never reach a handler unparsed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withObjectString: true, withNullPrototype: true }), fc.constantFrom(...Object.values(SENDERS)), async (payload, sender) => {
        const { calls, env } = recordingHandlers();
        const reply = await route(payload, sender, env);
        expect(typeof reply.ok).toBe('boolean');
        if (reply.ok) expect(calls).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });

  it('mutated valid messages (wrong types, oversized, extra keys) are refused or parsed, never crash', async () => {
    const mutate = fc.constantFrom(...Object.values(SAMPLES)).chain((base) =>
      fc.record({ key: fc.constantFrom(...Object.keys(base as object), '__proto__', 'constructor', 'items', 'text'), value: fc.anything() }).map(({ key, value }) => ({ ...(base as object), [key]: value })),
    );
    await fc.assert(
      fc.asyncProperty(mutate, async (payload) => {
        const { env } = recordingHandlers();
        const reply = await route(payload, SENDERS.contentScript, env);
        expect(typeof reply.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a handler that throws becomes a refusal, storage full is named', async () => {
    const env = {
      extensionId: ID,
      extensionOrigin: ORIGIN,
      handlers: {
        'profile.get': async () => { throw new DOMException('quota', 'QuotaExceededError'); },
        'demo.seed': async () => { throw new Error('boom'); },
      } as Handlers,
    };
    expect(await route(SAMPLES['profile.get'], SENDERS.contentScript, env)).toEqual({ ok: false, error: 'storage-full' });
    expect(await route(SAMPLES['demo.seed'], SENDERS.extensionPage, env)).toEqual({ ok: false, error: 'failed' });
  });
});

import { understand } from '../../../lib/understand';
// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/cafeboreal/status/101"}
import { afterEach, describe, expect, it, vi } from 'vitest';

// The fake host passes its own command channel; the runtime listener (wxt/browser) is not used here.
vi.mock('../../../lib/page/runtime-listen', () => ({ listenToExtension: () => {} }));
import { startAssistant } from '../../../lib/page/assistant';
import type { PageCommand } from '../../../lib/page/page-commands';
import { xAdapter } from '../../../lib/platforms/x';
import { csMessageSchema, type CsMessage, type CsRequest } from '../../../lib/messages';

const TWEETS = [
  { id: '101', handle: 'cafeboreal', name: 'Café Boréal', text: 'Nouveau latte', focused: true },
  { id: '102', handle: 'julie', name: 'Julie', text: 'Ouvert samedi?' },
  { id: '103', handle: 'cafeboreal', name: 'Café Boréal', text: 'Oui, jusqu’à 18 h!' },
  { id: '104', handle: 'tom', name: 'Tom', text: 'Gluten-free options?' },
];

function drawPage(tweets = TWEETS) {
  document.body.replaceChildren();
  for (const t of tweets) {
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    const a = document.createElement('article');
    a.setAttribute('data-testid', 'tweet');
    a.setAttribute('role', 'article');
    a.tabIndex = t.focused ? -1 : 0;
    const user = document.createElement('div');
    user.setAttribute('data-testid', 'User-Name');
    const name = document.createElement('a');
    name.href = `/${t.handle}`;
    name.textContent = t.name;
    const handle = document.createElement('a');
    handle.href = `/${t.handle}`;
    handle.textContent = `@${t.handle}`;
    const status = document.createElement('a');
    status.href = `/${t.handle}/status/${t.id}`;
    const time = document.createElement('time');
    time.setAttribute('datetime', '2026-11-24T13:00:00.000Z');
    status.append(time);
    user.append(name, handle, status);
    const text = document.createElement('div');
    text.setAttribute('data-testid', 'tweetText');
    text.textContent = t.text;
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    const reply = document.createElement('button');
    reply.setAttribute('data-testid', 'reply');
    group.append(reply);
    a.append(user, text, group);
    cell.append(a);
    document.body.append(cell);
  }
}

/** `understandAfter`: how long the fake background takes to answer items.classify (never: it does not answer). */
function fakeHost(mode: 'chips' | 'sidepanel' | undefined, understandAfter: number | 'never' = 0) {
  const sent: CsMessage[] = [];
  let command: ((cmd: PageCommand) => Promise<unknown>) | undefined;
  let profileChanged: (() => void) | undefined;
  const settings = { uiLanguage: 'en' as const, enabledPlatforms: [], onPageMode: mode ? { x: mode } : {} };
  const ctl = new AbortController();
  const host = {
    doc: document,
    signal: ctl.signal,
    browserLanguage: 'en-CA',
    // Parsed as the background parses it: a packed batch of items arrives as the items themselves.
    send: async (wire: CsRequest) => {
      const msg = csMessageSchema.parse(wire);
      sent.push(msg);
      // The background's answer to items.classify: the real understanding, made outside the content script.
      if (msg.type === 'items.classify' && understandAfter === 'never') return new Promise(() => {});
      if (msg.type === 'items.classify') await new Promise((r) => setTimeout(r, understandAfter as number));
      if (msg.type === 'items.classify') return { ok: true, data: Object.fromEntries(msg.items.map((i) => [i.nativeId, understand(i.text)])) };
      if (msg.type === 'profile.get') return { ok: true, data: { brand: { name: 'Café Boréal', handles: { x: ['cafeboreal'] }, keywords: [] }, toneRules: null, templates: [], settings } };
      return { ok: true, data: true };
    },
    onLocationChange: () => {},
    onProfileChange: (cb: () => void) => (profileChanged = cb),
    onCommand: (h: (cmd: PageCommand) => Promise<unknown>) => (command = h),
  };
  return { host, sent, settings, ctl, command: (c: PageCommand) => command!(c), changeProfile: () => profileChanged!() };
}

// The scanner yields between slices (jsdom is slow): wait until every answerable item is known.
const settle = (f?: { command: (c: PageCommand) => Promise<unknown> }) =>
  vi.waitFor(async () => {
    await new Promise((r) => setTimeout(r, 20));
    if (f) expect(((await f.command({ type: 'assistant.items' })) as { items: unknown[] }).items).toHaveLength(2);
  });
let current: AbortController | undefined;
afterEach(() => current?.abort());

describe('the assistant per on-page mode', () => {
  it('chips mode: a chip on each answerable item (not the post, not the brand’s own replies)', async () => {
    drawPage();
    const f = fakeHost('chips');
    current = f.ctl;
    await startAssistant(xAdapter, f.host);
    await settle(f);
    const chipped = [...document.querySelectorAll('cocktail-chip')].map((c) => c.closest('article')!.querySelector('[data-testid="tweetText"]')!.textContent);
    expect(chipped).toEqual(['Ouvert samedi?', 'Gluten-free options?']);
    const listed = (await f.command({ type: 'assistant.items' })) as { mode: string; items: { nativeId: string }[] };
    expect(listed.mode).toBe('chips');
    expect(listed.items.map((i) => i.nativeId)).toEqual(['102', '104']);
  });

  it('side-panel mode: nothing added to the page; the same items listed; opening only tells the background', async () => {
    drawPage();
    const f = fakeHost('sidepanel');
    current = f.ctl;
    await startAssistant(xAdapter, f.host);
    await settle(f);
    expect(document.querySelectorAll('cocktail-chip, cocktail-panel').length).toBe(0);
    const listed = (await f.command({ type: 'assistant.items' })) as { mode: string; items: { nativeId: string }[] };
    expect(listed).toMatchObject({ mode: 'sidepanel' });
    expect(listed.items.map((i) => i.nativeId)).toEqual(['102', '104']);
    expect(await f.command({ type: 'assistant.open', nativeId: '104' })).toEqual({ ok: true });
    expect(document.querySelectorAll('cocktail-panel').length).toBe(0);
    expect(f.sent.filter((m) => m.type === 'item.opened').map((m) => (m as { item: { nativeId: string } }).item.nativeId)).toEqual(['104']);
    expect(await f.command({ type: 'assistant.insert', nativeId: 'unknown', text: 'x' })).toEqual({ ok: false, reason: 'gone' });
  });

  it('asks the background to understand only the items that show a chip', async () => {
    drawPage();
    const panelMode = fakeHost('sidepanel');
    current = panelMode.ctl;
    await startAssistant(xAdapter, panelMode.host);
    await settle(panelMode);
    expect(panelMode.sent.filter((m) => m.type === 'items.classify')).toEqual([]);
    panelMode.ctl.abort();

    drawPage();
    const chips = fakeHost('chips');
    current = chips.ctl;
    await startAssistant(xAdapter, chips.host);
    await settle(chips);
    const asked = chips.sent.flatMap((m) => (m.type === 'items.classify' ? m.items.map((i) => i.nativeId) : []));
    expect(asked.sort()).toEqual(['102', '104']);
    await vi.waitFor(() => expect([...document.querySelectorAll('cocktail-chip')].every((c) => !c.shadowRoot!.textContent!.includes('…'))).toBe(true));
  });

  it('switching a platform to side-panel mode removes its chips; back to chips mounts them again', async () => {
    drawPage();
    const f = fakeHost('chips');
    current = f.ctl;
    await startAssistant(xAdapter, f.host);
    await settle(f);
    expect(document.querySelectorAll('cocktail-chip').length).toBe(2);
    f.settings.onPageMode = { x: 'sidepanel' };
    f.changeProfile();
    await settle();
    expect(document.querySelectorAll('cocktail-chip').length).toBe(0);
    f.settings.onPageMode = { x: 'chips' };
    f.changeProfile();
    await settle();
    expect(document.querySelectorAll('cocktail-chip').length).toBe(2);
  });

  it('in chips mode, opening an item shows the panel and asks the background for suggestions', async () => {
    drawPage();
    const f = fakeHost(undefined);
    current = f.ctl;
    await startAssistant(xAdapter, f.host);
    await settle(f);
    expect(await f.command({ type: 'assistant.open', nativeId: '102' })).toEqual({ ok: true });
    expect(document.querySelectorAll('cocktail-panel').length).toBe(1);
    expect(f.sent.some((m) => m.type === 'item.suggest' && m.item.nativeId === '102')).toBe(true);
  });
});

describe('chips of a long thread', () => {
  // More comments than MOUNT_NOW_MAX: their chips mount as they near the viewport (every one at once in jsdom).
  const thread = [TWEETS[0], ...Array.from({ length: 60 }, (_, i) => ({ id: `${200 + i}`, handle: `fan${i}`, name: `Fan ${i}`, text: i % 2 ? 'Ouvert samedi?' : 'Merci, super café!' }))];
  /** The text each chip had when it entered the page. */
  const watchMounts = () => {
    const first: string[] = [];
    const mo = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.localName === 'cocktail-chip') first.push(n.shadowRoot!.textContent!);
    });
    mo.observe(document.body, { childList: true, subtree: true });
    return first;
  };

  it('mount once, already labelled, when the background answers (no "…" chip relabelled a moment later)', async () => {
    drawPage(thread);
    const first = watchMounts();
    const f = fakeHost('chips', 40);
    current = f.ctl;
    await startAssistant(xAdapter, f.host);
    await vi.waitFor(() => expect(first).toHaveLength(60));
    expect(first.filter((t) => t.includes('…'))).toEqual([]);
    expect(new Set(first.map((t) => t.replace(/\s+/g, ' ')))).toEqual(new Set([expect.stringContaining('Question'), expect.stringContaining('Praise')]));
    // Each item asked about once.
    const asked = f.sent.flatMap((m) => (m.type === 'items.classify' ? m.items.map((i) => i.nativeId) : []));
    expect(asked).toHaveLength(60);
    expect(new Set(asked).size).toBe(60);
  });

  it('still mount, as "…", when the background does not answer', async () => {
    drawPage(thread);
    const first = watchMounts();
    const f = fakeHost('chips', 'never');
    current = f.ctl;
    await startAssistant(xAdapter, f.host);
    await vi.waitFor(() => expect(first).toHaveLength(60), { timeout: 3000 });
    expect(first.every((t) => t.includes('…'))).toBe(true);
  });
});

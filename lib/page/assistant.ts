import type { Adapter, RawItem } from '../platforms/types';
import type { BrandProfile } from '../../entrypoints/background/profile';
import type { CsRequest } from '../messages';
import type { EngagementState } from '../store/schemas/engagement';
import type { Understanding } from '../understand';
import { resolveLanguage, type UiLanguage } from '../i18n';
import { createScanner, type Found } from './scanner';
import { mountChip, type ChipHandle, type ChipView } from './chip';
import { guardChips } from './chip-guard';
import { pageScheme } from './scheme';
import { chipScheduler } from './near-viewport';
import { chipText } from './messages';
import { buildPanelModel, intentOf } from './panel-model';
import { openPanel, type PanelHandle } from './panel';
import { insertReply, saveCaret, type InsertOutcome } from './insert-target';
import { copyText } from './clipboard';
import { itemId } from '../engagement/ids';
import { isBrandAuthor } from '../engagement/batch';
import { nearestToCentre } from './shortcut';
import type { PageCommand } from './page-commands';
import type { Suggestion } from '../suggest/types';
import { listenToExtension } from './runtime-listen';

/** What the content script entry gives the assistant: messaging and lifecycle, so this file stays testable. */
export interface AssistantHost {
  doc: Document;
  signal: AbortSignal;
  send: (msg: CsRequest) => Promise<unknown>;
  onLocationChange: (cb: () => void) => void;
  onProfileChange: (cb: () => void) => void;
  browserLanguage: string;
  /** False once the extension was reloaded or removed under this page: the old script then goes quiet. */
  alive?: () => boolean;
  /** Commands from our own extension (keyboard command, popup, side panel); the runtime listener when absent. */
  onCommand?: (handle: (cmd: PageCommand) => Promise<unknown>) => void;
}

const FLUSH_MS = 800;
const MAX_BATCH = 200;
const UNDERSTAND_WAIT_MS = 300;
const NO_HANDLES: readonly string[] = [];

interface Entry {
  el: Element;
  item: RawItem;
  chip?: ChipHandle & { item: Element; remounts: number };
  state?: EngagementState;
  /** Made by the background (the lexicons stay out of content scripts); until then the chip shows "…". */
  u?: Understanding;
  ready?: Promise<void>;
}

/** What the side panel lists for a page in side-panel mode (and the popup for any page). */
export interface PageItems {
  platform: string;
  mode: 'chips' | 'sidepanel';
  items: RawItem[];
}

/**
 * The on-page path for one platform: scan, understand, mount a chip per item (unless the platform is in side-panel
 * mode), open the reply panel from a chip or the keyboard command, and send what was seen to the background in batches.
 */
export async function startAssistant(adapter: Adapter, host: AssistantHost) {
  const { doc, signal } = host;
  let profile = await fetchProfile(host);
  let lang: UiLanguage = resolveLanguage(profile?.settings.uiLanguage ?? 'auto', host.browserLanguage);
  let t = chipText(lang);
  let scheme = pageScheme(doc);
  const entries = new Map<Element, Entry>();
  const byId = new Map<string, Entry>();
  const sent = new Set<string>();
  let pending: RawItem[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let panel: PanelHandle | null = null;

  const mode = (): 'chips' | 'sidepanel' => profile?.settings.onPageMode?.[adapter.platform] ?? (adapter.platform === 'linkedin' ? 'sidepanel' : 'chips');
  const chipsOn = () => mode() === 'chips';
  const handles = (): readonly string[] => profile?.brand?.handles?.[adapter.platform] ?? NO_HANDLES;
  const byBrand = (item: RawItem) => isBrandAuthor(item, profile?.brand?.handles ?? {});
  const answerable = (item: RawItem) => item.kind !== 'post' && !byBrand(item);

  const flush = () => {
    timer = undefined;
    while (pending.length && !signal.aborted) void sendSeen(pending.splice(0, MAX_BATCH), 1);
  };
  // A worker stopped mid-message loses the batch: it is sent again once, then left for the next sighting.
  const sendSeen = async (items: RawItem[], retries: number) => {
    // Sent as objects: packing them as one JSON string first costs the page twice as much (4.5 vs 2 ms per 200 items).
    const reply = (await host.send({ type: 'items.seen', items }).catch(() => null)) as { ok?: boolean } | null;
    if (reply?.ok || signal.aborted) return;
    if (retries > 0) setTimeout(() => void sendSeen(items, retries - 1), FLUSH_MS);
    else for (const item of items) sent.delete(seenKey(item));
  };
  const seenKey = (item: RawItem) => `${item.nativeId}|${item.kind}|${item.likedByMe ? 1 : 0}|${item.repliedByBrand ? 1 : 0}`;
  const queue = (item: RawItem) => {
    const key = seenKey(item);
    if (sent.has(key)) return;
    sent.add(key);
    pending.push(item);
    if (pending.length >= MAX_BATCH) flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  };

  const viewOf = (entry: Entry): ChipView => {
    const { item } = entry;
    if (!entry.u) {
      const label = t('pending');
      return { label, state: '', title: t('titlePending', { author: item.author.name || item.author.handle || '?' }), tone: 'normal', done: false };
    }
    const intent = intentOf(item, entry.u);
    const replied = entry.state === 'replied' || (item.repliedByBrand && entry.state !== 'new');
    const state =
      entry.state === 'dismissed' ? t('stateDismissed') : replied ? t('stateReplied') : entry.state === 'liked' || item.likedByMe ? t('stateLiked') : t('stateNew');
    return {
      label: t(intent),
      state,
      title: t('title', { intent: t(intent), author: item.author.name || item.author.handle || '?', state }),
      tone: intent === 'complaint' || intent === 'question' ? 'urgent' : intent === 'spam' || intent === 'troll' ? 'low' : 'normal',
      done: !!replied,
    };
  };

  // Understanding is asked for items that show a chip (or open a panel), not for every item of a long thread: the
  // chips asked for in one task go in one message.
  const unclassified: Entry[] = [];
  let nextAnswer: Promise<void> = Promise.resolve();
  const classifySoon = (entry: Entry): Promise<void> => {
    if (entry.u) return Promise.resolve();
    if (entry.ready) return entry.ready;
    if (!unclassified.length) {
      nextAnswer = new Promise((done) =>
        queueMicrotask(() => {
          const all = unclassified.splice(0);
          const asked: Promise<void>[] = [];
          for (let i = 0; i < all.length; i += MAX_BATCH) asked.push(classify(all.slice(i, i + MAX_BATCH)));
          done(Promise.all(asked).then(() => undefined));
        }),
      );
    }
    unclassified.push(entry);
    return (entry.ready = nextAnswer);
  };

  const mountFor = (entry: Entry) => {
    const anchor = adapter.anchor(entry.el);
    if (!anchor) return;
    const chip = mountChip(anchor, scheme, viewOf(entry), () => void openFor(entry, chip.button));
    entry.chip = Object.assign(chip, { item: entry.el, remounts: 0 });
    void classifySoon(entry);
  };

  /**
   * A long thread's chips mount once the background has understood their items, label included: a "…" chip followed
   * by its label would change the page twice, and each change costs the page a style, layout and paint of the whole
   * thread. A background slow to answer (a worker starting) gets the "…" chip after UNDERSTAND_WAIT_MS.
   */
  let patience: Promise<void> | null = null;
  const mountUnderstood = (el: Element) => {
    const entry = entries.get(el);
    if (!entry || entry.chip || !chipsOn()) return;
    // One timer for the runs that came near in this task.
    patience ??= new Promise((r) => {
      setTimeout(r, UNDERSTAND_WAIT_MS);
      queueMicrotask(() => (patience = null));
    });
    void Promise.race([classifySoon(entry), patience]).then(() => {
      if (entries.get(el) === entry && !entry.chip && chipsOn()) mountFor(entry);
    });
  };

  /** The background understands the items (the lexicons stay out of content scripts); chips update when it answers. */
  const classify = (batch: Entry[]): Promise<void> => {
    const ready = (async () => {
      const reply = (await host
        .send({ type: 'items.classify', items: batch.map((e) => ({ nativeId: e.item.nativeId, text: e.item.text })) })
        .catch(() => null)) as { ok?: boolean; data?: Record<string, Understanding> } | null;
      if (!reply?.ok || !reply.data || signal.aborted) return;
      for (const e of batch) {
        e.u = reply.data[e.item.nativeId];
        if (e.u) e.chip?.update(viewOf(e));
      }
    })();
    for (const e of batch) e.ready = ready;
    return ready;
  };

  // A few new items get their chip at once; a long thread's chips mount as they near the viewport.
  const chipsFor = chipScheduler((el) => {
    const e = entries.get(el);
    if (e && chipsOn() && !e.chip) mountFor(e);
  }, mountUnderstood);

  const onFound = (found: Found[], passSize: number) => {
    if (host.alive && !host.alive()) return;
    const needChips: Element[] = [];
    for (const { el, item } of found) {
      queue(item);
      if (!answerable(item)) continue;
      const known = byId.get(item.nativeId);
      const entry: Entry = { el, item, state: known?.state, u: known?.item.text === item.text ? known.u : undefined };
      entries.set(el, entry);
      byId.set(item.nativeId, entry);
      if (chipsOn() && !entry.chip) needChips.push(el);
    }
    chipsFor.add(needChips, passSize);
  };

  const scanner = createScanner({ adapter, doc, signal, onFound, readContext: () => ({ brandHandles: handles() }) });
  const guard = guardChips(
    doc,
    signal,
    function* () {
      for (const [el, e] of entries) if (e.chip) yield [el, e.chip] as [Element, NonNullable<Entry['chip']>];
    },
    (chip) => {
      const anchor = chip.item.isConnected ? adapter.anchor(chip.item) : null;
      if (!anchor) return false;
      chip.remount(anchor);
      return true;
    },
    (el) => {
      const e = entries.get(el);
      if (e?.chip && !e.el.isConnected) entries.delete(el);
      else if (e) e.chip = undefined;
    },
  );

  const setState = async (entry: Entry, state: EngagementState): Promise<boolean> => {
    const id = itemId(entry.item.platform, entry.item.nativeId);
    const reply = (await host.send({ type: 'item.setState', id, state }).catch(() => null)) as { ok?: boolean; data?: unknown } | null;
    if (!reply?.ok || reply.data !== true) return false;
    entry.state = state;
    entry.chip?.update(viewOf(entry));
    return true;
  };

  /** Opens the panel for one item: the caret in the platform's box is saved first, before our panel takes focus. */
  const openFor = async (entry: Entry, returnFocus: HTMLElement | null): Promise<boolean> => {
    const saved = saveCaret(doc);
    void host.send({ type: 'item.opened', item: entry.item }).catch(() => {});
    if (!chipsOn()) return true; // side-panel mode: the side panel shows it, nothing is added to the page
    panel?.close();
    const chipButton = entry.chip?.button;
    chipButton?.setAttribute('aria-expanded', 'true');
    if (!entry.u) {
      if (!entry.ready) classify([entry]);
      await entry.ready;
    }
    if (!entry.u) return false;
    const model = buildPanelModel(entry.item, entry.u, { state: entry.state });
    const opened = openPanel(doc, {
      model,
      lang,
      scheme,
      returnFocus: returnFocus ?? entry.chip?.button ?? null,
      actions: {
        insert: (text) => insertReply(adapter, entry.el, text, doc, saved),
        copy: (text) => copyText(text, opened.host.shadowRoot ?? doc.documentElement),
        setState: (state) => setState(entry, state),
      },
      onClosed: () => {
        chipButton?.setAttribute('aria-expanded', 'false');
        if (panel === opened) panel = null;
      },
    });
    panel = opened;
    const suggestions = await fetchSuggestions(host, entry.item);
    opened.update({ ...model, suggestions });
    return true;
  };

  const inView = (): Entry | null => {
    const live = [...entries.values()].filter((e) => e.el.isConnected);
    const height = doc.defaultView?.innerHeight ?? 0;
    return nearestToCentre(
      live.map((e) => {
        const r = e.el.getBoundingClientRect();
        return { value: e, top: r.top, bottom: r.bottom };
      }),
      height,
    );
  };

  const insertFor = async (nativeId: string, text: string): Promise<InsertOutcome> => {
    const entry = byId.get(nativeId);
    if (!entry || !entry.el.isConnected) return { ok: false, reason: 'gone' };
    return insertReply(adapter, entry.el, text, doc, saveCaret(doc));
  };

  const onCommand = async (cmd: PageCommand): Promise<unknown> => {
    switch (cmd.type) {
      case 'assistant.items': {
        const items = [...byId.values()].filter((e) => e.el.isConnected).map((e) => e.item);
        return { platform: adapter.platform, mode: mode(), items } satisfies PageItems;
      }
      case 'assistant.openInView': {
        const entry = inView();
        return entry ? { ok: await openFor(entry, null), nativeId: entry.item.nativeId } : { ok: false };
      }
      case 'assistant.open': {
        const entry = byId.get(cmd.nativeId);
        return entry?.el.isConnected ? { ok: await openFor(entry, null) } : { ok: false };
      }
      case 'assistant.insert':
        return insertFor(cmd.nativeId, cmd.text);
    }
  };
  if (host.onCommand) host.onCommand(onCommand);
  else listenToExtension(signal, onCommand);

  const reportHealth = () => {
    const url = doc.location?.href ?? '';
    try {
      void host.send({ type: 'health.report', url, health: adapter.health(doc, new URL(url), { brandHandles: handles() }, scanner.readOf) }).catch(() => {});
    } catch {
      // a page URL we cannot parse has nothing to report
    }
  };
  // The health check re-reads the page: it waits for an idle moment after load, not the middle of the user's scroll.
  const whenIdle = (fn: () => void) => setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : fn()), 2500);
  const healthTimer = whenIdle(reportHealth);

  const releaseAll = () => {
    panel?.close();
    chipsFor.disconnect();
    for (const e of entries.values()) e.chip?.remove();
    entries.clear();
    byId.clear();
  };
  host.onLocationChange(() => {
    // Single-page navigation: release the old page's items and chips, scan the new one.
    releaseAll();
    sent.clear();
    scheme = pageScheme(doc);
    scanner.reset();
    whenIdle(reportHealth);
  });
  host.onProfileChange(async () => {
    profile = await fetchProfile(host);
    lang = resolveLanguage(profile?.settings.uiLanguage ?? 'auto', host.browserLanguage);
    t = chipText(lang);
    const needChips: Element[] = [];
    for (const e of entries.values()) {
      if (!chipsOn()) {
        e.chip?.remove();
        e.chip = undefined;
      } else if (e.chip) e.chip.update(viewOf(e));
      else needChips.push(e.el);
    }
    chipsFor.add(needChips);
    if (!chipsOn()) panel?.close();
  });
  signal.addEventListener('abort', () => {
    clearTimeout(healthTimer);
    if (timer) clearTimeout(timer);
    releaseAll();
  });
  return { scanner, entries, guard, onCommand, get panel() { return panel; } };
}

async function fetchSuggestions(host: AssistantHost, item: RawItem): Promise<Suggestion[]> {
  try {
    const reply = (await host.send({ type: 'item.suggest', item })) as { ok: boolean; data?: Suggestion[] };
    return reply?.ok && Array.isArray(reply.data) ? reply.data : [];
  } catch {
    return [];
  }
}

async function fetchProfile(host: AssistantHost): Promise<BrandProfile | null> {
  try {
    const reply = (await host.send({ type: 'profile.get' })) as { ok: boolean; data?: BrandProfile };
    return reply?.ok ? (reply.data ?? null) : null;
  } catch {
    return null;
  }
}

import type { Adapter, RawItem } from '../platforms/types';
import type { BrandProfile } from '../../entrypoints/background/profile';
import type { CsMessage } from '../messages';
import { understand } from '../understand';
import { resolveLanguage, type UiLanguage } from '../i18n';
import { createScanner, type Found } from './scanner';
import { mountChip, type ChipHandle, type ChipView } from './chip';
import { pageScheme } from './scheme';
import { chipText } from './messages';

/** What the content script entry gives the assistant: messaging and lifecycle, so this file stays testable. */
export interface AssistantHost {
  doc: Document;
  signal: AbortSignal;
  send: (msg: CsMessage) => Promise<unknown>;
  onLocationChange: (cb: () => void) => void;
  onProfileChange: (cb: () => void) => void;
  browserLanguage: string;
}

const FLUSH_MS = 800;
const MAX_BATCH = 200;

/**
 * The on-page path for one platform: scan, understand, mount a chip per item (unless the platform is in side-panel
 * mode), and send what was seen to the background in batches.
 */
export async function startAssistant(adapter: Adapter, host: AssistantHost) {
  const { doc, signal } = host;
  let profile = await fetchProfile(host);
  let lang: UiLanguage = resolveLanguage(profile?.settings.uiLanguage ?? 'auto', host.browserLanguage);
  let t = chipText(lang);
  let scheme = pageScheme(doc);
  const chips = new Map<Element, ChipHandle>();
  const sent = new Set<string>();
  let pending: RawItem[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const chipsOn = () => (profile?.settings.onPageMode?.[adapter.platform] ?? 'chips') === 'chips';
  const handles = () => profile?.brand?.handles?.[adapter.platform] ?? [];
  const byBrand = (item: RawItem) =>
    !!item.author.handle && handles().some((h) => h.replace(/^@/, '').toLowerCase() === item.author.handle!.replace(/^@/, '').toLowerCase());

  const flush = () => {
    timer = undefined;
    while (pending.length && !signal.aborted) {
      void host.send({ type: 'items.seen', items: pending.splice(0, MAX_BATCH) }).catch(() => {});
    }
  };
  const queue = (item: RawItem) => {
    const key = `${item.nativeId}|${item.kind}|${item.likedByMe ? 1 : 0}|${item.repliedByBrand ? 1 : 0}`;
    if (sent.has(key)) return;
    sent.add(key);
    pending.push(item);
    if (pending.length >= MAX_BATCH) flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  };

  const viewOf = (item: RawItem): ChipView => {
    const u = understand(item.text, { brandNames: [profile?.brand?.name ?? '', ...(profile?.brand?.keywords ?? [])].filter(Boolean) });
    const intent = item.kind === 'mention' || item.kind === 'share' ? item.kind : u.intent;
    const state = item.repliedByBrand ? t('stateReplied') : item.likedByMe ? t('stateLiked') : t('stateNew');
    return {
      label: t(intent),
      state,
      title: t('title', { intent: t(intent), author: item.author.name || item.author.handle || '?', state }),
      tone: intent === 'complaint' || intent === 'question' ? 'urgent' : intent === 'spam' || intent === 'troll' ? 'low' : 'normal',
      done: !!item.repliedByBrand,
    };
  };

  const onFound = (found: Found[]) => {
    for (const { el, item } of found) {
      queue(item);
      if (!chipsOn() || item.kind === 'post' || byBrand(item)) continue;
      const anchor = adapter.anchor(el);
      if (!anchor || chips.has(el)) continue;
      chips.set(el, mountChip(anchor, scheme, viewOf(item), () => void host.send({ type: 'item.opened', item }).catch(() => {})));
    }
  };

  const scanner = createScanner({ adapter, doc, signal, onFound, readContext: () => ({ brandHandles: handles() }) });

  const reportHealth = () => {
    const url = doc.location?.href ?? '';
    try {
      void host.send({ type: 'health.report', url, health: adapter.health(doc, new URL(url), { brandHandles: handles() }) }).catch(() => {});
    } catch {
      // a page URL we cannot parse has nothing to report
    }
  };
  const healthTimer = setTimeout(reportHealth, 2500);

  host.onLocationChange(() => {
    // Single-page navigation: release the old page's items and chips, scan the new one.
    for (const chip of chips.values()) chip.remove();
    chips.clear();
    sent.clear();
    scheme = pageScheme(doc);
    scanner.reset();
    setTimeout(reportHealth, 2500);
  });
  host.onProfileChange(async () => {
    profile = await fetchProfile(host);
    lang = resolveLanguage(profile?.settings.uiLanguage ?? 'auto', host.browserLanguage);
    t = chipText(lang);
  });
  signal.addEventListener('abort', () => {
    clearTimeout(healthTimer);
    if (timer) clearTimeout(timer);
    for (const chip of chips.values()) chip.remove();
    chips.clear();
  });
  return { scanner, chips };
}

async function fetchProfile(host: AssistantHost): Promise<BrandProfile | null> {
  try {
    const reply = (await host.send({ type: 'profile.get' })) as { ok: boolean; data?: BrandProfile };
    return reply?.ok ? (reply.data ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Threads. No real snapshot exists; sample pages are look-alikes: test/fixtures/platforms/threads/post-2025.lookalike.html,
 * activity-2025.lookalike.html. Every post and reply is a pressable container with its permalink and time.
 */
import { countBy, documentUrl, firstOwned, healthReport, isoDate, linkUrl, parsedUrl, querySelectorFirst, readableText } from './dom';
import { brandLinkCandidates, isBrandHandle, untilPageChanges, plainLabel } from './dom-social';
import { hasLabel, isLabel, labelsFor } from './labels';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const THREADS_SELECTORS = {
  /** A post, reply or activity row (official5ETa/ThreadsAutoComment threadsQs.ts, 2023-12; still in 2025). */
  item: '[data-pressable-container]',
  /** Permalink with its timestamp: /@user/post/<code> (2023-2025). */
  time: 'a[href*="/post/"] time[datetime]',
  /** Text spans (div:has(>span[dir]) in threadsQs.ts). */
  text: 'span[dir="auto"]',
  icon: 'svg[aria-label]',
  /** Reply box in the reply dialog, then any textbox (threadsQs.ts). */
  composer: ['div[role="dialog"] [contenteditable="true"][role="textbox"]', '[contenteditable="true"][role="textbox"]'],
} as const;

const HOSTS = /(^|\.)threads\.(?:com|net)$/;
const POST_PATH = /^\/@([^/]+)\/post\/([A-Za-z0-9_-]+)/;

export function threadsPageKind(url: URL): PageKind {
  if (!HOSTS.test(url.hostname)) return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (POST_PATH.test(path)) return 'post';
  if (/^\/activity(?:\/[a-z_]+)?$/.test(path)) return 'notifications';
  if (path === '/' || /^\/(?:search|for_you|following|liked|saved)$/.test(path)) return 'feed';
  if (/^\/@[^/]+(?:\/(?:replies|reposts|media))?$/.test(path)) return 'profile';
  return 'other';
}

const holdsItems = untilPageChanges((item: Element) => item.querySelector(THREADS_SELECTORS.item) !== null);

/** Whether `el`, inside `item`, is its own rather than a nested item's. Most items hold none: no climb per match. */
function ownedBy(item: Element): (el: Element) => boolean {
  return holdsItems(item) ? (el) => el.parentElement?.closest(THREADS_SELECTORS.item) === item : () => true;
}

function ownAll(item: Element, selector: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter(ownedBy(item));
}

/** The first own match passing `test`. */
function own(item: Element, selector: string, test?: (el: Element) => boolean): Element | undefined {
  return firstOwned(item, selector, ownedBy(item), test);
}

function authorOf(item: Element): RawItem['author'] | null {
  const link = own(item, 'a[href^="/@"]', (a) => {
    if (/\/post\//.test(a.getAttribute('href') ?? '')) return false;
    const label = plainLabel(a);
    return label !== '' && !label.startsWith('@');
  });
  const handle = /^\/@([^/?#]+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return handle ? { name: handle, handle, url: `https://www.threads.com/@${handle}` } : null;
}

function textOf(item: Element): string {
  return readableText(own(item, THREADS_SELECTORS.text, (s) => !s.closest('a') && !s.parentElement?.closest(THREADS_SELECTORS.text)));
}

/** The item's own like icon says it: "Unlike" when liked, "Like" when not; the first icon that tells. */
function likedOf(item: Element): boolean | undefined {
  const unlike = labelsFor('threads', item, 'unlike');
  const like = labelsFor('threads', item, 'like');
  const icon = own(item, THREADS_SELECTORS.icon, (svg) => {
    const label = svg.getAttribute('aria-label');
    return isLabel(label, unlike) || isLabel(label, like);
  });
  return icon ? isLabel(icon.getAttribute('aria-label'), unlike) : undefined;
}

function codeOf(item: Element): { code: string; link: Element; time: Element } | undefined {
  const time = own(item, THREADS_SELECTORS.time);
  const link = time?.closest('a');
  const code = link ? POST_PATH.exec(link.getAttribute('href') ?? '')?.[2] : undefined;
  return code && link && time ? { code, link, time } : undefined;
}

function activityKind(item: Element): ItemKind | null {
  const words = ownAll(item, 'span')
    .filter((s) => !s.closest('a') && !s.querySelector('a'))
    .map(plainLabel)
    .join(' ');
  if (hasLabel(words, labelsFor('threads', item, 'mentioned'))) return 'mention';
  if (hasLabel(words, labelsFor('threads', item, 'quoted'))) return 'quote';
  if (hasLabel(words, labelsFor('threads', item, 'reposted'))) return 'share';
  return null;
}

/** Each item's position in the page, once per scan slice: comparing positions item by item walks every sibling. */
const pageOrder = untilPageChanges((doc: Document) => new Map(Array.from(doc.querySelectorAll(THREADS_SELECTORS.item)).map((el, i) => [el, i] as const)));

/** Whether `b` comes after `a` in the page. */
function follows(a: Element, b: Element): boolean {
  const order = pageOrder(a.ownerDocument);
  const i = order.get(a);
  const j = order.get(b);
  return i !== undefined && j !== undefined ? j > i : (a.compareDocumentPosition(b) & 4) !== 0;
}

/** Position in a reply thread: the first item of a group answers the focused post, the next ones the item before. */
function threadPlace(item: Element, focused: Element | undefined): { kind: ItemKind; depth: number; parent?: Element } {
  if (!focused || item === focused || !follows(focused, item)) return { kind: 'post', depth: 0 };
  const group = item.parentElement;
  if (!group || group.contains(focused)) return { kind: 'comment', depth: 1, parent: focused };
  const siblings = Array.from(group.children).filter((c) => c.matches(THREADS_SELECTORS.item));
  const index = siblings.indexOf(item);
  return index > 0 ? { kind: 'reply', depth: 2, parent: siblings[index - 1] } : { kind: 'comment', depth: 1, parent: focused };
}

const focusedOf = untilPageChanges((doc: Document): Element | undefined => {
  const href = documentUrl(doc);
  const code = href ? POST_PATH.exec(new URL(href).pathname)?.[2] : undefined;
  if (!code) return undefined;
  return Array.from(doc.querySelectorAll(THREADS_SELECTORS.item)).find((i) => codeOf(i)?.code === code);
});

/** Items holding a link that names one of the brand's handles: the only ones whose author needs a full check. */
function brandItems(doc: Document, ctx?: ReadContext): Element[] {
  const items = brandLinkCandidates(doc, ctx).map((a) => a.closest(THREADS_SELECTORS.item));
  return [...new Set(items)].filter((i): i is Element => i !== null);
}

function readItem(item: Element, ctx?: ReadContext): RawItem | null {
  const author = authorOf(item);
  const id = codeOf(item);
  if (!author || !id) return null;
  const url = documentUrl(item);
  const page = url ? threadsPageKind(parsedUrl(url)) : 'other';
  const base = {
    platform: 'threads' as const,
    nativeId: id.code,
    author,
    text: textOf(item),
    postedAt: isoDate(id.time.getAttribute('datetime')),
    permalink: linkUrl(id.link),
  };
  if (page === 'notifications') {
    const kind = activityKind(item);
    if (kind !== 'share') return kind ? { ...base, kind } : null;
    // A repost links to the reposted post: its own identity is the pair, its parent the post.
    return { ...base, kind, nativeId: `${id.code}:repost:${author.handle}`, parentId: id.code };
  }
  const focused = page === 'post' ? focusedOf(item.ownerDocument) : undefined;
  const place = threadPlace(item, focused);
  const later = (el: Element) => follows(item, el);
  const answers =
    item === focused
      ? brandItems(item.ownerDocument, ctx).filter((c) => later(c) && threadPlace(c, focused).parent === focused)
      : item.parentElement && !item.parentElement.contains(focused ?? null)
        ? Array.from(item.parentElement.children).filter((c) => c.matches(THREADS_SELECTORS.item) && later(c))
        : [];
  return {
    ...base,
    kind: place.kind,
    parentId: place.parent ? codeOf(place.parent)?.code : undefined,
    depth: place.depth,
    likedByMe: likedOf(item),
    repliedByBrand: answers.some((a) => isBrandHandle(authorOf(a)?.handle, ctx)),
  };
}

function findItems(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(THREADS_SELECTORS.item));
}

function findComposer(root: ParentNode): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(root, THREADS_SELECTORS.composer);
}

function composerKind(el: Element): ComposerKind {
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function replyTarget(el: Element): HTMLElement | null {
  const labels = labelsFor('threads', el, 'reply');
  const icon = own(el, THREADS_SELECTORS.icon, (svg) => isLabel(svg.getAttribute('aria-label'), labels));
  return (icon?.closest('[role="button"]') as HTMLElement | null) ?? null;
}

function anchor(el: Element): Element | null {
  return replyTarget(el)?.parentElement ?? el;
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readItem(el, ctx)): Health {
  const pageKind = threadsPageKind(url);
  const elements = findItems(root);
  const read = elements.map((el) => ({ el, item: readOf(el) }));
  const items = read.flatMap((r) => (r.item ? [r.item] : []));
  const found = countBy(items, (i) => i.kind);
  const expected = pageKind === 'post' ? ['post', 'comment'] : pageKind === 'notifications' ? ['mention', 'share', 'quote'] : ['post'];
  const problems: string[] = [];
  if (pageKind !== 'notifications') {
    const unread = read.filter((r) => !r.item).length;
    if (unread > 0) problems.push(`Threads: ${unread} post(s) found but not readable (author or permalink missing)`);
  }
  const dated = root.querySelectorAll(THREADS_SELECTORS.time).length;
  if (pageKind === 'post') {
    if (!found.comment && !found.reply && dated > 1) problems.push(`Threads: ${dated - 1} repl(ies) shown under this post but none detected (markup changed?)`);
    if (!found.post) problems.push('Threads: the post itself was not detected on this post page');
  }
  if (pageKind === 'notifications' && elements.length === 0 && dated > 0) problems.push('Threads: activity rows are shown but none was detected');
  if ((pageKind === 'feed' || pageKind === 'profile') && items.length === 0 && dated > 0) problems.push('Threads: posts are shown but none was detected');
  return healthReport({ platform: 'threads', pageKind, expected }, found, problems);
}

export const threadsAdapter: Adapter = {
  platform: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*', 'https://threads.com/*', 'https://threads.net/*'],
  pageKind: threadsPageKind,
  findItems,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj (post), https://www.threads.com/ (feed),
// https://www.threads.com/activity (notifications), https://www.threads.net/@zuck (profile)

/**
 * Threads. No real snapshot exists; sample pages are look-alikes: test/fixtures/platforms/threads/post-2025.lookalike.html,
 * activity-2025.lookalike.html, feed-reposts-2025.lookalike.html. Every post and reply is a pressable container with its
 * permalink and time.
 *
 * Reposts and quotes. Threads' data keeps a repost as the reposter's shell around the original
 * (`text_post_app_info.share_info.reposted_post`) and a quote as a post holding `share_info.quoted_post`; the web shows a
 * repost as the original post, with its author and /@author/post/<code> permalink, under a line naming the reposter.
 * The permalink names the post's author, so a first profile link naming someone else is that line's, whatever its
 * words (feeds and profiles). A post shown more than once on a feed (reposted by two people, reposted and shown
 * itself, quoted) is read once. A quote holds the quoted post as an item of its own: the outer post's parts are its own,
 * and it is a 'quote' when the quoted post is the brand's.
 */
import { countBy, documentOf, documentUrl, firstOwned, healthReport, httpUrl, isoDate, lastOf, listOf, parsedUrl, querySelectorFirst, readableText, selfAndBelow } from './dom';
import { brandLinkCandidates, depthOf, isBrandHandle, untilPageChanges, plainLabel } from './dom-social';
import { foldLabel, isLabel, labelsFor, labelTable } from './labels';
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

const ALL_OWNED = () => true;

/** Whether `el`, inside `item`, is its own rather than a nested item's. Most items hold none: no climb per match. */
function ownedBy(item: Element, nested = holdsItems(item)): (el: Element) => boolean {
  return nested ? (el) => el.parentElement?.closest(THREADS_SELECTORS.item) === item : ALL_OWNED;
}

function ownAll(item: Element, selector: string): Element[] {
  return listOf(item.querySelectorAll(selector)).filter(ownedBy(item));
}

/** The first own match passing `test`. */
function own(item: Element, selector: string, test?: (el: Element) => boolean): Element | undefined {
  return firstOwned(item, selector, ownedBy(item), test);
}

/** What a read needs of an item: author handle, permalink and time, text, like state. */
interface Parts {
  handle?: string;
  /** The handle the permalink names (/@<poster>/post/<code>): the post's author. */
  poster?: string;
  code?: string;
  href?: string;
  time?: Element;
  text?: Element;
  liked?: boolean;
  /** A later own permalink to another post (a quoted post shown inside the item without an item of its own). */
  otherHref?: string;
}

/** Which parts partsOf looks for (flags): a caller needing the author alone searches nothing else. */
const AUTHOR = 1;
const TIME = 2;
const TEXT = 4;
const ICON = 8;
const ALL_PARTS = AUTHOR | TIME | TEXT | ICON;

const TEXT_HOLDERS = `a, ${THREADS_SELECTORS.text}`;
/** Profile links and permalinks (/@user, /@user/post/<code>): where an item's author link is. */
const AUTHOR_LINKS = 'a[href^="/@"]';

const likeLabelsOf = labelTable('threads', ['like', 'unlike']);

/**
 * What an icon's label says, per page language: 'unlike' (liked), 'like', or null; isLabel against both lists,
 * remembered per label (a page's icons carry a handful of labels) so each is folded once, not once per icon read.
 */
type LikeWord = 'like' | 'unlike' | null;
const likeWordsByTable = new WeakMap<object, Map<string, LikeWord>>();

function likeWordOf(label: string, item: Element): LikeWord {
  const labels = likeLabelsOf(item);
  let known = likeWordsByTable.get(labels);
  if (!known) likeWordsByTable.set(labels, (known = new Map()));
  let word = known.get(label);
  if (word === undefined) {
    word = isLabel(label, labels.unlike) ? 'unlike' : isLabel(label, labels.like) ? 'like' : null;
    if (known.size > 200) known.clear(); // labels are few; a page that keeps inventing them does not grow this
    known.set(label, word);
  }
  return word;
}

/**
 * The item's own parts, each the first own match passing its test: the author link (a profile link, not a permalink,
 * labelled, not an "@mention"), the first permalinked time and a later one naming another post (a quoted post shown
 * without an item of its own), the first text span outside links and other text spans, the first icon saying "Like"
 * or "Unlike". The text is the first one after the time when there is one: a line above the post ("X reposted", "You
 * reposted") comes before its time, the post's words after it. One single-selector query per part: no selector
 * list matched against each of the item's elements, and only the few elements each query lists are handed to script.
 */
function partsOf(item: Element, owned = ownedBy(item), want = ALL_PARTS): Parts {
  const parts: Parts = {};
  if (want & AUTHOR) {
    const links = item.querySelectorAll(AUTHOR_LINKS);
    for (let i = 0, n = links.length; i < n; i++) {
      const a = links[i];
      const href = a.getAttribute('href')!;
      if (href.includes('/post/')) continue;
      // An avatar link holds no text at all: no label to work out.
      const label = a.textContent ? plainLabel(a) : '';
      if (label === '' || label.startsWith('@') || !owned(a)) continue;
      parts.handle = /^\/@([^/?#]+)/.exec(href)?.[1];
      break;
    }
  }
  let first: Element | undefined;
  if (want & (TIME | TEXT)) {
    const times = item.querySelectorAll(THREADS_SELECTORS.time);
    for (let i = 0, n = times.length; i < n; i++) {
      const time = times[i];
      const href = time.closest('a')?.getAttribute('href');
      if (!href?.includes('/post/') || !owned(time)) continue;
      const path = POST_PATH.exec(href);
      if (!first) {
        first = time;
        if (!path) break;
        parts.poster = path[1];
        parts.code = path[2];
        parts.href = href;
        parts.time = time;
      } else if (path && path[2] !== parts.code) {
        parts.otherHref = href;
        break;
      }
    }
  }
  if (want & TEXT) {
    const spans = item.querySelectorAll(THREADS_SELECTORS.text);
    for (let i = 0, n = spans.length; i < n; i++) {
      const span = spans[i];
      // Outside links and other text spans: one climb for both (the span itself is neither a link nor above itself).
      if (span.parentElement?.closest(TEXT_HOLDERS) || !owned(span)) continue;
      parts.text ??= span;
      if (!first || first.compareDocumentPosition(span) & 4 /* FOLLOWING */) {
        parts.text = span;
        break;
      }
    }
  }
  if (want & ICON) {
    const icons = item.querySelectorAll(THREADS_SELECTORS.icon);
    for (let i = 0, n = icons.length; i < n; i++) {
      const word = likeWordOf(icons[i].getAttribute('aria-label')!, item);
      if (!word || !owned(icons[i])) continue;
      parts.liked = word === 'unlike';
      break;
    }
  }
  return parts;
}

/** Whether two handles are one (handles are lower case; a link may not be). */
function sameHandle(a: string | undefined, b: string | undefined): boolean {
  return a === b || (!!a && !!b && a.toLowerCase() === b.toLowerCase());
}

const authorFrom = (handle: string | undefined): RawItem['author'] | null =>
  handle ? { name: handle, handle, url: `https://www.threads.com/@${handle}` } : null;

const activityLabelsOf = labelTable('threads', ['mentioned', 'quoted', 'reposted']);

/** Longest line read as an activity row's context line ("Reposted your thread"); a post's words are longer. */
const CONTEXT_LINE_MAX = 80;

/**
 * What an activity row tells: its context line, a span of its own (outside links, holding none) starting with one of
 * the labels (shapoco/threads-fixer dist/threads-fixer.user.js finds a row by such a span, its whole text the label).
 * Only the start of a short line counts: the row also shows the post's words, which may say "reposted".
 */
function activityKind(item: Element): ItemKind | null {
  const labels = activityLabelsOf(item);
  for (const span of ownAll(item, 'span')) {
    if (span.closest('a') || span.querySelector('a')) continue;
    const line = plainLabel(span);
    if (!line || line.length > CONTEXT_LINE_MAX) continue;
    const folded = foldLabel(line);
    const starts = (variants: readonly string[]) => variants.some((v) => folded.startsWith(foldLabel(v)));
    if (starts(labels.mentioned)) return 'mention';
    if (starts(labels.quoted)) return 'quote';
    if (starts(labels.reposted)) return 'share';
  }
  return null;
}

/** Whether `b` comes after `a` in the page (`order`: each item's position, from focusedOf, when known). */
function follows(order: Map<Element, number> | undefined, a: Element, b: Element): boolean {
  const i = order?.get(a);
  const j = order?.get(b);
  return i !== undefined && j !== undefined ? j > i : (a.compareDocumentPosition(b) & 4) !== 0;
}

/** Position in a reply thread: the first item of a group answers the focused post, the next ones the item before. */
function threadPlace(item: Element, focus: Focus): { kind: ItemKind; depth: number; parent?: Element } {
  const focused = focus.el;
  if (item === focused || focus.embedded?.has(item) || !follows(focus.order, focused, item)) return { kind: 'post', depth: 0 };
  const siblings = groupOf(item, focus);
  const index = siblings ? siblings.indexOf(item) : -1;
  if (!siblings) return { kind: 'comment', depth: 1, parent: focused };
  return index > 0 ? { kind: 'reply', depth: 2, parent: siblings[index - 1] } : { kind: 'comment', depth: 1, parent: focused };
}

/**
 * The post a post page is about, its code, each item's position (comparing positions item by item walks every
 * sibling), and the reply chains when the page's nesting shows them (`groups`: item -> the items of its chain).
 */
interface Focus {
  el: Element;
  code: string;
  order: Map<Element, number>;
  groups?: Map<Element, Element[]>;
  /** Items inside the focused post (the post it quotes): none of its answers. */
  embedded?: Set<Element>;
}

/**
 * The reply chains under the focused post, from the nesting alone: two answers of one chain meet in their chain's
 * container, two chains meet higher, in the list. Real pages wrap each item in several elements, so the item's
 * parent is no chain (official5ETa/ThreadsAutoComment and later scripts only say every post and reply is a
 * data-pressable-container, the first one the post). Undefined when all answers meet at one level (one chain, or
 * chains of one item each): the item's parent decides then.
 */
function chainsOf(items: NodeListOf<Element>, from: number): Map<Element, Element[]> | undefined {
  const answers: Element[] = [];
  for (let i = from; i < items.length; i++) if (!items[i].parentElement?.closest(THREADS_SELECTORS.item)) answers.push(items[i]);
  const meets: number[] = [];
  const known = new Map<Element, number>();
  let top = Infinity;
  let deeper = false;
  for (let i = 1; i < answers.length; i++) {
    let shared = answers[i].parentElement;
    while (shared && !shared.contains(answers[i - 1])) shared = shared.parentElement;
    const depth = shared ? depthOf(shared, known) : 0;
    meets[i] = depth;
    if (depth !== top && top !== Infinity) deeper = true;
    top = Math.min(top, depth);
  }
  if (!deeper) return undefined;
  const groups = new Map<Element, Element[]>();
  let chain: Element[] = [];
  for (let i = 0; i < answers.length; i++) {
    if (i === 0 || meets[i] === top) chain = [];
    chain.push(answers[i]);
    groups.set(answers[i], chain);
  }
  return groups;
}

/** The items of an answer's chain in page order, or undefined when it answers the focused post directly. */
function groupOf(item: Element, focus: Focus | undefined): Element[] | undefined {
  const chain = focus?.groups?.get(item);
  if (chain) return chain;
  const group = item.parentElement;
  return group && !(focus && group.contains(focus.el)) ? itemsAmong(group.children) : undefined;
}

const focusedOf = untilPageChanges((doc: Document): Focus | undefined => {
  const href = documentUrl(doc);
  const code = href ? POST_PATH.exec(new URL(href).pathname)?.[2] : undefined;
  if (!code) return undefined;
  const items = doc.querySelectorAll(THREADS_SELECTORS.item);
  let at = -1;
  for (let i = 0; i < items.length && at < 0; i++) if (partsOf(items[i], ownedBy(items[i]), TIME).code === code) at = i;
  if (at < 0) return undefined;
  const order = new Map<Element, number>();
  for (let i = 0, n = items.length; i < n; i++) order.set(items[i], i);
  const el = items[at];
  const embedded = el.querySelector(THREADS_SELECTORS.item) ? new Set(el.querySelectorAll(THREADS_SELECTORS.item)) : undefined;
  return { el, code, order, groups: chainsOf(items, at + 1), embedded };
});

/** The kind of page an item is on, worked out once per address rather than once per item. */
const pageKindAt = lastOf((href: string) => threadsPageKind(parsedUrl(href)));
const pageKindOf = (href: string | undefined): PageKind => (href ? pageKindAt(href) : 'other');

/** The items among a group's children. */
function itemsAmong(children: HTMLCollection): Element[] {
  const items: Element[] = [];
  for (let i = 0; i < children.length; i++) if (children[i].matches(THREADS_SELECTORS.item)) items.push(children[i]);
  return items;
}

/** Items holding a link that names one of the brand's handles: the only ones whose author needs a full check. */
function brandItems(doc: Document, ctx?: ReadContext): Element[] {
  const items = brandLinkCandidates(doc, ctx).map((a) => a.closest(THREADS_SELECTORS.item));
  return [...new Set(items)].filter((i): i is Element => i !== null);
}

/**
 * The cards of a feed or profile page by the post they show (each card's first own permalinked time, as partsOf reads
 * it), for a post shown more than once: one page-wide pass when the page changes, not one per card.
 */
interface Cards {
  byCode: Map<string, Element[]>;
  codeOf: Map<Element, string>;
  /** The card read for a post shown more than once, worked out when first asked. */
  readers: Map<string, Element>;
}

const cardsOf = untilPageChanges((doc: Document): Cards => {
  const byCode = new Map<string, Element[]>();
  const codeOf = new Map<Element, string>();
  const dated = new Set<Element>();
  for (const time of doc.querySelectorAll(THREADS_SELECTORS.time)) {
    const card = time.closest(THREADS_SELECTORS.item);
    if (!card || dated.has(card)) continue;
    dated.add(card);
    const href = time.closest('a')?.getAttribute('href');
    const code = href ? POST_PATH.exec(href)?.[2] : undefined;
    if (!code) continue;
    codeOf.set(card, code);
    const list = byCode.get(code);
    if (list) list.push(card);
    else byCode.set(code, [card]);
  }
  return { byCode, codeOf, readers: new Map() };
});

/** Whether a card shows a post as a copy: inside another card (quoted), or under a line naming its reposter. */
function isCopy(card: Element): boolean {
  if (card.parentElement?.closest(THREADS_SELECTORS.item)) return true;
  const parts = partsOf(card, ownedBy(card), AUTHOR | TIME);
  return !!parts.code && !sameHandle(parts.poster, parts.handle);
}

/** The card read for a post shown on several cards: its own card (the first one), else its first copy. */
function readerOf(cards: Cards, code: string): Element | undefined {
  const list = cards.byCode.get(code);
  if (!list || list.length < 2) return list?.[0];
  let reader = cards.readers.get(code);
  if (!reader) cards.readers.set(code, (reader = list.find((card) => !isCopy(card)) ?? list[0]));
  return reader;
}

/** Whether `card`, on a feed or a profile, shows a post another card of the page is read for. */
function shownElsewhere(card: Element): boolean {
  const cards = cardsOf(documentOf(card));
  const code = cards.codeOf.get(card);
  const reader = code ? readerOf(cards, code) : undefined;
  return !!reader && reader !== card;
}

/** Handle and code of a permalink. */
function postOf(href: string | undefined): { poster: string; code: string } | undefined {
  const path = href ? POST_PATH.exec(href) : null;
  return path ? { poster: path[1], code: path[2] } : undefined;
}

/** The post an item shows inside it (a quoted post): its nested item's permalink, else a later permalink of its own. */
function quotedPost(nested: Element | null, parts: Parts): { poster: string; code: string } | undefined {
  const href = nested ? partsOf(nested, ownedBy(nested), TIME).href : parts.otherHref;
  return postOf(href);
}

function readActivity(item: Element, nested: Element | null, parts: Parts): RawItem | null {
  const author = authorFrom(parts.handle);
  const kind = activityKind(item);
  if (!author || !kind) return null;
  const pageUrl = documentUrl(item);
  const base = {
    platform: 'threads' as const,
    nativeId: parts.code!,
    author,
    text: readableText(parts.text),
    postedAt: isoDate(parts.time!.getAttribute('datetime')),
    permalink: httpUrl(parts.href, pageUrl),
  };
  // A repost links to the reposted post: its own identity is the pair, its parent the post.
  if (kind === 'share') return { ...base, kind, nativeId: `${parts.code}:repost:${author.handle}`, parentId: parts.code };
  // A quote links to the quoting post; the quoted one, when the row shows it, is its parent.
  if (kind === 'quote') return { ...base, kind, parentId: quotedPost(nested, parts)?.code };
  return { ...base, kind };
}

function readItem(item: Element, ctx?: ReadContext): RawItem | null {
  const nested = item.querySelector(THREADS_SELECTORS.item);
  const parts = partsOf(item, ownedBy(item, nested !== null));
  if (!parts.handle || !parts.code) return null;
  const pageUrl = documentUrl(item);
  const page = pageKindOf(pageUrl);
  if (page === 'notifications') return readActivity(item, nested, parts);
  // The permalink names the author: a first profile link naming someone else is the reposter's, above the post.
  const author = authorFrom(sameHandle(parts.poster, parts.handle) ? parts.handle : parts.poster)!;
  if (page !== 'post' && shownElsewhere(item)) return null;
  const nativeId = parts.code;
  const text = readableText(parts.text);
  const postedAt = isoDate(parts.time!.getAttribute('datetime'));
  const permalink = httpUrl(parts.href, pageUrl);
  const focus = page === 'post' ? focusedOf(documentOf(item)) : undefined;
  const focused = focus?.el;
  const answering = !!focus && item !== focus.el && !focus.embedded?.has(item) && follows(focus.order, focus.el, item);
  const brand = !!ctx?.brandHandles?.length;
  // The items of the item's chain (none when it answers the focused post directly); only when the place in the
  // thread or the brand's answer needs them.
  const siblings = answering || (brand && item !== focused) ? groupOf(item, focus) : undefined;
  const at = siblings ? siblings.indexOf(item) : -1;
  let kind: ItemKind = 'post';
  let depth = 0;
  let parentId: string | undefined;
  if (answering) {
    const previous = siblings && at > 0 ? siblings[at - 1] : undefined;
    kind = previous ? 'reply' : 'comment';
    depth = previous ? 2 : 1;
    parentId = previous ? partsOf(previous, ownedBy(previous), TIME).code : focus.code;
  } else if (brand && (nested || parts.otherHref)) {
    // A post quoting the brand's post is a quote of it; quoting anyone else's, a post.
    const quoted = quotedPost(nested, parts);
    if (quoted && isBrandHandle(quoted.poster, ctx)) {
      kind = 'quote';
      parentId = quoted.code;
    }
  }
  return {
    platform: 'threads',
    nativeId,
    author,
    text,
    postedAt,
    permalink,
    kind,
    parentId,
    depth,
    likedByMe: parts.liked,
    repliedByBrand: brand ? brandAnswered(item, focus, siblings, at, ctx!) : false,
  };
}

/**
 * Whether the brand answered: under the focused post, a comment of the brand; under another item, a later item of
 * its group by the brand.
 */
function brandAnswered(item: Element, focus: Focus | undefined, siblings: Element[] | undefined, at: number, ctx: ReadContext): boolean {
  const answers =
    focus && item === focus.el
      ? brandItems(documentOf(item), ctx).filter((c) => follows(focus.order, item, c) && threadPlace(c, focus).parent === focus.el)
      : siblings
        ? at >= 0 ? siblings.slice(at + 1) : siblings.filter((el) => follows(focus?.order, item, el))
        : [];
  // Only the author of each answer: a query for author links alone.
  return answers.some((a) => isBrandHandle(partsOf(a, ownedBy(a), AUTHOR).handle, ctx));
}

function findItems(root: ParentNode): Element[] {
  return listOf(root.querySelectorAll(THREADS_SELECTORS.item));
}

const itemsIn = (added: Element): Element[] => selfAndBelow(added, [THREADS_SELECTORS.item]);

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
    // A post shown on several cards of a feed is read on one of them: the others are no misses.
    const unread = read.filter((r) => !r.item && !(pageKind !== 'post' && shownElsewhere(r.el))).length;
    if (unread > 0) problems.push(`Threads: ${unread} post(s) found but not readable (author or permalink missing)`);
  }
  // Counted only when something is missing (a page-wide query).
  const dated = () => root.querySelectorAll(THREADS_SELECTORS.time).length;
  if (pageKind === 'post') {
    const shown = !found.comment && !found.reply ? dated() : 0;
    if (shown > 1) problems.push(`Threads: ${shown - 1} repl(ies) shown under this post but none detected (markup changed?)`);
    if (!found.post) problems.push('Threads: the post itself was not detected on this post page');
  }
  if (pageKind === 'notifications' && elements.length === 0 && dated() > 0) problems.push('Threads: activity rows are shown but none was detected');
  if ((pageKind === 'feed' || pageKind === 'profile') && items.length === 0 && dated() > 0) problems.push('Threads: posts are shown but none was detected');
  return healthReport({ platform: 'threads', pageKind, expected }, found, problems);
}

export const threadsAdapter: Adapter = {
  platform: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*', 'https://threads.com/*', 'https://threads.net/*'],
  pageKind: threadsPageKind,
  findItems,
  itemsIn,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj (post), https://www.threads.com/ (feed),
// https://www.threads.com/activity (notifications), https://www.threads.net/@zuck (profile)

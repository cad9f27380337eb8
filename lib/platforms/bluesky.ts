/**
 * Bluesky (bsky.app). Sample pages: test/fixtures/platforms/bluesky/metascraper-post-image-thread.html (thread,
 * 52 items, 2026-01) and metascraper-profile.html (profile feed, 28 items); the thread's tree view in
 * post-tree-view.lookalike.html and the notifications in notifications-2026.lookalike.html (look-alikes written from
 * the app's source).
 */
import { countBy, documentOf, documentUrl, firstOwned, healthReport, httpUrl, lastOf, linkUrl, listOf, normaliseHandle, pageLang, parsedUrl, queryAllInOrder, querySelectorFirst, readableText, selfAndBelow } from './dom';
import { dayParts } from './date-words';
import { isBrandHandle, untilPageChanges } from './dom-social';
import { hasLabel, labelsFor } from './labels';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const BLUESKY_SELECTORS = {
  /** Thread post or reply; the author's handle is the suffix (social-app ThreadItemPost.tsx). */
  threadItem: '[data-testid^="postThreadItem-by-"]',
  /** Feed, profile and notification rows. */
  feedItem: '[data-testid^="feedItem-by-"]',
  text: ['[data-testid="postText"]', 'div[dir="auto"][data-word-wrap="1"]'],
  postLink: 'a[href*="/post/"]',
  /** The focused post of a thread shows expanded counts. */
  expanded: '[data-testid$="-expanded"]',
  reply: '[data-testid="replyBtn"]',
  like: '[data-testid="likeBtn"]',
  composer: ['.ProseMirror[contenteditable="true"]', '[data-testid="composerTextInput"] [contenteditable="true"]'],
} as const;

/** Thread items and feed rows in page order, one query each (queryAllInOrder: a list of two is matched ~5x slower). */
const ITEMS = [BLUESKY_SELECTORS.threadItem, BLUESKY_SELECTORS.feedItem];
const findItems = (root: ParentNode) => queryAllInOrder(root, ITEMS);
const itemsIn = (added: Element) => selfAndBelow(added, ITEMS);
const POST_PATH = /^\/profile\/([^/]+)\/post\/([a-z0-9]+)/i;
const POST_END = /\/post\/[a-z0-9]+\/?(?:[?#]|$)/i;

export function blueskyPageKind(url: URL): PageKind {
  if (url.hostname !== 'bsky.app') return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (POST_PATH.test(path)) return 'post';
  if (path === '/notifications' || path === '/notifications/mentions') return 'notifications';
  if (path === '/' || path === '/search' || /^\/profile\/[^/]+\/feed\/[^/]+$/.test(path) || /^\/profile\/[^/]+\/lists\/[^/]+$/.test(path)) return 'feed';
  if (/^\/profile\/[^/]+$/.test(path)) return 'profile';
  return 'other';
}

/** The path of a link: a root-relative href as it is (the app's own links), anything else through the URL parser. */
function pathOf(href: string, base: URL): string {
  if (/^\/(?!\/)[^?#]*$/.test(href) && !/\/\.\.?(?:\/|$)/.test(href)) return href;
  try {
    return new URL(href, base).pathname;
  } catch {
    return '';
  }
}

function handleOf(el: Element): string {
  return (el.getAttribute('data-testid') ?? '').replace(/^(?:postThreadItem|feedItem)-by-/, '');
}

/** A notification row's own words: not the post it shows (a post's words are its author's, whatever they say). */
const ROW_WORDS = { skip: '[data-testid="postText"], [role="link"]' };

/**
 * What a notification row's words say it is. NotificationFeedItem.tsx draws likes, reposts and follows as one link
 * to their subject labelled "<name> reposted your post · <date>", and a reply, mention or quote as the post itself,
 * without words: undefined then, for the post to tell (postNotification).
 */
function notificationKind(el: Element): ItemKind | null | undefined {
  const words = el.getAttribute('aria-label') ?? readableText(el, ROW_WORDS);
  if (hasLabel(words, labelsFor('bluesky', el, 'reposted'))) return 'share';
  if (hasLabel(words, labelsFor('bluesky', el, 'liked')) || hasLabel(words, labelsFor('bluesky', el, 'followed'))) return null;
  if (hasLabel(words, labelsFor('bluesky', el, 'quoted'))) return 'quote';
  if (hasLabel(words, labelsFor('bluesky', el, 'mentioned'))) return 'mention';
  // Any other link row (a verification, a starter pack, someone's new posts) is none of the brand's engagement.
  return el.hasAttribute('href') ? null : undefined;
}

/**
 * A post shown as a notification: a quote when the post it embeds is the brand's, a mention when its text names one
 * of the brand's handles (a mention link reads "@handle"; its address holds the account's DID), else a reply, the
 * only other kind drawn as a post. Without the brand's handles, a mention.
 */
function postNotification(text: Element | null, quoted: Element | null, page: URL, ctx?: ReadContext): { kind: ItemKind; parentId?: string } {
  if (!ctx?.brandHandles?.length) return { kind: 'mention' };
  const post = quoted ? POST_PATH.exec(pathOf(quoted.getAttribute('href') ?? '', page)) : null;
  if (post && isBrandHandle(post[1], ctx)) return { kind: 'quote', parentId: `at://${post[1]}/app.bsky.feed.post/${post[2]}` };
  for (const a of text?.querySelectorAll('a') ?? []) if (isBrandHandle(readableText(a), ctx)) return { kind: 'mention' };
  return { kind: 'reply' };
}

/**
 * A repost of the brand's post, read from its notification row: who reposted (the row's first account), the row's
 * words and date, the reposted post as parent. The pair is its identity, so the post's own item stays its own.
 */
function readShare(el: Element, handle: string, name: string, link: Element | null, docUrl: string, page: URL): RawItem | null {
  const target = el.hasAttribute('href') ? el : link;
  const match = target ? POST_PATH.exec(pathOf(target.getAttribute('href') ?? '', page)) : null;
  if (!match) return null;
  const post = `at://${match[1]}/app.bsky.feed.post/${match[2]}`;
  const label = el.getAttribute('aria-label');
  // The row's label ends with " · " and the date (NotificationFeedItem.tsx niceDate).
  const cut = label ? label.lastIndexOf(' · ') : -1;
  return {
    platform: 'bluesky',
    nativeId: `${post}:repost:${handle}`,
    kind: 'share',
    author: { name, handle, url: httpUrl(`/profile/${handle}`, docUrl) },
    text: label ? (cut > 0 ? label.slice(0, cut) : label).trim() : readableText(el, ROW_WORDS),
    postedAt: label && cut > 0 ? dateFromLabel(label.slice(cut + 3), el) : link ? dateFromLabel(link.getAttribute('aria-label'), el) : undefined,
    permalink: linkUrl(target),
    parentId: post,
  };
}

/** The author's name: the first profile link that is not the "@handle" line (the anchor post's holds both). */
function nameOf(names: Element[], handle: string): string {
  for (const a of names) {
    const t = readableText(a).split('\n')[0];
    if (t && !t.startsWith('@')) return t;
  }
  return handle;
}

/** The page's kind and focused post, worked out once per address rather than once per item. */
const pageOf = lastOf((href: string): { url: URL; kind: PageKind; focused: RegExpExecArray | null } => {
  const url = parsedUrl(href);
  return { url, kind: blueskyPageKind(url), focused: POST_PATH.exec(url.pathname) };
});

interface ItemParts {
  /** The first own post link. */
  link: Element | null;
  /** Links to the author's profile, in page order. */
  names: Element[];
  /** The first own text of each text selector, in the selectors' order. */
  text: Element | null;
  like: Element | null;
  /** The first post link inside a link of its own: a post the item embeds (quotes). */
  quoted: Element | null;
}

function partsOf(el: Element, handle: string): ItemParts {
  const profile = `/profile/${handle}`;
  // A part is the item's unless a link inside the item (a quoted post) holds it; the thread's anchor post is no link.
  // A notification's post is a link of its own, the row's first child (NotificationFeedItem.tsx View > Post): its parts
  // are the item's too. (Asked only past the common case, a part whose nearest link is the item.)
  const owned = (m: Element) => {
    const holder = m.parentElement?.closest('[role="link"]');
    return holder === el || !holder || holder === el.firstElementChild || !el.contains(holder);
  };
  let link: Element | null = null;
  let quoted: Element | null = null;
  const names: Element[] = [];
  // The links in page order (a collection by tag: no selector matched against each of the item's elements).
  const links = el.getElementsByTagName('a');
  for (let i = 0, m = links[0]; m; m = links[++i]) {
    const href = m.getAttribute('href');
    if (href === null) continue;
    if (href === profile) names.push(m);
    // The anchor post's counts link to /post/<rkey>/reposted-by, /quotes, /liked-by: not its address.
    if ((!link || !quoted) && href.includes('/post/') && POST_END.test(href)) {
      if (owned(m)) link ??= m;
      else quoted ??= m;
    }
  }
  // Each text selector in turn (the word-wrapped fallback only when no postText is the item's); searches stop at the first.
  const text = firstOwned(el, BLUESKY_SELECTORS.text[0], owned) ?? firstOwned(el, BLUESKY_SELECTORS.text[1], owned) ?? null;
  return { link, names, text, like: el.querySelector(BLUESKY_SELECTORS.like), quoted };
}

export function readBlueskyItem(el: Element, ctx?: ReadContext): RawItem | null {
  const handle = handleOf(el);
  if (!handle) return null;
  const docUrl = documentUrl(el) ?? 'about:blank';
  const { url: page, kind: pageKind, focused } = pageOf(docUrl);
  const { link, names, text: textEl, like, quoted } = partsOf(el, handle);
  const notified = pageKind === 'notifications' ? notificationKind(el) : undefined;
  if (notified === null) return null;
  if (notified === 'share') return readShare(el, handle, nameOf(names, handle), link, docUrl, page);
  let match = link ? POST_PATH.exec(pathOf(link.getAttribute('href') ?? '', page)) : null;
  if (!match && focused && el.querySelector(BLUESKY_SELECTORS.expanded)) match = focused; // the focused post links to no one
  if (!match) return null;
  const [, authority, rkey] = match;
  const name = nameOf(names, handle);
  const text = readableText(textEl);
  let kind: ItemKind = 'post';
  let parentId: string | undefined;
  let depth: number | undefined;
  const focusedUri = focused ? `at://${focused[1]}/app.bsky.feed.post/${focused[2]}` : undefined;
  const uri = `at://${authority}/app.bsky.feed.post/${rkey}`;
  if (pageKind === 'notifications') {
    ({ kind, parentId } = notified ? { kind: notified } : postNotification(textEl, quoted, page, ctx));
  } else if (pageKind === 'post' && focusedUri && uri !== focusedUri && el.matches(BLUESKY_SELECTORS.threadItem) && afterFocused(el)) {
    const indent = treeIndent(el);
    if (indent) {
      // Tree view, an answer to an answer: its place in the tree, or neither depth nor parent when it is unsure.
      kind = 'reply';
      const place = treePlace(el, indent, focusedUri);
      parentId = place?.parentId;
      depth = place?.depth;
    } else {
      const up = chainAbove(el);
      kind = up ? 'reply' : 'comment';
      parentId = up?.uri ?? focusedUri;
      depth = up ? up.depth + 1 : 1;
    }
  }
  const likeLabel = like?.getAttribute('aria-label') ?? '';
  return {
    platform: 'bluesky',
    nativeId: uri,
    kind,
    author: { name, handle, url: httpUrl(`/profile/${handle}`, docUrl) },
    text,
    postedAt: link ? dateFromLabel(link.getAttribute('aria-label') ?? link.getAttribute('data-tooltip'), el) : undefined,
    permalink: link ? linkUrl(link) : httpUrl(page.pathname, docUrl),
    parentId,
    depth,
    likedByMe: likeLabel !== '' && labelsFor('bluesky', el, 'unlike').some((l) => likeLabel.toLowerCase().startsWith(l.toLowerCase())),
    repliedByBrand: uri === focusedUri ? brandAnswered(el, ctx) : depth !== undefined ? answeredBelow(el, ctx) : undefined,
  };
}

const SAFE_HANDLE = /^[\w.:-]+$/;

/**
 * Whether another item of the thread is by one of the brand's handles: one native lookup of the brand's items (their
 * test id names the handle) rather than a handle read from each of a long thread's items.
 */
function brandAnswered(el: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  const handles = ctx.brandHandles.map((b) => normaliseHandle(b));
  if (!handles.every((h) => SAFE_HANDLE.test(h))) {
    const brand = new Set(handles);
    return threadOf(documentOf(el)).items.some((t) => t !== el && brand.has(normaliseHandle(handleOf(t))));
  }
  const selector = handles.map((h) => `[data-testid="postThreadItem-by-${h}" i]`).join(', ');
  for (const t of documentOf(el).querySelectorAll(selector)) if (t !== el) return true;
  return false;
}

/**
 * Whether the brand answered an answer. Linear view: the reply drawn right under it, joined to it by the reply line (it
 * answers it), is the brand's. Tree view: one of its answers, the items one step further in that follow it (the first
 * of them right under it), is the brand's; undefined when the tree's indentation cannot be read.
 */
function answeredBelow(el: Element, ctx?: ReadContext): boolean | undefined {
  if (!ctx?.brandHandles?.length) return false;
  const { items, index } = threadOf(documentOf(el));
  const at = index.get(el) ?? -2;
  const next = items[at + 1];
  if (next === undefined) return false;
  if (hasParentLine(next)) return isBrandHandle(handleOf(next), ctx);
  if (at < 0 || !treeIndent(next)) return false;
  const tree = treeOf(documentOf(el));
  if (!tree.depth[at + 1]) return undefined;
  for (let c = tree.firstChild[at]; c >= 0; c = tree.nextSibling[c]) if (isBrandHandle(handleOf(items[c]), ctx)) return true;
  return false;
}

/** The thread's items in page order and the focused (expanded) one, once per scan slice rather than once per item. */
const threadOf = untilPageChanges((doc: Document) => {
  const items = listOf(doc.querySelectorAll(BLUESKY_SELECTORS.threadItem));
  const index = new Map(items.map((t, i) => [t, i] as const));
  const focusedAt = items.findIndex((t) => t.querySelector(BLUESKY_SELECTORS.expanded));
  return { items, index, focusedAt };
});

/** Thread items after the focused (expanded) one answer it; those before are its ancestors. */
function afterFocused(el: Element): boolean {
  const { items, index, focusedAt } = threadOf(documentOf(el));
  if (focusedAt < 0) return false;
  const at = index.get(el);
  return at !== undefined ? at > focusedAt : (items[focusedAt].compareDocumentPosition(el) & 4) !== 0;
}

/**
 * A reply of the linear thread view drawn under the item right above it answers that item: its first child is the
 * 12px spacer row whose avatar-wide column holds the parent reply line only then (social-app ThreadItemPost.tsx,
 * ThreadItemPostParentReplyLine). Its parent's address and depth, or undefined for an answer to the focused post.
 */
function chainAbove(el: Element): { uri: string; depth: number } | undefined {
  const { items, index, focusedAt } = threadOf(documentOf(el));
  let at = index.get(el) ?? -1;
  let depth = 0;
  let parent: Element | undefined;
  while (at > focusedAt + 1 && hasParentLine(items[at])) {
    parent ??= items[at - 1];
    depth++;
    at--;
  }
  const uri = parent ? uriOf(parent) : undefined;
  return uri ? { uri, depth } : undefined;
}

/** An item's address, from its first post link (its own timestamp link comes before any quoted post's). */
function uriOf(item: Element): string | undefined {
  const match = POST_PATH.exec(pathOf(item.querySelector(BLUESKY_SELECTORS.postLink)?.getAttribute('href') ?? '', parsedUrl(documentUrl(item) ?? 'about:blank')));
  return match ? `at://${match[1]}/app.bsky.feed.post/${match[2]}` : undefined;
}

function hasParentLine(item: Element): boolean {
  const column = item.firstElementChild?.childElementCount === 1 ? item.firstElementChild.firstElementChild : null;
  const line = column?.childElementCount === 1 ? column.firstElementChild : null;
  return !!line && line.childElementCount === 0 && !line.hasAttribute('data-testid');
}

/**
 * Tree view (Settings > Thread preferences > Tree view; social-app ThreadItemTreePost.tsx). Each answer is a row of
 * the flat thread list, in depth-first order: the row holds one empty indent guide per level below the first
 * (ThreadItemTreePostOuterWrapper), then the hover box holding the item; an item one level down or deeper starts with
 * the empty curved branch line (ThreadItemTreePostInnerWrapper, `indent > 1`). The linear view's first child is the
 * reply-line spacer, one column in a row, so it never has that shape.
 *
 * 0 for an item without the branch line (linear view, or the tree's first level); else its depth read from the guides
 * (2 and more), or 1 when the guides are gone: a tree answer whose depth is unknown.
 */
function treeIndent(item: Element): number {
  const inner = item.firstElementChild;
  const curve = inner?.childElementCount === 2 ? inner.firstElementChild : null;
  if (!curve || !isBlank(curve)) return 0;
  let depth = 1;
  for (let guide = item.parentElement?.previousElementSibling; guide && isBlank(guide); guide = guide.previousElementSibling) depth++;
  return depth;
}

function isBlank(el: Element): boolean {
  return el.localName === 'div' && el.childElementCount === 0 && !el.hasAttribute('data-testid');
}

/**
 * The tree view's items after the focused post in one pass, once per page change: each one's depth (0 unknown), and
 * who answers whom. An answer's parent is the last item before it one level up (the thread is listed depth first); a
 * parent that is not on the page (a deleted row, an unreadable depth) leaves its answers with none rather than a
 * wrong one.
 */
const treeOf = untilPageChanges((doc: Document) => {
  const { items, focusedAt } = threadOf(doc);
  const n = items.length;
  const depth = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const firstChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  const lastChild = new Int32Array(n).fill(-1);
  /** The last item seen at each depth, the focused post at 0. */
  const open: number[] = [focusedAt];
  for (let i = focusedAt < 0 ? n : focusedAt + 1; i < n; i++) {
    const indent = treeIndent(items[i]);
    if (indent === 1) {
      open.length = 1;
      continue;
    }
    const d = indent || 1;
    const p = open[d - 1] ?? -1;
    depth[i] = d;
    parent[i] = p;
    open.length = d;
    open[d] = i;
    if (p < 0) continue;
    if (lastChild[p] < 0) firstChild[p] = i;
    else nextSibling[lastChild[p]] = i;
    lastChild[p] = i;
  }
  return { depth, parent, firstChild, nextSibling, focusedAt };
});

/** A tree answer's depth and parent's address; undefined when its depth cannot be read. */
function treePlace(el: Element, indent: number, focusedUri: string): { depth: number; parentId: string | undefined } | undefined {
  if (indent < 2) return undefined;
  const { items, index } = threadOf(documentOf(el));
  const at = index.get(el);
  if (at === undefined) return { depth: indent, parentId: undefined };
  const tree = treeOf(documentOf(el));
  const p = tree.parent[at];
  return { depth: indent, parentId: p < 0 ? undefined : p === tree.focusedAt ? focusedUri : uriOf(items[p]) };
}

const LABEL_TIME = /(\d{1,2})\s?[:h.]\s?(\d{2})(?!\d)(?:\s*([ap])\.?\s?m\b)?/;

/** Labels already read, per page language: replies of the same minute share theirs. */
const labelDates = new Map<string, string | undefined>();

/**
 * The date of a post's timestamp link: its label is the app's long local date ("January 27, 2026 at 1:28 AM",
 * "27 janvier 2026 à 01:28"; social-app niceDate, dateStyle long + timeStyle short) in the reader's time zone, so it is
 * read back in local time. Undefined when the label has no month name of the page's language or English.
 */
function dateFromLabel(label: string | null, node: Node): string | undefined {
  if (!label) return undefined;
  const lang = pageLang(node);
  const key = `${lang} ${label}`;
  let date = labelDates.get(key);
  if (date === undefined && !labelDates.has(key)) {
    if (labelDates.size >= 4096) labelDates.clear();
    labelDates.set(key, (date = parseLabelDate(label.toLowerCase(), lang)));
  }
  return date;
}

function parseLabelDate(text: string, lang: string): string | undefined {
  const time = LABEL_TIME.exec(text);
  if (!time) return undefined;
  const { year, month, day } = dayParts(text, lang, { from: time.index, to: time.index + time[0].length });
  if (year < 0 || day < 0 || month === undefined) return undefined;
  let hour = Number(time[1]) % (time[3] ? 12 : 24);
  if (time[3] === 'p') hour += 12;
  const date = new Date(year, month, day, hour, Number(time[2]));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function composerKind(el: Element): ComposerKind {
  return el.classList.contains('ProseMirror') ? 'prosemirror' : el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readBlueskyItem(el, ctx)): Health {
  const pageKind = blueskyPageKind(url);
  const elements = findItems(root);
  const items = elements.map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const problems: string[] = [];
  if (pageKind === 'post' && !found.post) problems.push('Bluesky: the post was not detected');
  if (pageKind === 'post' && !found.comment && root.querySelectorAll('[role="link"][tabindex="0"]').length > 1) problems.push('Bluesky: replies are visible under the post but none was detected');
  if ((pageKind === 'feed' || pageKind === 'profile') && items.length === 0 && root.querySelector('[data-testid="replyBtn"], [role="link"][tabindex="0"] button')) problems.push('Bluesky: posts are visible but none was detected');
  // A reply, mention or quote is a post with its buttons (a div link); a grouped row is an <a>, its buttons (follow back) none.
  if (pageKind === 'notifications' && !found.reply && !found.mention && !found.quote && root.querySelector('[data-testid="replyBtn"], div[role="link"][tabindex="0"] button')) {
    problems.push('Bluesky: replies or mentions are visible but none was detected');
  }
  return healthReport({ platform: 'bluesky', pageKind, expected: pageKind === 'post' ? ['post', 'comment'] : pageKind === 'notifications' ? ['reply', 'mention', 'share', 'quote'] : ['post'] }, found, problems);
}

export const blueskyAdapter: Adapter = {
  platform: 'bluesky',
  matches: ['https://bsky.app/*'],
  pageKind: blueskyPageKind,
  findItems,
  itemsIn,
  readItem: readBlueskyItem,
  findComposer: (root) => querySelectorFirst<HTMLElement>(root, BLUESKY_SELECTORS.composer),
  composerKind,
  replyTarget: (el) => el.querySelector<HTMLElement>(BLUESKY_SELECTORS.reply),
  anchor: (el) => el.querySelector(BLUESKY_SELECTORS.reply)?.parentElement?.parentElement ?? el,
  health,
};

// Test URLs: https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t (post),
// https://bsky.app/profile/stephenking.bsky.social (profile), https://bsky.app/notifications (notifications)

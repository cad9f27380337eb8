/**
 * Mastodon, any instance: recognised by its markup, not its host. Sample page:
 * test/fixtures/platforms/mastodon/defuddle-status-thread-anonymized.html (4.x web UI, status + 5 replies).
 * Mastodon's class names are readable BEM names kept across versions, not build hashes.
 */
import { countBy, documentUrl, healthReport, httpUrl, isoDate, normaliseHandle, parsedUrl, querySelectorFirst, readableText } from './dom';
import { dateFromId, pageList, untilPageChanges } from './dom-social';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const MASTODON_SELECTORS = {
  /**
   * The web app's root (server-rendered with its props), or a server-rendered public status page of 3.x and older
   * (statuses/_status.html.haml: `.entry` around `.status` / `.detailed-status`).
   */
  app: '#mastodon[data-props], body.app-body .columns-area, .entry > .status .status__content, .entry > .detailed-status',
  focused: '.detailed-status',
  /**
   * Web app statuses carry data-id; the server-rendered ones sit in `.entry` without it. A quoted post (4.4+,
   * `.status--is-quote` inside `.status__quote`) belongs to the status quoting it, not to the thread.
   */
  status: '.status[data-id]:not(.status--is-quote), .entry > .status',
  name: '.display-name__html',
  account: '.display-name__account',
  /** The detailed status's own hooks first: a post it quotes (4.4+) holds a `.status` with the other ones. */
  authorLink: ['.detailed-status__display-name', '.status__display-name'],
  /** Web app, then server-rendered `.e-content` (its content warning is a `.p-summary` beside it, left out). */
  text: '.status__content__text, .status__content .e-content',
  /**
   * Only the status's own date: a bare `time[datetime]` may be a poll's closing time or a quoted post's date. The
   * server-rendered pages also carry `data.dt-published`.
   */
  time: ['.status__relative-time time[datetime]', '.status__info data.dt-published[value]'],
  focusedTime: ['.detailed-status__datetime time[datetime]', '.detailed-status__meta data.dt-published[value]'],
  permalink: ['a.detailed-status__datetime', 'a.status__relative-time'],
  favourited: '.status__action-bar .star-icon.active, .status__action-bar button[aria-pressed="true"].star-icon, .detailed-status__action-bar .star-icon.active',
  reply: ['.status__action-bar button:first-child', '.detailed-status__action-bar button:first-child'],
  /** Notification rows: 4.3+ grouped markup, then the older one. */
  mentionRow: '[class*="notification-ungrouped--mention"], .notification-mention, .notification.notification-mention',
  shareRow: '[class*="notification-group--reblog"], [class*="notification-ungrouped--reblog"], .notification-reblog',
  quoteRow: '[class*="--quote"]',
  composer: ['textarea.autosuggest-textarea__textarea', '.compose-form textarea'],
} as const;

const ITEM = `${MASTODON_SELECTORS.focused}, ${MASTODON_SELECTORS.status}`;
const OTHER_PLATFORMS = /(?:^|\.)(?:x\.com|twitter\.com|bsky\.app|reddit\.com|youtube\.com|linkedin\.com|facebook\.com|instagram\.com|tiktok\.com|threads\.net|threads\.com)$/;

export function mastodonPageKind(url: URL): PageKind {
  if (OTHER_PLATFORMS.test(url.hostname) || (url.protocol !== 'https:' && url.protocol !== 'http:')) return 'other';
  const path = (url.pathname.replace(/^\/deck(?=\/)/, '').replace(/\/+$/, '') || '/');
  if (/^\/@[\w.-]+(?:@[\w.-]+)?\/\d+$/.test(path) || /^\/users\/[\w.-]+\/statuses\/\d+$/.test(path)) return 'post';
  if (/^\/notifications(?:\/mentions)?$/.test(path)) return 'notifications';
  if (/^\/(?:home|public(?:\/local|\/remote)?|explore(?:\/\w+)?|tags\/[^/]+|lists\/\d+)$/.test(path)) return 'feed';
  if (/^\/@[\w.-]+(?:@[\w.-]+)?(?:\/(?:with_replies|media))?$/.test(path)) return 'profile';
  return 'other';
}

function detect(doc: Document): boolean {
  return !!doc.querySelector(MASTODON_SELECTORS.app);
}

/** "@alice" on alice's own instance becomes "alice@instance" so handles are the same everywhere. */
function fullHandle(account: string, host: string): string {
  const bare = account.trim().replace(/^@/, '');
  return bare.includes('@') ? bare : `${bare}@${host}`;
}

interface BrandHandles {
  full: Set<string>;
  /** Handles given without an instance: they match that user name on any instance. */
  bare: Set<string>;
  /**
   * Every brand handle's user name (before its "@"), when all are plain ASCII user names: an account whose text holds
   * none of them cannot be the brand's, so it is not read in full. Undefined when that shortcut does not hold.
   */
  users: string[] | undefined;
  /** The page host for which an account of "@" alone was checked (it reads as that host's handle). */
  checkedHost: string | undefined;
  hostIsBrand: boolean;
}

const PLAIN_USER = /^[a-z0-9_.-]+$/;

/** The brand's handles normalised once per list, not once per status compared. */
const brandLists = new WeakMap<readonly string[], BrandHandles>();

function brandHandlesOf(list: readonly string[]): BrandHandles {
  let brands = brandLists.get(list);
  if (!brands) {
    const made: BrandHandles = { full: new Set(), bare: new Set(), users: [], checkedHost: undefined, hostIsBrand: false };
    for (const b of list) {
      const brand = normaliseHandle(b);
      made.full.add(brand);
      if (!brand.includes('@')) made.bare.add(brand);
      const user = brand.split('@')[0];
      if (PLAIN_USER.test(user)) made.users?.push(user);
      else made.users = undefined;
    }
    brandLists.set(list, (brands = made));
  }
  return brands;
}

function isBrand(handle: string, brands: BrandHandles): boolean {
  const h = normaliseHandle(handle);
  if (brands.full.has(h)) return true;
  const at = h.indexOf('@');
  return brands.bare.has(at < 0 ? h : h.slice(0, at));
}

/** The text of an element holding text nodes only (an account as the web app renders it), else undefined. */
function textNodesOnly(el: Element): string | undefined {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) return undefined;
    text += (n as Text).data;
  }
  return text;
}

/**
 * Whether a status's account is one of the brand's. A handle matching the brand holds the brand's user name in its
 * account text (lower-cased): an account of plain text holding none of them is ruled out without reading it in full
 * (the focused post asks this of every answer). The one exception, an account of "@" alone (it reads as the page
 * host's handle), is checked once per host.
 */
function accountIsBrand(status: Element, host: string, brands: BrandHandles): boolean {
  const users = brands.users;
  if (users) {
    if (brands.checkedHost !== host) {
      brands.hostIsBrand = isBrand(fullHandle('@', host), brands);
      brands.checkedHost = host;
    }
    const account = status.querySelector(MASTODON_SELECTORS.account);
    const text = account ? textNodesOnly(account) : '';
    if (!brands.hostIsBrand && text !== undefined && !BIDI_MARK.test(text)) {
      const lower = text.toLowerCase();
      let named = false;
      for (let i = 0; i < users.length && !named; i++) named = lower.includes(users[i]);
      if (!named) return false;
    }
  }
  return isBrand(handleOf(status, host) ?? '', brands);
}

/** Marks the text reader drops: a user name split by one would still read as one. */
const BIDI_MARK = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The numeric id at the end of a status address. A server-rendered page links a remote status to its own server,
 * whose address may end in no number (Pleroma's /notice/<id>): that address is then the id.
 */
function idFromLink(permalink: Element | null): string | undefined {
  return idFromHref(permalink?.getAttribute('href') ?? '');
}

function idFromHref(href: string): string | undefined {
  return /\/(\d+)(?:[/?#]|$)/.exec(href)?.[1] ?? (/^https?:\/\//.test(href) ? href : undefined);
}

/** `permalink`: the status's permalink when the caller has already looked it up. */
function idOf(el: Element, permalink?: Element | null): string | undefined {
  return el.getAttribute('data-id') || idFromLink(permalink !== undefined ? permalink : querySelectorFirst(el, MASTODON_SELECTORS.permalink));
}

/** The status's account as "user@instance", or undefined. */
function handleOf(el: Element, host: string): string | undefined {
  const account = readableText(el.querySelector(MASTODON_SELECTORS.account));
  return account ? fullHandle(account, host) : undefined;
}

interface PageItems {
  items: Element[];
  focused: number;
  /** The position last asked: the scanner reads statuses in page order, so the next one is usually right after it. */
  cursor: number;
  /** Positions of every status, built only when a status is asked out of order. */
  index?: Map<Element, number>;
}

/** The page's statuses in order: the scan, the health check and the thread share them. */
const statuses = pageList((root) => Array.from(root.querySelectorAll(ITEM)));

function findItems(root: ParentNode): Element[] {
  return statuses.find(root);
}

/** The thread: the page's statuses and the focused post's position, once until the page changes. */
const pageItems = untilPageChanges((doc: Document): PageItems => {
  const items = statuses.ofPage(doc);
  let focused = -1;
  for (let i = 0; i < items.length && focused < 0; i++) if (items[i].matches(MASTODON_SELECTORS.focused)) focused = i;
  return { items, focused, cursor: -1 };
});

function positionOf(el: Element, page: PageItems): number {
  const { items } = page;
  let at = page.cursor + 1;
  if (items[at] !== el) {
    if (!page.index) {
      page.index = new Map();
      for (let i = 0; i < items.length; i++) page.index.set(items[i], i);
    }
    at = page.index.get(el) ?? -1;
  }
  if (at >= 0) page.cursor = at;
  return at;
}

/**
 * A status starting a branch answers the focused post: the web app marks it first-in-thread, a server-rendered page
 * puts a direct answer in an `.entry.p-comment` (statuses_helper.rb microformats_classes).
 */
const startsBranch = (el: Element): boolean => el.classList.contains('status--first-in-thread') || !!el.parentElement?.classList.contains('p-comment');

/** Whether one of the statuses answering `el` (at `index`) is the brand's: for the focused post every branch start. */
function brandAnswered(el: Element, page: PageItems, index: number, host: string, brands: BrandHandles): boolean {
  const { items } = page;
  if (el.matches(MASTODON_SELECTORS.focused)) {
    for (let i = index + 1; i < items.length; i++) {
      if ((i === index + 1 || startsBranch(items[i])) && accountIsBrand(items[i], host, brands)) return true;
    }
    return false;
  }
  const next = items[index + 1];
  return !!next && !startsBranch(next) && accountIsBrand(next, host, brands);
}

function notificationKind(el: Element): ItemKind | null {
  if (el.closest(MASTODON_SELECTORS.shareRow)) return 'share';
  if (el.closest(MASTODON_SELECTORS.quoteRow)) return 'quote';
  if (el.closest(MASTODON_SELECTORS.mentionRow)) return 'mention';
  return null;
}

/** The page's kind, worked out once per address rather than once per status. */
let lastKind: { href: string; kind: PageKind } | undefined;

function pageKindOf(href: string, url: URL): PageKind {
  if (lastKind?.href !== href) lastKind = { href, kind: mastodonPageKind(url) };
  return lastKind.kind;
}

const TEXT_OPTIONS = { skip: '.invisible' };

/**
 * One status. In a thread, a status marked first-in-thread answers the focused post; one without the mark continues
 * the branch above it (answers the status right before it).
 */
export function readMastodonItem(el: Element, ctx?: ReadContext): RawItem | null {
  const base = documentUrl(el);
  const href = base ?? 'about:blank';
  const page = parsedUrl(href);
  const permalink = querySelectorFirst(el, MASTODON_SELECTORS.permalink);
  const id = idOf(el, permalink);
  const handle = handleOf(el, page.host);
  if (!id || !handle) return null;
  const pageKind = pageKindOf(href, page);
  let kind: ItemKind = 'post';
  let parentId: string | undefined;
  let depth: number | undefined;
  let repliedByBrand: boolean | undefined;
  if (pageKind === 'notifications') {
    const notification = notificationKind(el);
    if (!notification) return null;
    kind = notification;
  } else if (pageKind === 'post') {
    const thread = pageItems(el.ownerDocument);
    const { items, focused } = thread;
    const index = positionOf(el, thread);
    if (focused >= 0 && index > focused) {
      depth = 1;
      for (let i = index; i > focused + 1 && !startsBranch(items[i]); i--) depth++;
      kind = depth === 1 ? 'comment' : 'reply';
      parentId = idOf(depth === 1 ? items[focused] : items[index - 1]);
    }
    // Without brand handles no answer can be the brand's: the next status's account is not read.
    const brands = ctx?.brandHandles;
    repliedByBrand = !!brands?.length && index >= 0 && brandAnswered(el, thread, index, page.host, brandHandlesOf(brands));
  }
  const focusedPost = el.classList.contains('detailed-status');
  return {
    platform: 'mastodon',
    nativeId: id,
    kind,
    author: { name: readableText(el.querySelector(MASTODON_SELECTORS.name)) || handle, handle, url: httpUrl(querySelectorFirst(el, MASTODON_SELECTORS.authorLink)?.getAttribute('href'), base) },
    text: readableText(el.querySelector(MASTODON_SELECTORS.text), TEXT_OPTIONS),
    postedAt: focusedPost ? focusedDate(el, id) : dateOf(querySelectorFirst(el, MASTODON_SELECTORS.time)),
    permalink: httpUrl(permalink?.getAttribute('href'), base),
    parentId,
    depth,
    likedByMe: !!el.querySelector(MASTODON_SELECTORS.favourited),
    repliedByBrand,
  };
}

function dateOf(time: Element | null): string | undefined {
  return isoDate(time?.getAttribute(time.localName === 'data' ? 'value' : 'datetime'));
}

/** The page's own status and date from its meta tags (statuses/show.html.haml), once until the page changes. */
const metaPost = untilPageChanges((doc: Document) => {
  const url = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return { id: url ? idFromHref(url) : undefined, published: doc.querySelector('meta[property="og:published_time"]')?.getAttribute('content') };
});

/**
 * The web app prints the focused post's date as words only (detailed_status.tsx FormattedDate). Its date is then the
 * page's og:published_time when the page was loaded at that status, else the one its snowflake id carries
 * (lib/mastodon/snowflake.rb: milliseconds above 16 bits).
 */
function focusedDate(el: Element, id: string): string | undefined {
  const own = dateOf(querySelectorFirst(el, MASTODON_SELECTORS.focusedTime));
  if (own) return own;
  const meta = metaPost(el.ownerDocument);
  return (meta.id === id ? isoDate(meta.published) : undefined) ?? dateFromId(id, 16, 1);
}

function composerKind(el: Element): ComposerKind {
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readMastodonItem(el, ctx)): Health {
  const pageKind = mastodonPageKind(url);
  const items = findItems(root).map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const problems: string[] = [];
  if (pageKind === 'post' && !found.post) problems.push('Mastodon: the post was not detected');
  if (pageKind === 'post' && !found.comment && !found.reply && root.querySelectorAll('.focusable[aria-label], article[data-id], [data-nosnippet]').length > 1) problems.push('Mastodon: replies are visible under the post but none was detected');
  return healthReport({ platform: 'mastodon', pageKind, expected: pageKind === 'post' ? ['post', 'comment', 'reply'] : pageKind === 'notifications' ? ['mention', 'share'] : ['post'] }, found, problems);
}

export const mastodonAdapter: Adapter = {
  platform: 'mastodon',
  /** Instances are added by the user (a host permission asked then): no fixed hosts. */
  matches: [],
  pageKind: mastodonPageKind,
  findItems,
  readItem: readMastodonItem,
  findComposer: (root) => querySelectorFirst<HTMLElement>(root, MASTODON_SELECTORS.composer),
  composerKind,
  replyTarget: (el) => querySelectorFirst<HTMLElement>(el, MASTODON_SELECTORS.reply),
  anchor: (el) => el.querySelector('.status__info, .detailed-status__display-name') ?? el,
  health,
  detect,
};

// Test URLs: https://mastodon.social/@Gargron/112345678901234567 (post), https://mastodon.example/notifications,
// https://fosstodon.org/home (feed), https://mastodon.social/@Gargron (profile)

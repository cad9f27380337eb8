/**
 * Mastodon, any instance: recognised by its markup, not its host. Sample pages:
 * test/fixtures/platforms/mastodon/defuddle-status-thread-anonymized.html (4.x web UI, status + 5 replies) and
 * notifications-4.3.lookalike.html (grouped notifications, 4.3+, written from the source files it names).
 * Mastodon's class names are readable BEM names kept across versions, not build hashes.
 */
import { countBy, documentOf, documentUrl, healthReport, httpUrl, isoDate, lastOf, listOf, normaliseHandle, parsedUrl, querySelectorFirst, readableText, selfAndBelow, stableHash } from './dom';
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
  /**
   * IconButton (components/icon_button.tsx) adds `active` to the star once favourited. The focused post's bar is its
   * sibling, not its child: DetailedStatus and ActionBar share the `.detailed-status__wrapper` (features/status).
   */
  favourited: '.status__action-bar .star-icon.active, .status__action-bar button[aria-pressed="true"].star-icon',
  focusedFavourited: '.detailed-status__action-bar .star-icon.active',
  /** Reply comes first in both bars, each button in a wrapper div of its own (4.x) or not (3.x). */
  reply: '.status__action-bar button',
  focusedReply: '.detailed-status__action-bar button',
  focusedWrapper: '.detailed-status__wrapper',
  /**
   * A notification row around a status: 4.3+ (features/notifications_v2) `.notification-ungrouped` holding a full
   * status (notification_with_status.tsx) or `.notification-group` (notification_group_with_status.tsx), then 4.0-4.2's
   * `.notification` (features/notifications/components/notification.jsx). The row's type is in its class names.
   */
  notificationRow: '.notification-ungrouped, .notification-group, .notification',
  /**
   * A boost group (4.3+): its boosted post is an embedded copy without a status id (embedded_status.tsx
   * `.notification-group__embedded-status`), not a `.status`, so the row itself is the item.
   */
  boostGroup: '.notification-group--reblog',
  /**
   * The row's words: "{name} and {N others} boosted your post" then its time. 4.3+: the first (latest) account linked
   * with title "@acct" (names_list.tsx, later display_name/index.tsx LinkedDisplayName), "N others" linked to
   * /@owner/<id>/reblogs, the time a bare `time[datetime]` (later after a separator, latest in a link to the status).
   * 4.0-4.2: `a.notification__display-name` (title "acct") and `span[title=created_at]` in `.notification__message`.
   */
  boostLabel: ['.notification-group__main__header__label', '.notification__message'],
  booster: 'a[title]',
  /** The embedded post's account ("@acct") and text, 4.3+ (embedded_status.tsx). */
  embeddedAccount: '.notification-group__embedded-status__account .display-name__account',
  embeddedText: '.notification-group__embedded-status__content',
  /** The post a quote notification's status quotes (4.5: status_quoted.tsx `.status__quote`, status.jsx `status--is-quote`). */
  quoted: '.status--is-quote[data-id]',
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

/** On a notifications page, boost groups too: they hold no status (embedded_status.tsx). */
const NOTIFICATION_ITEMS = `${ITEM}, ${MASTODON_SELECTORS.boostGroup}`;

function onNotificationsPage(root: ParentNode): boolean {
  const href = documentUrl(root as Node);
  return !!href && pageKindAt(href) === 'notifications';
}

/** The page's statuses in order (and boost groups on a notifications page): the scan, the health check and the thread share them. */
const statuses = pageList((root) => listOf(root.querySelectorAll(onNotificationsPage(root) ? NOTIFICATION_ITEMS : ITEM)));

function findItems(root: ParentNode): Element[] {
  return statuses.find(root);
}

const itemsIn = (added: Element): Element[] => selfAndBelow(added, [onNotificationsPage(added) ? NOTIFICATION_ITEMS : ITEM]);

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

/**
 * What a notification row is, from its type class (`notification-ungrouped--${type}`, `notification-group--${type}`,
 * 4.0-4.2 `notification-${type}`). Favourites, follows, polls, "just posted" and edits (`--update`, also edits of a
 * quoted post) are none of the brand's engagement.
 */
function notificationKind(row: Element): ItemKind | null {
  const classes = row.classList;
  if (classes.contains('notification-ungrouped--mention') || classes.contains('notification-mention')) return 'mention';
  if (classes.contains('notification-ungrouped--quote')) return 'quote';
  if (classes.contains('notification-group--reblog') || classes.contains('notification-reblog')) return 'share';
  return null;
}

/** A link of the row to the boosted post: its boosts list (/@owner/<id>/reblogs) or, in later versions, the post. */
const STATUS_PATH = /\/@([^/?#]+)\/(\d+)(?:\/reblogs)?\/?(?:[?#]|$)/;
/**
 * The list item around a row carries the group's key (scrollable_list.jsx / intersection_observer_article.jsx
 * `data-id`), for a boost "reblog-<post id>-<hour>" (app/models/concerns/notification/groups.rb).
 */
const BOOST_KEY = /^reblog-(\d+)-\d+$/;
/** The row's words without its time. */
const LABEL_TEXT = { skip: 'time, .notification-group__main__header__label-separator' };

/**
 * A boost: who boosted (the row's first, latest account; a group's other accounts are counted in its words only), the
 * row's words and time, the boosted post as parent. `status` is the boosted post's own element where the row holds
 * one (4.0-4.2). Identity: the post and the account, so a boost read again is the same item, and a group grown with
 * a new latest account is that account's boost (the earlier one keeps its item).
 */
function readShare(row: Element, status: Element | null, base: string | undefined, host: string): RawItem | null {
  const label = querySelectorFirst(row, MASTODON_SELECTORS.boostLabel);
  const booster = label?.querySelector(MASTODON_SELECTORS.booster);
  const account = booster?.getAttribute('title')?.trim();
  if (!label || !booster || !account) return null;
  const handle = fullHandle(account, host);
  let id = status?.getAttribute('data-id') || undefined;
  let path = status ? querySelectorFirst(status, MASTODON_SELECTORS.permalink)?.getAttribute('href') : undefined;
  if (!id) {
    for (const link of label.querySelectorAll('a[href]')) {
      const match = STATUS_PATH.exec(link.getAttribute('href')!);
      if (match) {
        id = match[2];
        path = `/@${match[1]}/${id}`;
        break;
      }
    }
  }
  if (!id) {
    id = BOOST_KEY.exec(row.closest('article[data-id]')?.getAttribute('data-id') ?? '')?.[1];
    const owner = readableText(row.querySelector(MASTODON_SELECTORS.embeddedAccount)).replace(/^@/, '');
    if (id && owner) path = `/@${owner}/${id}`;
  }
  const time = label.querySelector('time[datetime]') ?? label.querySelector('span[title]');
  return {
    platform: 'mastodon',
    nativeId: id ? `${id}:reblog:${handle}` : stableHash('mastodon-reblog', handle, readableText(row.querySelector(MASTODON_SELECTORS.embeddedText))),
    kind: 'share',
    author: { name: readableText(booster) || handle, handle, url: httpUrl(booster.getAttribute('href'), base) },
    text: readableText(label, LABEL_TEXT),
    postedAt: isoDate(time?.getAttribute(time.localName === 'time' ? 'datetime' : 'title')),
    permalink: httpUrl(path, base),
    parentId: id,
  };
}

/** The page's kind, worked out once per address rather than once per status. */
const pageKindAt = lastOf((href: string) => mastodonPageKind(parsedUrl(href)));

const TEXT_OPTIONS = { skip: '.invisible' };

/**
 * One status. In a thread, a status marked first-in-thread answers the focused post; one without the mark continues
 * the branch above it (answers the status right before it).
 */
export function readMastodonItem(el: Element, ctx?: ReadContext): RawItem | null {
  const base = documentUrl(el);
  const href = base ?? 'about:blank';
  const page = parsedUrl(href);
  const pageKind = pageKindAt(href);
  let kind: ItemKind = 'post';
  let parentId: string | undefined;
  let depth: number | undefined;
  let repliedByBrand: boolean | undefined;
  if (pageKind === 'notifications') {
    const row = el.closest(MASTODON_SELECTORS.notificationRow);
    const notification = row ? notificationKind(row) : null;
    if (!row || !notification) return null;
    // A 4.3+ boost group is read as a whole; a status inside one (no Mastodon version renders it) is not read again.
    if (notification === 'share') return el === row || row.classList.contains('notification') ? readShare(row, el === row ? null : el, base, page.host) : null;
    kind = notification;
    if (kind === 'quote') parentId = el.querySelector(MASTODON_SELECTORS.quoted)?.getAttribute('data-id') || undefined;
  }
  const permalink = querySelectorFirst(el, MASTODON_SELECTORS.permalink);
  const id = idOf(el, permalink);
  const handle = handleOf(el, page.host);
  if (!id || !handle) return null;
  if (pageKind === 'post') {
    const thread = pageItems(documentOf(el));
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
    likedByMe: focusedPost ? !!focusedBar(el).querySelector(MASTODON_SELECTORS.focusedFavourited) : !!el.querySelector(MASTODON_SELECTORS.favourited),
    repliedByBrand,
  };
}

/** What holds the focused post's action bar: the wrapper it shares with it, else the post itself. */
const focusedBar = (el: Element): Element => el.closest(MASTODON_SELECTORS.focusedWrapper) ?? el;

function replyTarget(el: Element): HTMLElement | null {
  if (el.classList.contains('detailed-status')) return focusedBar(el).querySelector<HTMLElement>(MASTODON_SELECTORS.focusedReply);
  return el.querySelector<HTMLElement>(MASTODON_SELECTORS.reply);
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
  const meta = metaPost(documentOf(el));
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
  // The list's keys outlive a change of class names: a boost group's key names it (BOOST_KEY).
  if (pageKind === 'notifications' && !found.share && root.querySelector('article[data-id^="reblog-"]')) problems.push('Mastodon: boost notifications are visible but none was read');
  return healthReport({ platform: 'mastodon', pageKind, expected: pageKind === 'post' ? ['post', 'comment', 'reply'] : pageKind === 'notifications' ? ['mention', 'share', 'quote'] : ['post'] }, found, problems);
}

export const mastodonAdapter: Adapter = {
  platform: 'mastodon',
  /** Instances are added by the user (a host permission asked then): no fixed hosts. */
  matches: [],
  pageKind: mastodonPageKind,
  findItems,
  itemsIn,
  readItem: readMastodonItem,
  findComposer: (root) => querySelectorFirst<HTMLElement>(root, MASTODON_SELECTORS.composer),
  composerKind,
  replyTarget,
  anchor: (el) => (el.classList.contains('notification-group') ? el.querySelector('.notification-group__main__header__label') : el.querySelector('.status__info, .detailed-status__display-name')) ?? el,
  health,
  detect,
};

// Test URLs: https://mastodon.social/@Gargron/112345678901234567 (post), https://mastodon.example/notifications,
// https://fosstodon.org/home (feed), https://mastodon.social/@Gargron (profile)

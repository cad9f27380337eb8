/**
 * Mastodon, any instance: recognised by its markup, not its host. Sample page:
 * test/fixtures/platforms/mastodon/defuddle-status-thread-anonymized.html (4.x web UI, status + 5 replies).
 * Mastodon's class names are readable BEM names kept across versions, not build hashes.
 */
import { countBy, documentUrl, healthReport, isoDate, linkUrl, normaliseHandle, parsedUrl, querySelectorFirst, readableText } from './dom';
import { untilPageChanges } from './dom-social';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const MASTODON_SELECTORS = {
  /** The web app's root (server-rendered with its props). */
  app: '#mastodon[data-props], body.app-body .columns-area',
  focused: '.detailed-status',
  status: '.status[data-id]',
  name: '.display-name__html',
  account: '.display-name__account',
  authorLink: ['.status__display-name', '.detailed-status__display-name'],
  text: '.status__content__text',
  time: ['.status__relative-time time[datetime]', 'time[datetime]'],
  permalink: ['a.status__relative-time', 'a.detailed-status__datetime'],
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

function isBrand(handle: string, ctx?: ReadContext): boolean {
  const h = normaliseHandle(handle);
  return !!ctx?.brandHandles?.some((b) => {
    const brand = normaliseHandle(b);
    return brand === h || (!brand.includes('@') && brand === h.split('@')[0]);
  });
}

function idOf(el: Element, permalink?: Element): string | undefined {
  const own = el.getAttribute('data-id');
  if (own) return own;
  const href = (permalink ?? querySelectorFirst(el, MASTODON_SELECTORS.permalink))?.getAttribute('href') ?? '';
  return /\/(\d+)(?:[/?#]|$)/.exec(href)?.[1];
}

/** The status's account as "user@instance", or undefined. */
function handleOf(el: Element, host: string): string | undefined {
  const account = readableText(el.querySelector(MASTODON_SELECTORS.account));
  return account ? fullHandle(account, host) : undefined;
}

interface PageItems {
  items: Element[];
  index: Map<Element, number>;
  focused: number;
}

/** The page's statuses in order, with their positions: once per scan slice, not once per status. */
const pageItems = untilPageChanges((doc: Document): PageItems => {
  const items = Array.from(doc.querySelectorAll(ITEM));
  return { items, index: new Map(items.map((s, i) => [s, i] as const)), focused: items.findIndex((i) => i.matches(MASTODON_SELECTORS.focused)) };
});

interface Placement {
  kind: ItemKind;
  parentId?: string;
  depth?: number;
}

/**
 * In a thread, a status marked first-in-thread answers the focused post; one without the mark continues the
 * branch above it (answers the status right before it).
 */
function placeInThread(el: Element, page: PageItems): Placement {
  const { items, focused } = page;
  const index = page.index.get(el) ?? -1;
  if (focused < 0 || index <= focused) return { kind: 'post' };
  let depth = 1;
  for (let i = index; i > focused + 1 && !startsBranch(items[i]); i--) depth++;
  const parent = depth === 1 ? items[focused] : items[index - 1];
  return { kind: depth === 1 ? 'comment' : 'reply', parentId: idOf(parent), depth };
}

const startsBranch = (el: Element): boolean => el.classList.contains('status--first-in-thread');

/** The statuses answering `el`: the next one when it continues the branch; for the focused post every branch start. */
function answersTo(el: Element, page: PageItems): Element[] {
  const { items } = page;
  const index = page.index.get(el) ?? -1;
  if (index < 0) return [];
  if (el.matches(MASTODON_SELECTORS.focused)) return items.slice(index + 1).filter((s, i) => i === 0 || startsBranch(s));
  const next = items[index + 1];
  return next && !startsBranch(next) ? [next] : [];
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

export function readMastodonItem(el: Element, ctx?: ReadContext): RawItem | null {
  const href = documentUrl(el) ?? 'about:blank';
  const page = parsedUrl(href);
  const permalink = querySelectorFirst(el, MASTODON_SELECTORS.permalink);
  const id = idOf(el, permalink ?? undefined);
  const handle = handleOf(el, page.host);
  if (!id || !handle) return null;
  const pageKind = pageKindOf(href, page);
  let placement: Placement = { kind: 'post' };
  if (pageKind === 'notifications') {
    const kind = notificationKind(el);
    if (!kind) return null;
    placement = { kind };
  } else if (pageKind === 'post') placement = placeInThread(el, pageItems(el.ownerDocument));
  return {
    platform: 'mastodon',
    nativeId: id,
    kind: placement.kind,
    author: { name: readableText(el.querySelector(MASTODON_SELECTORS.name)) || handle, handle, url: linkUrl(querySelectorFirst(el, MASTODON_SELECTORS.authorLink)) },
    text: readableText(el.querySelector(MASTODON_SELECTORS.text), { skip: '.invisible' }),
    postedAt: isoDate(querySelectorFirst(el, MASTODON_SELECTORS.time)?.getAttribute('datetime')),
    permalink: linkUrl(permalink),
    parentId: placement.parentId,
    depth: placement.depth,
    likedByMe: !!el.querySelector(MASTODON_SELECTORS.favourited),
    // Without brand handles no answer can be the brand's: the next status's account is not read.
    repliedByBrand: pageKind === 'post' ? !!ctx?.brandHandles?.length && answersTo(el, pageItems(el.ownerDocument)).some((s) => isBrand(handleOf(s, page.host) ?? '', ctx)) : undefined,
  };
}

function composerKind(el: Element): ComposerKind {
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readMastodonItem(el, ctx)): Health {
  const pageKind = mastodonPageKind(url);
  const items = Array.from(root.querySelectorAll(ITEM)).map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const problems: string[] = [];
  if (pageKind === 'post' && !found.post) problems.push('Mastodon: the post was not detected');
  const shown = root.querySelectorAll('.focusable[aria-label], article[data-id], [data-nosnippet]').length;
  if (pageKind === 'post' && !found.comment && !found.reply && shown > 1) problems.push('Mastodon: replies are visible under the post but none was detected');
  return healthReport({ platform: 'mastodon', pageKind, expected: pageKind === 'post' ? ['post', 'comment', 'reply'] : pageKind === 'notifications' ? ['mention', 'share'] : ['post'] }, found, problems);
}

export const mastodonAdapter: Adapter = {
  platform: 'mastodon',
  /** Instances are added by the user (a host permission asked then): no fixed hosts. */
  matches: [],
  pageKind: mastodonPageKind,
  findItems: (root) => Array.from(root.querySelectorAll(ITEM)),
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

/**
 * X (twitter.com too). Sample pages: ../shared/fixtures/platforms/x/*.html (2023-2026),
 * test/fixtures/platforms/x/*.html (copies and look-alikes).
 */
import {
  countBy,
  documentOf,
  documentUrl,
  healthReport,
  httpUrl,
  isoDate,
  lastOf,
  linkUrl,
  listOf,
  normaliseHandle,
  parsedUrl,
  querySelectorFirst,
  readableText,
  selfAndBelow,
  stableHash,
  type TextOptions,
} from './dom';
import { isBrandHandle, pageList, untilPageChanges } from './dom-social';
import { hasLabel, labelsFor } from './labels';
import { parseCount } from '../engagement/counts';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const X_SELECTORS = {
  /**
   * One tweet (timeline, status page, mentions tab); 2019-2022 it was a div: dated fallback. One compound, not a list
   * of two: Chromium lists a 2,000-tweet page's in ~0.6 ms instead of ~1.8 ms, on every scan.
   */
  tweet: ':is(article, div)[data-testid="tweet"]',
  /** A row of the notifications "All" tab (likes, reposts, follows). */
  notification: ':is(article, div)[data-testid="notification"]',
  userName: '[data-testid="User-Name"]',
  text: '[data-testid="tweetText"]',
  /**
   * Dated fallback for the text when its hook is gone: the tweet text is the div carrying the tweet's language (TY
   * selectors.ts:68 "article div[lang][dir]"; in each saved page, 2023-2026, every div[lang] is a tweetText).
   */
  textFallback: 'div[lang][dir]',
  /** Long-form Article title, the only text an Article tweet shows (2026). */
  articleTitle: '[data-testid="twitter-article-title"]',
  /** The quoted tweet inside a quote tweet: a focusable link block holding its own User-Name. */
  quoted: 'div[role="link"][tabindex="0"]',
  time: 'a[href*="/status/"] time[datetime]',
  statusLink: 'a[href*="/status/"]',
  reply: '[data-testid="reply"]',
  liked: '[data-testid="unlike"]',
  /**
   * The "Ad" / "Promoted" label of a paid tweet, in timelines and between a post's replies (public ad hiders match it
   * as a div and as a span: any tag here). An ad is nobody's comment: it is left out of the items.
   */
  promoted: '[data-testid="promotedIndicator"]',
  like: '[data-testid="like"]',
  /** Draft.js reply/compose box. */
  composer: ['div[data-testid^="tweetTextarea_"][role="textbox"]', '[data-testid^="tweetTextarea_"] [contenteditable="true"]'],
  /** Evidence that tweets are on screen even if the data-testid hook changed. */
  evidence: 'article[role="article"], [data-testid="cellInnerDiv"]',
  /**
   * Action-bar counts (2024-2026): each button's aria-label names its count ("12 replies. Reply", "1 234 J'aime.
   * J'aime"); the visible number is in the button's text-transition span. Views: the analytics link's label.
   */
  counts: {
    comments: '[data-testid="reply"]',
    shares: '[data-testid="retweet"], [data-testid="unretweet"]',
    likes: '[data-testid="like"], [data-testid="unlike"]',
    views: 'a[href$="/analytics"]',
  },
  countText: '[data-testid="app-text-transition-container"]',
} as const;

const TWEET = X_SELECTORS.tweet;
const HOSTS = /^(?:mobile\.)?(?:x|twitter)\.com$/;
const STATUS_PATH = /^\/(?:[A-Za-z0-9_]{1,15}|i\/web)\/status\/(\d+)/;
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'settings', 'i', 'search', 'compose', 'login', 'signup',
  'logout', 'tos', 'privacy', 'jobs', 'hashtag', 'intent', 'share', 'account',
]);

export function xPageKind(url: URL): PageKind {
  if (!HOSTS.test(url.hostname)) return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (STATUS_PATH.test(path)) return 'post';
  if (/^\/notifications(?:\/(?:mentions|verified))?$/.test(path)) return 'notifications';
  if (path === '/home' || path === '/explore' || path === '/search' || /^\/i\/lists\/\d+$/.test(path) || /^\/hashtag\/[^/]+$/.test(path)) return 'feed';
  const profile = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles))?$/.exec(path);
  if (profile && !RESERVED.has(profile[1].toLowerCase())) return 'profile';
  return 'other';
}

const STATUS_HREF = /^(?:https:\/\/(?:mobile\.)?(?:x|twitter)\.com)?(\/[^?#]*)/;

function statusIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = STATUS_HREF.exec(href)?.[1];
  if (path) return STATUS_PATH.exec(path)?.[1]; // the common case without a URL parse
  try {
    return STATUS_PATH.exec(new URL(href, 'https://x.com').pathname)?.[1];
  } catch {
    return undefined;
  }
}

interface XPage {
  kind: PageKind;
  /** The status id in the address of a status page. */
  focusedId?: string;
}

const NO_PAGE: XPage = { kind: 'other' };

/** The page an item is on: kind and focused id worked out once per address, not once per item. */
const pageAt = lastOf((href: string): XPage => {
  const url = parsedUrl(href);
  return { kind: xPageKind(url), focusedId: STATUS_PATH.exec(url.pathname)?.[1] };
});

function pageOf(el: Node): XPage {
  const href = documentUrl(el);
  return href ? pageAt(href) : NO_PAGE;
}

/** Whether a tweet quotes another (rare): only then must its own parts be told from the quoted tweet's. */
const quotes = untilPageChanges((el: Element) => el.querySelector(X_SELECTORS.quoted) !== null);

/** Elements of `el` that are not inside its quoted tweet; `quoting` when the caller already knows. */
function own<E extends Element>(el: Element, selector: string, quoting = quotes(el)): E | null {
  if (!quoting) return el.querySelector<E>(selector);
  const all = el.querySelectorAll<E>(selector);
  for (let i = 0, n = all.length; i < n; i++) {
    const quoted = all[i].closest(X_SELECTORS.quoted);
    if (!quoted || !el.contains(quoted)) return all[i];
  }
  return null;
}

const AT_HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

const HANDLE_PATH = /^\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/;

function readAuthor(el: Element): RawItem['author'] | null {
  const box = el.querySelector(X_SELECTORS.userName);
  if (!box) return null;
  const profile = box.querySelector('a[href^="/"]');
  const profileHref = profile?.getAttribute('href');
  // The profile link's path is the handle; the "@handle" line is read only when the link is something else.
  let handle = profileHref ? HANDLE_PATH.exec(profileHref)?.[1] : undefined;
  if (!handle) {
    const spans = box.querySelectorAll('span');
    for (let i = 0, n = spans.length; i < n; i++) {
      const t = spans[i].textContent?.trim() ?? '';
      if (AT_HANDLE.test(t)) {
        handle = t.slice(1);
        break;
      }
    }
  }
  if (!handle && profileHref) handle = profileHref.split('/')[1];
  const name = readableText(box.querySelector('[dir="ltr"], [dir="auto"]')) || handle || '';
  if (!name) return null;
  return { name, handle, url: httpUrl(profileHref, documentUrl(el)) };
}

function readStatus(el: Element, quoting: boolean): { id?: string; permalink?: string; postedAt?: string } {
  const time = own<HTMLTimeElement>(el, X_SELECTORS.time, quoting);
  const link = time?.closest('a') ?? own(el, 'a[href*="/status/"][href$="/analytics"]', quoting) ?? own(el, X_SELECTORS.statusLink, quoting);
  const href = link?.getAttribute('href');
  const id = statusIdFromHref(href);
  const url = id && href?.split('/')[1] ? permalinkOf(httpUrl(href, documentUrl(el)), id) : undefined;
  return { id, permalink: url, postedAt: isoDate(time?.getAttribute('datetime')) };
}

/** The status address without what follows the id (/photo/1, /analytics); as is when it already ends with the id. */
function permalinkOf(url: string | undefined, id: string): string | undefined {
  if (url === undefined) return undefined;
  const at = url.indexOf('/status/');
  if (at >= 0 && at === url.length - id.length - 8 && url.endsWith(id)) return url;
  return url.replace(/\/status\/(\d+).*$/, '/status/$1');
}

const SHOW_MORE = '[data-testid="tweet-text-show-more-link"]';
const TEXT_SKIPPING_SHOW_MORE: TextOptions = { skip: SHOW_MORE, preserveNewlines: true };
const TEXT: TextOptions = { preserveNewlines: true };

function readText(el: Element, quoting: boolean): string {
  const text = own(el, X_SELECTORS.text, quoting) ?? own(el, X_SELECTORS.articleTitle, quoting) ?? own(el, X_SELECTORS.textFallback, quoting);
  if (!text) return '';
  // One look for the "Show more" link rather than a selector match on every element of the text.
  return readableText(text, text.querySelector(SHOW_MORE) ? TEXT_SKIPPING_SHOW_MORE : TEXT);
}

/** The page's tweets in order, ads left out: the scan, the health check and the conversation share them. */
const pageTweets = pageList((root) => withoutAds(root, listOf(root.querySelectorAll(TWEET))));

/** One page-wide look for ad labels (~0.5 ms on a 2,000-tweet page), none per tweet: most pages show none. */
function withoutAds(root: ParentNode, tweets: Element[]): Element[] {
  const labels = root.querySelectorAll(X_SELECTORS.promoted);
  if (!labels.length) return tweets;
  const ads = new Set(Array.from(labels, (label) => label.closest(TWEET)));
  return tweets.filter((t) => !ads.has(t));
}

function readNotification(el: Element): RawItem | null {
  const summary = readableText(el);
  if (!hasLabel(summary, [...labelsFor('x', el, 'reposted')])) return null;
  const link = el.querySelector(X_SELECTORS.statusLink);
  const profile = el.querySelector('a[href^="/"]:not([href*="/status/"])');
  const handle = profile?.getAttribute('href')?.split('/')[1];
  const parentId = statusIdFromHref(link?.getAttribute('href'));
  return {
    platform: 'x',
    nativeId: stableHash('x-share', handle, parentId, summary),
    kind: 'share',
    author: { name: readableText(profile) || handle || '', handle, url: linkUrl(profile) },
    text: summary,
    permalink: linkUrl(link),
    parentId,
  };
}

export function readTweet(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.matches(X_SELECTORS.notification)) return readNotification(el);
  const author = readAuthor(el);
  if (!author) return null;
  const quoting = el.querySelector(X_SELECTORS.quoted) !== null;
  const status = readStatus(el, quoting);
  if (!status.id) return null;
  const { kind: page, focusedId } = pageOf(el);
  let kind: ItemKind = 'post';
  let parentId: string | undefined;
  let depth: number | undefined;
  const hasQuote = quoting && !!el.querySelector(`${X_SELECTORS.quoted} ${X_SELECTORS.userName}`);
  if (page === 'notifications') kind = hasQuote ? 'quote' : 'mention';
  else if (page === 'post' && focusedId && status.id !== focusedId && followsFocused(el, focusedId)) {
    kind = 'comment';
    parentId = focusedId;
    depth = 1;
  } else if (hasQuote) kind = 'quote';
  else if (replyLine(el, labelsFor('x', el, 'replyingTo'))) kind = 'reply';
  const item: RawItem = {
    platform: 'x',
    nativeId: status.id,
    kind,
    author,
    text: readText(el, quoting),
    postedAt: status.postedAt,
    permalink: status.permalink,
    parentId,
    depth,
    likedByMe: !!own(el, X_SELECTORS.liked, quoting),
    repliedByBrand: ctx?.brandHandles?.length ? brandRepliedUnder(el, focusedId === status.id, ctx.brandHandles, ctx.few) : false,
  };
  // Only posts: their counts feed post performance; reading them for every reply would slow a 2,000-reply scan.
  if (kind === 'post') {
    const counts = readCounts(el, quoting);
    if (counts) item.counts = counts;
  }
  return item;
}

/** The counts the action bar shows, from each control's label, else its visible number; none when none is shown. */
const COUNT_CONTROLS = Object.entries(X_SELECTORS.counts) as Array<[keyof typeof X_SELECTORS.counts, string]>;

function readCounts(el: Element, quoting: boolean): RawItem['counts'] {
  const out: NonNullable<RawItem['counts']> = {};
  for (const [name, selector] of COUNT_CONTROLS) {
    const control = own(el, selector, quoting);
    if (!control) continue;
    const value = parseCount(control.getAttribute('aria-label')) ?? parseCount(control.querySelector(X_SELECTORS.countText)?.textContent);
    if (value !== undefined) out[name] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** "Replying to @a" line of a timeline reply, outside the quoted tweet. */
function replyLine(el: Element, labels: readonly string[]): boolean {
  const lines = el.querySelectorAll('div[dir="ltr"]');
  for (let i = 0, n = lines.length; i < n; i++) {
    const div = lines[i];
    const first = div.firstChild;
    if (first?.nodeType === 3 && hasLabel(first.textContent, labels) && !div.closest(X_SELECTORS.quoted)) return true;
  }
  return false;
}

/**
 * A cell of the conversation that heads a section instead of holding a tweet: under the replies, X adds posts from
 * elsewhere under a heading cell ("Discover more", 2024-; TaYaKi71751/hide-twitter-discover-more hides from that
 * cell on). Found by its heading element, not its words, so any UI language is covered: X renders headings as
 * `h2[role="heading"]` (the saved pages); h2 alone, as [role] is asked of every element (~2 ms vs ~0.6 ms a query).
 */
const SECTION_HEADING = '[data-testid="cellInnerDiv"] h2';

function sectionAfter(doc: Document, focused: Element): Element | null {
  for (const heading of doc.querySelectorAll(SECTION_HEADING)) {
    const cell = heading.closest('[data-testid="cellInnerDiv"]')!;
    if (!cell.querySelector(TWEET) && focused.compareDocumentPosition(cell) & FOLLOWING) return cell;
  }
  return null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The focused tweet of a status page and the tweets that answer it (after it, before a section heading), computed
 * once until the page changes: comparing document positions item by item walks 2,000 sibling cells each time.
 */
const conversation = untilPageChanges((doc: Document) => {
  const focused = doc.querySelector('article[data-testid="tweet"][tabindex="-1"]');
  const tweets = pageTweets.ofPage(doc);
  const index = new Map<Element, number>();
  tweets.forEach((t, i) => index.set(t, i));
  const section = focused ? sectionAfter(doc, focused) : null;
  const sectionAt = section ? tweets.findIndex((t) => section.compareDocumentPosition(t) & FOLLOWING) : -1;
  return {
    tweets,
    focused,
    focusedId: focused ? readStatus(focused, quotes(focused)).id : undefined,
    focusedAt: focused ? index.get(focused) ?? -1 : -1,
    /** Index of the first tweet that no longer answers the focused one. */
    endAt: sectionAt < 0 ? tweets.length : sectionAt,
    section,
    index,
  };
});

/**
 * On a status page, tweets after the focused one (tabindex -1) answer it, up to a section heading; tweets before it are
 * the thread it answers.
 */
function followsFocused(el: Element, focusedId: string): boolean {
  const c = conversation(documentOf(el));
  if (!c.focused || c.focused === el || c.focusedId !== focusedId) return false;
  const at = c.index.get(el);
  if (at !== undefined && c.focusedAt >= 0) return at > c.focusedAt && at < c.endAt;
  return (c.focused.compareDocumentPosition(el) & FOLLOWING) !== 0 && !(c.section && c.section.compareDocumentPosition(el) & FOLLOWING);
}

/** The handle in a tweet's first profile link: enough to tell the brand's tweets, without reading the whole author. */
const profileHandle = (tweet: Element) => tweet.querySelector(`${X_SELECTORS.userName} a[href^="/"]`)?.getAttribute('href')?.split('/')[1];

const SAFE_HANDLE = /^[\w.-]+$/;

/** A tweet whose profile link is the brand's, an ad excepted (the brand's own ads answer nobody). */
const isBrandTweet = (tweet: Element, brandHandles: readonly string[]) =>
  isBrandHandle(profileHandle(tweet), { brandHandles }) && !tweet.querySelector(X_SELECTORS.promoted);

/** Per page, per list of brand handles: the tweets whose profile link is the brand's. */
const brandTweetsOf = untilPageChanges((_doc: Document) => new Map<string, Set<Element>>());

function brandTweets(doc: Document, brandHandles: readonly string[]): Set<Element> {
  const byHandles = brandTweetsOf(doc);
  const key = brandHandles.join('\n');
  let found = byHandles.get(key);
  if (!found) {
    found = new Set();
    // The brand's own ads answer nobody.
    for (const t of brandCandidates(doc, brandHandles)) if (isBrandTweet(t, brandHandles)) found.add(t);
    byHandles.set(key, found);
  }
  return found;
}

/**
 * Tweets holding a profile link whose address contains one of the handles: a native pre-filter, so the exact check
 * looks at a few tweets, not at 2,000. Every tweet when a handle cannot be written in a selector.
 */
function brandCandidates(doc: Document, brandHandles: readonly string[]): Iterable<Element> {
  const needles = brandHandles.map((b) => normaliseHandle(b));
  if (!needles.every((h) => SAFE_HANDLE.test(h))) return pageTweets.ofPage(doc);
  const tweets = new Set<Element>();
  for (const a of doc.querySelectorAll(needles.map((h) => `${X_SELECTORS.userName} a[href*="${h}" i]`).join(', '))) {
    for (let t = a.closest(TWEET); t; t = t.parentElement?.closest(TWEET) ?? null) tweets.add(t);
  }
  return tweets;
}

/**
 * Whether the brand answered under this tweet. X shows a conversation flat: for the focused tweet any later tweet
 * by the brand; for another, the tweet in the next timeline cell (X draws the thread line between the two).
 */
function brandRepliedUnder(el: Element, focused: boolean, brandHandles: readonly string[], few = false): boolean {
  if (focused) {
    const { tweets, index, endAt } = conversation(documentOf(el));
    const from = (index.get(el) ?? tweets.indexOf(el)) + 1;
    for (const t of brandTweets(documentOf(el), brandHandles)) {
      const at = index.get(t) ?? tweets.indexOf(t);
      if (at >= from && at < endAt) return true;
    }
    return false;
  }
  const next = el.closest('[data-testid="cellInnerDiv"]')?.nextElementSibling?.querySelector(TWEET);
  if (!next) return false;
  // A tweet of this page is in the page's brand set, built for many reads; for a few, or one apart from the page (a
  // detached copy), the next tweet is checked itself.
  if (next.isConnected && !few) return brandTweets(documentOf(el), brandHandles).has(next);
  return isBrandTweet(next, brandHandles);
}

function findComposer(root: ParentNode): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(root, X_SELECTORS.composer);
}

function composerKind(el: Element): ComposerKind {
  if (el.closest('.DraftEditor-root') || el.querySelector('[data-contents="true"]') || el.matches('[data-testid^="tweetTextarea_"]')) return 'draft-js';
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readTweet(el, ctx)): Health {
  const pageKind = xPageKind(url);
  const elements = findItems(root);
  const items = elements.map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const problems: string[] = [];
  // Asked only when something is missing: the page-wide query would cost the idle health check ~3 ms on a long thread.
  const evidence = () => root.querySelector(X_SELECTORS.evidence) !== null;
  const expected =
    pageKind === 'post' ? ['post', 'comment'] : pageKind === 'notifications' ? ['mention', 'share', 'quote'] : ['post'];
  // Notification rows other than reposts (likes, follows) are read as nothing on purpose: only tweets count as misses.
  const tweets = elements.filter((el) => !el.matches(X_SELECTORS.notification)).length;
  const readTweets = items.filter((i) => i.kind !== 'share').length;
  if (tweets > readTweets) problems.push(`X: ${tweets - readTweets} tweet(s) found but not readable (author or status link missing)`);
  if (pageKind === 'post' && !items.some((i) => i.kind === 'post')) {
    problems.push(evidence() ? 'X: the post is on screen but was not detected (tweet markup changed?)' : 'X: no post detected on this status page');
  }
  if (pageKind === 'post' && !found.comment && !found.reply) {
    const visibleReplies = root.querySelectorAll('article[role="article"]').length - 1 - root.querySelectorAll(X_SELECTORS.promoted).length;
    if (visibleReplies > 0) problems.push('X: replies are visible under the post but none was detected');
  }
  if ((pageKind === 'feed' || pageKind === 'profile') && items.length === 0 && evidence()) problems.push('X: timeline cells are visible but no tweet was detected');
  if (pageKind === 'notifications' && elements.length === 0 && evidence()) problems.push('X: notification rows are visible but none was detected');
  return healthReport({ platform: 'x', pageKind, expected }, found, problems);
}

function findItems(root: ParentNode): Element[] {
  const found = pageTweets.find(root);
  const notifications = root.querySelectorAll(X_SELECTORS.notification);
  return notifications.length ? [...found, ...notifications] : found;
}

const TWEETS_AND_NOTIFICATIONS = [TWEET, X_SELECTORS.notification];

/** An ad's label is inside it: the added element holds it when it holds the ad. */
const itemsIn = (added: Element): Element[] => withoutAds(added, selfAndBelow(added, TWEETS_AND_NOTIFICATIONS));

export const xAdapter: Adapter = {
  platform: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  pageKind: xPageKind,
  findItems,
  itemsIn,
  readItem: readTweet,
  findComposer,
  composerKind,
  replyTarget: (el) => own<HTMLElement>(el, X_SELECTORS.reply),
  anchor: (el) => el.querySelector('[role="group"]') ?? own(el, X_SELECTORS.text) ?? el,
  health,
};

// Test URLs: https://x.com/jack/status/20 (post), https://twitter.com/home (feed),
// https://x.com/notifications/mentions (notifications), https://x.com/kepano (profile)

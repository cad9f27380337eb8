/**
 * Facebook (www, "Comet" UI). No real www snapshot exists; sample pages are look-alikes:
 * test/fixtures/platforms/facebook/post-2025.lookalike.html, notifications-2025.lookalike.html.
 * Classes are atomic and change every build: everything here hangs on roles, links and their query parameters.
 */
import { countBy, documentUrl, healthReport, httpUrl, linkUrl, querySelectorFirst, readableText, stableHash } from './dom';
import { brandLinkCandidates, isBrandHandle, untilPageChanges, plainLabel, queryParam } from './dom-social';
import { hasLabel, isLabel, labelTable } from './labels';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const FACEBOOK_SELECTORS = {
  /** Post, comment and reply containers (CMF src/feeds/news.js:22-23, FBX :147-150; 2021-2025). */
  article: '[role="article"]',
  /** Feed post wrapper (CMF, 2023-2025). */
  feedPost: 'div[aria-posinset]',
  /** Comment and reply permalinks: the timestamp link ("2h") and the author link carry comment_id (FBX :668). */
  commentLink: 'a[href*="comment_id="]',
  /** Post message (data-ad-preview since 2019, data-ad-comet-preview on Comet). */
  message: '[data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** Text blocks of a comment (FBX :642). */
  text: 'div[dir="auto"]',
  /** Notification rows link to their target with notif_id and notif_t. */
  notification: 'a[href*="notif_id="]',
  /** Lexical reply box (BRI editor-beforeinput.js; HAR editorUtils.ts:57), then any textbox. */
  composer: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
    'form textarea',
  ],
  button: '[role="button"]',
} as const;

const POST_PATH = /\/(?:posts|permalink|videos|reel|photos?)\/|\/(?:permalink|story|photo)\.php|[?&](?:story_fbid|fbid|v)=/;
const RESERVED = new Set([
  'home.php', 'notifications', 'messages', 'watch', 'marketplace', 'groups', 'gaming', 'events', 'pages', 'friends',
  'settings', 'bookmarks', 'saved', 'search', 'login', 'reel', 'reels', 'stories', 'photo', 'photo.php', 'story.php',
  'permalink.php', 'help', 'privacy', 'policies', 'hashtag', 'business', 'ads', 'memories',
]);

export function facebookPageKind(url: URL): PageKind {
  if (!/(^|\.)facebook\.com$/.test(url.hostname)) return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const full = path + url.search;
  if (/^\/notifications$/.test(path)) return 'notifications';
  if (
    /^\/[^/]+\/(?:posts|videos)\/[^/]+/.test(path) ||
    /^\/groups\/[^/]+\/(?:posts|permalink)\/[^/]+/.test(path) ||
    /^\/(?:permalink|story|photo)\.php$/.test(path) ||
    /^\/reel\/\d+/.test(path) ||
    /^\/watch$/.test(path) && url.searchParams.has('v') ||
    /^\/photo$/.test(path) && url.searchParams.has('fbid')
  ) return 'post';
  if (path === '/' || path === '/home.php' || /^\/groups\/feed$/.test(path) || /^\/watch$/.test(path)) return 'feed';
  if (/^\/profile\.php$/.test(path) && url.searchParams.has('id')) return 'profile';
  if (/^\/people\/[^/]+\/\d+$/.test(path) || /^\/groups\/[^/]+$/.test(path)) return 'profile';
  const first = /^\/([^/]+)(?:\/(?:about|photos|videos|reviews|community|posts))?$/.exec(path);
  if (first && !RESERVED.has(first[1].toLowerCase()) && !full.includes('?v=')) return 'profile';
  return 'other';
}

/** Comment ids from a link: numeric, or base64 of "comment:<post>_<comment>" (2023-2025). */
function commentIds(href: string | null | undefined): { post?: string; comment?: string; reply?: string } {
  const raw = queryParam(href, 'comment_id');
  const reply = queryParam(href, 'reply_comment_id');
  if (!raw) return {};
  if (/^\d+$/.test(raw)) return { comment: raw, reply };
  try {
    const m = /^comment:(\d+)_(\d+)$/.exec(atob(raw.replace(/-/g, '+').replace(/_/g, '/')));
    if (m) return { post: m[1], comment: m[2], reply };
  } catch {
    // not base64: an id format we do not know
  }
  return { comment: raw, reply };
}

/** The post id in a link's path or query, read from the string (every comment asks it of two addresses). */
function postIdFrom(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)/i.exec(href)?.[1] ?? '';
  const byPath = /\/(?:posts|permalink|videos|reel)\/([^/?#]+)/.exec(path)?.[1];
  return byPath ?? queryParam(href, 'story_fbid') ?? queryParam(href, 'fbid') ?? queryParam(href, 'v') ?? undefined;
}

/**
 * "Not inside an article nested in the item": the item's own parts, told apart from its comments' (a post's) or
 * replies' (a comment's) by the selector engine, with no climb per match. `:scope` is the queried item.
 */
const NOT_NESTED = ':scope [role="article"] *';
/** FACEBOOK_SELECTORS text blocks of the item itself: neither nested, inside a link nor inside another text block. */
const OWN_TEXT = `div[dir="auto"]:not(${NOT_NESTED}, a *, div[dir="auto"] *)`;
const OWN_MESSAGE = `:is(${FACEBOOK_SELECTORS.message}):not(${NOT_NESTED})`;
const OWN_BUTTON = `[role="button"]:not(${NOT_NESTED})`;
/** Buttons that can say a like state: the others (Reply, Share) have neither a pressed state nor a label. */
const OWN_TOGGLE = `[role="button"]:is([aria-pressed], [aria-label]):not(${NOT_NESTED})`;
/** POST_PATH as attribute tests: an href matches POST_PATH exactly when it contains one of these. */
const POST_HREF = [
  '/posts/', '/permalink/', '/videos/', '/reel/', '/photo/', '/photos/', '/permalink.php', '/story.php', '/photo.php',
  '?story_fbid=', '&story_fbid=', '?fbid=', '&fbid=', '?v=', '&v=',
].map((part) => `[href*="${part}"]`).join(', ');
const OWN_POST_LINK = `a:is(${POST_HREF}):not(${NOT_NESTED})`;
const OWN_COMMENT_LINK = `${FACEBOOK_SELECTORS.commentLink}:not(${NOT_NESTED})`;
const OWN_COMMENT_POST_LINK = `${FACEBOOK_SELECTORS.commentLink}:is(${POST_HREF}):not(${NOT_NESTED})`;
/** Author candidates: own profile links outside the text (links in a comment's words name other people). */
const OWN_PROFILE_LINK = `a[href]:not(${NOT_NESTED}, div[dir="auto"] *, ${POST_HREF})`;
/** Comments (or replies) directly under an item, not the replies of its comments. */
const CHILD_ARTICLE = `[role="article"]:not(${NOT_NESTED})`;

function isPostLink(a: Element): boolean {
  return POST_PATH.test(a.getAttribute('href') ?? '');
}

/** The profile an author link points to, read from its (already http(s)) address; a URL parse only for odd ones. */
function profileOf(url: string): { handle?: string; url: string } {
  const m = /^(https?:\/\/[^/?#@]+)(\/[^?#]*)(?:[?#]|$)/.exec(url);
  const parsed = m ? undefined : new URL(url);
  const origin = m ? m[1] : parsed!.origin;
  const path = m ? m[2] : parsed!.pathname;
  const profile = path === '/profile.php';
  const id = profile ? (m ? queryParam(url, 'id') : parsed!.searchParams.get('id') ?? undefined) : path.split('/')[1] || undefined;
  return { handle: id, url: profile && id ? `${origin}/profile.php?id=${id}` : origin + path };
}

/**
 * Own matches in document order. Under a post, querySelectorAll would visit every comment of the thread to list the
 * few own ones: there the first is tried alone, and the full list asked only when the first does not do.
 */
function* ownMatches(item: Element, selector: string): Generator<Element> {
  const first = item.querySelector(selector);
  if (!first) return;
  yield first;
  let rest = false;
  for (const el of item.querySelectorAll(selector)) {
    if (rest) yield el;
    rest = true;
  }
}

/** `holdsThread`: the item is a post, whose own parts come before its comments'. */
function authorOf(item: Element, holdsThread = false): RawItem['author'] | null {
  for (const link of holdsThread ? ownMatches(item, OWN_PROFILE_LINK) : item.querySelectorAll(OWN_PROFILE_LINK)) {
    const name = plainLabel(link);
    if (name === '') continue; // the avatar picture
    const url = linkUrl(link);
    if (!url) return null;
    const { handle, url: clean } = profileOf(url);
    return { name, handle, url: clean };
  }
  return null;
}

/** An item's own comment link (a permalink first). Kept until the page changes: replies ask it of their comment. */
const commentLinkOf = untilPageChanges((item: Element): Element | undefined => {
  const first = item.querySelector(OWN_COMMENT_LINK); // a post has none: one walk of its thread, not two
  if (!first) return undefined;
  return isPostLink(first) ? first : item.querySelector(OWN_COMMENT_POST_LINK) ?? first;
});

const wordsFor = labelTable('facebook', ['like', 'unlike', 'reply', 'mentioned', 'shared']);

/** The item's own like control says it: a pressed state, else an "Unlike"/"Like" label. Stops at the first that tells. */
function liked(item: Element, holdsThread = false): boolean | undefined {
  const { like, unlike } = wordsFor(item);
  for (const button of holdsThread ? ownMatches(item, OWN_TOGGLE) : item.querySelectorAll(OWN_TOGGLE)) {
    const pressed = button.getAttribute('aria-pressed');
    const label = button.getAttribute('aria-label');
    if (pressed === null && !isLabel(label, unlike) && !isLabel(label, like)) continue;
    return pressed === 'true' ? true : pressed === 'false' ? false : isLabel(label, unlike);
  }
  return undefined;
}

function ownText(item: Element): string {
  const message = item.querySelector(OWN_MESSAGE);
  if (message) return readableText(message);
  let text = '';
  for (const block of item.querySelectorAll(OWN_TEXT)) {
    const part = readableText(block);
    if (part) text = text ? `${text}\n${part}` : part;
  }
  return text;
}

/** Whether one of the comments directly under `item` is the brand's (most comments have none under them). */
function brandReplied(item: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length || !item.querySelector(FACEBOOK_SELECTORS.article)) return false;
  for (const child of item.querySelectorAll(CHILD_ARTICLE)) {
    if (commentLinkOf(child) && isBrandHandle(authorOf(child)?.handle, ctx)) return true;
  }
  return false;
}

function readComment(el: Element, link: Element, ctx?: ReadContext): RawItem | null {
  const author = authorOf(el);
  const href = link.getAttribute('href');
  const ids = commentIds(href);
  if (!author || !ids.comment) return null;
  const outer = el.parentElement?.closest(FACEBOOK_SELECTORS.article);
  const outerIds = outer ? commentIds(commentLinkOf(outer)?.getAttribute('href')) : {};
  const isReply = !!ids.reply || !!outerIds.comment;
  const nativeId = ids.reply ?? ids.comment;
  const docUrl = documentUrl(el);
  const pagePost = postIdFrom(href) ?? postIdFrom(docUrl);
  return {
    platform: 'facebook',
    nativeId,
    kind: isReply ? 'reply' : 'comment',
    author,
    text: ownText(el),
    permalink: httpUrl(href, docUrl)?.replace(/[&?]__cft__[^&]*/g, '').replace(/[&?]__tn__[^&]*/g, ''),
    parentId: isReply ? (ids.reply ? ids.comment : outerIds.reply ?? outerIds.comment) : pagePost ?? ids.post,
    depth: isReply ? 2 : 1,
    likedByMe: liked(el),
    repliedByBrand: brandReplied(el, ctx),
  };
}

function readPost(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.parentElement?.closest(FACEBOOK_SELECTORS.article)) return null; // a nested article without comment link: unknown
  const author = authorOf(el, true);
  if (!author) return null;
  const link = el.querySelector(OWN_POST_LINK);
  const id = postIdFrom(link?.getAttribute('href')) ?? postIdFrom(documentUrl(el));
  const text = ownText(el);
  return {
    platform: 'facebook',
    nativeId: id ?? stableHash('facebook-post', author.url, text),
    kind: 'post',
    author,
    text,
    permalink: linkUrl(link),
    depth: 0,
    likedByMe: liked(el, true),
    repliedByBrand: brandCommented(el, ctx),
  };
}

/** Whether a comment directly under the post is the brand's: only articles holding a link to the brand are read. */
function brandCommented(post: Element, ctx?: ReadContext): boolean {
  const seen = new Set<Element>();
  // The page's own permalinks name the brand too; an author is a profile link.
  for (const link of brandLinkCandidates(post, ctx, POST_HREF)) {
    const article = link.closest(FACEBOOK_SELECTORS.article);
    if (!article || article === post || seen.has(article)) continue;
    seen.add(article);
    const direct = (article.parentElement?.closest(FACEBOOK_SELECTORS.article) ?? post) === post;
    if (direct && commentLinkOf(article) && isBrandHandle(authorOf(article)?.handle, ctx)) return true;
  }
  return false;
}

/** A notification row: mention or share by its notif_t code, else by its words; other rows are null. */
function readNotification(el: Element): RawItem | null {
  const href = el.getAttribute('href');
  const type = queryParam(href, 'notif_t') ?? '';
  const summaryEl = el.querySelector('span[dir="auto"]') ?? el;
  const summary = readableText(summaryEl);
  let kind: ItemKind | null = null;
  if (/mention|tag/.test(type)) kind = 'mention';
  else if (/share/.test(type)) kind = 'share';
  else if (!type && hasLabel(summary, wordsFor(el).mentioned)) kind = 'mention';
  else if (!type && hasLabel(summary, wordsFor(el).shared)) kind = 'share';
  if (!kind) return null;
  const ids = commentIds(href);
  const post = postIdFrom(href);
  const notifId = queryParam(href, 'notif_id');
  const actor = plainLabel(el.querySelector('strong')) || el.querySelector('img')?.getAttribute('alt') || '';
  const url = linkUrl(el);
  const permalink = url?.replace(/[?&](?:notif_id|notif_t|ref)=[^&]*/g, '').replace(/\/\?$|\?$/, '/').replace(/\?&/, '?');
  const sharerPath = kind === 'share' && url ? new URL(url).pathname.split('/')[1] : undefined;
  return {
    platform: 'facebook',
    nativeId: ids.reply ?? ids.comment ?? (kind === 'share' && post ? post : notifId ? `notif:${notifId}` : stableHash('facebook-notification', summary)),
    kind,
    author: { name: actor, handle: sharerPath && !RESERVED.has(sharerPath) ? sharerPath : undefined },
    text: summary,
    permalink,
    parentId: ids.comment ? ids.post ?? post : undefined,
  };
}

function findItems(root: ParentNode): Element[] {
  const articles = Array.from(root.querySelectorAll(FACEBOOK_SELECTORS.article));
  // Feed wrappers count only when no post article is inside them (Comet dropped role="article" on some feeds).
  const wrappers = Array.from(root.querySelectorAll(FACEBOOK_SELECTORS.feedPost)).filter(
    (p) => !articles.some((a) => p.contains(a) && !commentLinkOf(a)),
  );
  return [...articles, ...wrappers, ...Array.from(root.querySelectorAll(FACEBOOK_SELECTORS.notification))];
}

function readItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.localName === 'a' && el.matches(FACEBOOK_SELECTORS.notification)) return readNotification(el);
  const link = el.getAttribute('role') === 'article' ? commentLinkOf(el) : undefined;
  return link ? readComment(el, link, ctx) : readPost(el, ctx);
}

function findComposer(root: ParentNode): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(root, FACEBOOK_SELECTORS.composer);
}

function composerKind(el: Element): ComposerKind {
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function replyTarget(el: Element): HTMLElement | null {
  const { reply } = wordsFor(el);
  for (const button of el.querySelectorAll<HTMLElement>(OWN_BUTTON)) if (isLabel(plainLabel(button), reply)) return button;
  return null;
}

function anchor(el: Element): Element | null {
  if (el.matches(FACEBOOK_SELECTORS.notification)) return el;
  return replyTarget(el)?.parentElement ?? el.querySelector(`${FACEBOOK_SELECTORS.text}:not(${NOT_NESTED})`) ?? el;
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readItem(el, ctx)): Health {
  const pageKind = facebookPageKind(url);
  const read = findItems(root).map((el) => ({ el, item: readOf(el) }));
  const items = read.flatMap((r) => (r.item ? [r.item] : []));
  const found = countBy(items, (i) => i.kind);
  const expected = pageKind === 'post' ? ['post', 'comment'] : pageKind === 'notifications' ? ['mention', 'share'] : ['post'];
  const problems: string[] = [];
  const unread = read.filter((r) => !r.item && !r.el.matches(FACEBOOK_SELECTORS.notification)).length;
  if (unread > 0) problems.push(`Facebook: ${unread} item(s) found but not readable (author or link missing)`);
  if (pageKind === 'post') {
    // Counted only when no comment was detected: it reads every button of the page.
    if (!found.comment && !found.reply) {
      const { reply } = wordsFor((root as Node).ownerDocument ?? (root as Node));
      const shown = Array.from(root.querySelectorAll(FACEBOOK_SELECTORS.button)).filter((b) => isLabel(plainLabel(b), reply)).length;
      if (shown > 0) problems.push(`Facebook: ${shown} comment(s) shown on this post but none detected (comment markup changed?)`);
    }
    if (!found.post) problems.push('Facebook: the post itself was not detected on this post page');
  }
  if (pageKind === 'notifications' && !root.querySelector(FACEBOOK_SELECTORS.notification)) {
    problems.push('Facebook: no notification row detected on this notifications page');
  }
  if ((pageKind === 'feed' || pageKind === 'profile') && !found.post && root.querySelector('[role="feed"], [role="main"]')) {
    problems.push('Facebook: no post detected on this feed');
  }
  return healthReport({ platform: 'facebook', pageKind, expected }, found, problems);
}

export const facebookAdapter: Adapter = {
  platform: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  pageKind: facebookPageKind,
  findItems,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.facebook.com/cafecocktailmtl/posts/pfbid02Xyz (post), https://www.facebook.com/ (feed),
// https://www.facebook.com/notifications (notifications), https://www.facebook.com/cafecocktailmtl (profile)

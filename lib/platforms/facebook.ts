/**
 * Facebook (www, "Comet" UI). No real www snapshot exists; sample pages are look-alikes:
 * test/fixtures/platforms/facebook/post-2025.lookalike.html, notifications-2025.lookalike.html.
 * Classes are atomic and change every build: everything here hangs on roles, links and their query parameters.
 */
import { countBy, documentUrl, firstOwned, healthReport, linkUrl, querySelectorFirst, readableText, stableHash } from './dom';
import { brandLinkCandidates, isBrandHandle, untilPageChanges, plainLabel, pressedState, queryParam } from './dom-social';
import { hasLabel, isLabel, labelsFor } from './labels';
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

/** Whether an article holds other articles (a post its comments, a comment its replies); most hold none. */
const holdsArticles = untilPageChanges((item: Element) => item.querySelector(FACEBOOK_SELECTORS.article) !== null);

/** Whether `el`, inside `item`, is its own rather than a nested article's; no climb per match when none is nested. */
function ownedBy(item: Element): (el: Element) => boolean {
  if (!holdsArticles(item)) return () => true;
  return (el) => {
    const owner = el.parentElement?.closest(FACEBOOK_SELECTORS.article);
    return !owner || owner === item || !item.contains(owner);
  };
}

/** Matches under `item` that are not inside an article nested in it (a comment of a post, a reply of a comment). */
function ownAll(item: Element, selector: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter(ownedBy(item));
}

/** The first own match passing `test`, stopping there: a post's own parts come before its 2,000 comments. */
function ownFind(item: Element, selector: string, test?: (el: Element) => boolean): Element | undefined {
  return firstOwned(item, selector, ownedBy(item), test);
}

function isPostLink(a: Element): boolean {
  return POST_PATH.test(a.getAttribute('href') ?? '');
}

function authorOf(item: Element): RawItem['author'] | null {
  const link = ownFind(item, 'a[href]', (a) => !isPostLink(a) && plainLabel(a) !== '' && !a.closest(FACEBOOK_SELECTORS.text));
  if (!link) return null;
  const url = linkUrl(link);
  if (!url) return null;
  const u = new URL(url);
  const id = u.pathname === '/profile.php' ? u.searchParams.get('id') ?? undefined : u.pathname.split('/')[1] || undefined;
  const clean = u.pathname === '/profile.php' && id ? `${u.origin}/profile.php?id=${id}` : u.origin + u.pathname;
  return { name: plainLabel(link), handle: id, url: clean };
}

/**
 * An item's own comment link. Memoised per scan slice: every comment asks it of its post, whose subtree holds every
 * other comment's links (2,000 comments would each walk all of them).
 */
const commentLinkOf = untilPageChanges((item: Element): Element | undefined => {
  let first: Element | undefined;
  const owned = ownedBy(item);
  for (const link of item.querySelectorAll(FACEBOOK_SELECTORS.commentLink)) {
    if (!owned(link)) continue;
    if (isPostLink(link)) return link;
    first ??= link;
  }
  return first;
});

/** The item's own like control says it: a pressed state, else an "Unlike"/"Like" label. Stops at the first that tells. */
function liked(item: Element): boolean | undefined {
  const unlike = labelsFor('facebook', item, 'unlike');
  const like = labelsFor('facebook', item, 'like');
  const control = ownFind(item, FACEBOOK_SELECTORS.button, (b) => {
    const label = b.getAttribute('aria-label');
    return b.hasAttribute('aria-pressed') || isLabel(label, unlike) || isLabel(label, like);
  });
  return pressedState(control) ?? (control ? isLabel(control.getAttribute('aria-label'), unlike) : undefined);
}

function ownText(item: Element): string {
  const message = ownFind(item, FACEBOOK_SELECTORS.message);
  if (message) return readableText(message);
  return ownAll(item, FACEBOOK_SELECTORS.text)
    .filter((d) => !d.closest('a') && !d.parentElement?.closest(FACEBOOK_SELECTORS.text))
    .map((d) => readableText(d))
    .filter(Boolean)
    .join('\n');
}

/** Comments (or replies) directly under an item, not the replies of its comments. */
function commentsUnder(item: Element): Element[] {
  return Array.from(item.querySelectorAll(FACEBOOK_SELECTORS.article)).filter(
    (a) => a !== item && commentLinkOf(a) && (a.parentElement?.closest(FACEBOOK_SELECTORS.article) ?? item) === item,
  );
}

function readComment(el: Element, link: Element, ctx?: ReadContext): RawItem | null {
  const author = authorOf(el);
  const ids = commentIds(link.getAttribute('href'));
  if (!author || !ids.comment) return null;
  const outer = el.parentElement?.closest(FACEBOOK_SELECTORS.article);
  const outerIds = outer ? commentIds(commentLinkOf(outer)?.getAttribute('href')) : {};
  const isReply = !!ids.reply || !!outerIds.comment;
  const nativeId = ids.reply ?? ids.comment;
  const pagePost = postIdFrom(link.getAttribute('href')) ?? postIdFrom(documentUrl(el));
  return {
    platform: 'facebook',
    nativeId,
    kind: isReply ? 'reply' : 'comment',
    author,
    text: ownText(el),
    permalink: linkUrl(link)?.replace(/[&?]__cft__[^&]*/g, '').replace(/[&?]__tn__[^&]*/g, ''),
    parentId: isReply ? (ids.reply ? ids.comment : outerIds.reply ?? outerIds.comment) : pagePost ?? ids.post,
    depth: isReply ? 2 : 1,
    likedByMe: liked(el),
    repliedByBrand: commentsUnder(el).some((c) => isBrandHandle(authorOf(c)?.handle, ctx)),
  };
}

function readPost(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.parentElement?.closest(FACEBOOK_SELECTORS.article)) return null; // a nested article without comment link: unknown
  const author = authorOf(el);
  if (!author) return null;
  const link = ownFind(el, 'a[href]', isPostLink);
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
    likedByMe: liked(el),
    repliedByBrand: brandCommented(el, ctx),
  };
}

/** Whether a comment directly under the post is the brand's: only articles holding a link to the brand are read. */
function brandCommented(post: Element, ctx?: ReadContext): boolean {
  const seen = new Set<Element>();
  for (const link of brandLinkCandidates(post, ctx)) {
    if (isPostLink(link)) continue; // the page's own permalinks name it too; an author is a profile link
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
  else if (!type && hasLabel(summary, labelsFor('facebook', el, 'mentioned'))) kind = 'mention';
  else if (!type && hasLabel(summary, labelsFor('facebook', el, 'shared'))) kind = 'share';
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
  if (el.matches(FACEBOOK_SELECTORS.notification)) return readNotification(el);
  const link = el.matches(FACEBOOK_SELECTORS.article) ? commentLinkOf(el) : undefined;
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
  const labels = labelsFor('facebook', el, 'reply');
  return (ownFind(el, FACEBOOK_SELECTORS.button, (b) => isLabel(plainLabel(b), labels)) as HTMLElement | undefined) ?? null;
}

function anchor(el: Element): Element | null {
  if (el.matches(FACEBOOK_SELECTORS.notification)) return el;
  return replyTarget(el)?.parentElement ?? ownFind(el, FACEBOOK_SELECTORS.text) ?? el;
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
    const node = (root as Node).ownerDocument ?? (root as Node);
    const labels = labelsFor('facebook', node, 'reply');
    const shown = Array.from(root.querySelectorAll(FACEBOOK_SELECTORS.button)).filter((b) => isLabel(plainLabel(b), labels)).length;
    if (!found.comment && !found.reply && shown > 0) problems.push(`Facebook: ${shown} comment(s) shown on this post but none detected (comment markup changed?)`);
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

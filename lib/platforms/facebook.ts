/**
 * Facebook (www, "Comet" UI). No real www snapshot exists; sample pages are look-alikes:
 * test/fixtures/platforms/facebook/post-2025.lookalike.html, post-dialog-2025.lookalike.html (a feed post's comments in
 * a dialog, replies nested in replies), notifications-2025.lookalike.html.
 * Classes are atomic and change every build: everything here hangs on roles, links and their query parameters.
 */
import { countBy, documentOf, documentUrl, firstOwned, healthReport, httpUrl, linkUrl, listOf, pageLang, querySelectorFirst, readableText, selfAndBelow, stableHash } from './dom';
import { brandLinkCandidates, isBrandHandle, untilPageChanges, plainLabel, queryParam } from './dom-social';
import { hasLabel, isLabel, labelTable } from './labels';
import { timeFromWords } from './date-words';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const FACEBOOK_SELECTORS = {
  /** Post, comment and reply containers (CMF src/feeds/news.js:22-23, FBX :147-150; 2021-2025). */
  article: '[role="article"]',
  /** The same as CMF writes it: every article seen is a div, and a page-wide search by tag runs 3 times faster. */
  articleDiv: 'div[role="article"]',
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
  if (!raw) return {};
  // Most comment links have no reply id: the query is read a second time only when it may hold one ("%": escaped key).
  const reply = href!.includes('reply_comment_id') || href!.includes('%') ? queryParam(href, 'reply_comment_id') : undefined;
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

/** POST_PATH as attribute tests: an href matches POST_PATH exactly when it contains one of these. */
const POST_HREF = [
  '/posts/', '/permalink/', '/videos/', '/reel/', '/photo/', '/photos/', '/permalink.php', '/story.php', '/photo.php',
  '?story_fbid=', '&story_fbid=', '?fbid=', '&fbid=', '?v=', '&v=',
].map((part) => `[href*="${part}"]`).join(', ');

/**
 * An item's own parts: those not inside an article nested in it (a post's comments, a comment's replies), in document
 * order. Kept until the page changes: a reply asks its comment's link, a comment its replies' authors.
 */
interface OwnParts {
  /** First link carrying comment_id, and first of those that is also a post permalink (FBX: the timestamp). */
  commentLink?: Element;
  commentPostLink?: Element;
  /** First link to a post (POST_PATH). */
  postLink?: Element;
  /** Links that are neither a post link nor inside a text block: author candidates (mentions sit in the text). */
  profileLinks: Element[];
  /** FACEBOOK_SELECTORS.text blocks inside neither a link nor another text block (at any height, as a selector). */
  texts: Element[];
  /** First FACEBOOK_SELECTORS.text block, wherever it is. */
  firstText?: Element;
  buttons: Element[];
  /**
   * Articles directly under the item (its comments or replies), not their own nested ones. A post's stop at its first
   * comment: see collectParts.
   */
  articles: Element[];
  /** The article the item sits in (a comment's post, a reply's comment), null for an outermost one. */
  outer: Element | null;
  /** authorOf, once worked out: a reply's author is asked by its comment (did the brand answer?) and by its own read. */
  author?: RawItem['author'] | null;
}

/**
 * A comment or a reply (an article inside another): one native query lists its candidate parts and its replies in
 * document order, and what a link, a text block or a reply holds follows it, told by contains(). An outermost article
 * holding others (a post with its comments) is walked element by element, stepping over them: a query would list all
 * 2,000 comments' parts. A real comment holds some 60 elements, mostly wrappers and icons: the walk costs five DOM calls
 * for each, the query none.
 */
const partsOf = untilPageChanges((item: Element): OwnParts => {
  const outer = item.parentElement?.closest(FACEBOOK_SELECTORS.article) ?? null;
  const parts: OwnParts = { profileLinks: [], texts: [], buttons: [], articles: [], outer };
  const outside = item.closest(LINK_OR_TEXT);
  const inLink = outside !== null && item.closest('a') !== null;
  const inText = outside !== null && item.closest(FACEBOOK_SELECTORS.text) !== null;
  if (!outer && item.querySelector(FACEBOOK_SELECTORS.article)) {
    const first = item.firstElementChild;
    if (!first || !collectParts(first, parts, inLink, inText, true) || headTellsAll(item, parts)) return parts;
    const all: OwnParts = { profileLinks: [], texts: [], buttons: [], articles: [], outer };
    collectParts(first, all, inLink, inText, false);
    return all;
  }
  queryParts(item, parts, inLink, inText);
  return parts;
});
const LINK_OR_TEXT = `a, ${FACEBOOK_SELECTORS.text}`;

/**
 * Walks `first` and its next siblings with their subtrees. `inLink`, `inText`: whether an ancestor of them is a link
 * or a text block (selectors look up to the root). Each element's first child is read once and handed down.
 * `untilComment`: the walk of a post (an item with no comment link of its own) ends at its first comment, and says so
 * (true): a post's parts mostly all come before its comments, and stepping through 2,000 comments' wrappers costs some
 * 20,000 DOM calls.
 */
function collectParts(first: Element, parts: OwnParts, inLink: boolean, inText: boolean, untilComment: boolean): boolean {
  for (let child: Element | null = first; child; child = child.nextElementSibling) {
    const role = child.getAttribute('role');
    if (role === 'article') {
      parts.articles.push(child);
      if (untilComment && !parts.commentLink && commentLinkOf(partsOf(child))) return true;
      continue; // its parts are its own
    }
    const tag = child.localName;
    let link = inLink;
    let text = inText;
    if (tag === 'a') {
      link = true;
      addLink(parts, child, inText);
    } else if (tag === 'div' && isAuto(child.getAttribute('dir'))) {
      parts.firstText ??= child;
      if (!inLink && !inText) parts.texts.push(child);
      text = true;
    }
    if (role === 'button') parts.buttons.push(child);
    const grandchild = child.firstElementChild;
    if (grandchild && collectParts(grandchild, parts, link, text, untilComment)) return true;
  }
  return false;
}

/**
 * Whether the parts a post shows before its comments tell all it is read for: its author, its link, its like state and
 * a message. Otherwise (a like control placed after the comments) the whole post is walked.
 */
function headTellsAll(item: Element, parts: OwnParts): boolean {
  return parts.postLink !== undefined && liked(item, parts) !== undefined && authorOf(parts, item) !== null && ownMessage(item) !== undefined;
}

/** Files a link among the item's parts: comment link, post link, or author candidate (not in a text block: a mention). */
function addLink(parts: OwnParts, link: Element, inText: boolean): void {
  const href = link.getAttribute('href');
  if (href === null) return;
  const post = POST_PATH.test(href);
  if (href.includes('comment_id=')) {
    parts.commentLink ??= link;
    if (post) parts.commentPostLink ??= link;
  }
  if (post) parts.postLink ??= link;
  else if (!inText) parts.profileLinks.push(link);
}

/** `dir` is matched case-insensitively by selectors in HTML documents. */
function isAuto(dir: string | null): boolean {
  return dir === 'auto' || (dir !== null && dir.length === 4 && dir.toLowerCase() === 'auto');
}

/** What queryParts sorts: links (any <a> makes what it holds a link's), text blocks, buttons and nested articles. */
const PART = `a, ${FACEBOOK_SELECTORS.text}, [role="button"], ${FACEBOOK_SELECTORS.article}`;

/**
 * partsOf by one query. `inLink`, `inText`: whether the item itself is inside a link or a text block. Each match is
 * read from the list once and asked as little as it must be: each DOM call crosses from the script into the browser,
 * and a comment has some seven matches. Whether a match sits in a link or a text block is asked of the last one met
 * only (links hold no links; a text block inside another keeps the outer one as the last).
 */
function queryParts(item: Element, parts: OwnParts, inLink: boolean, inText: boolean): void {
  const found = listOf(item.querySelectorAll(PART));
  let lastLink: Element | undefined;
  let lastText: Element | undefined;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    const role = el.getAttribute('role');
    if (role === 'article') {
      parts.articles.push(el);
      i = lastInside(el, found, i); // its parts are its own
      continue;
    }
    const tag = el.localName;
    if (tag === 'a') {
      const inTextNow = inText || (lastText !== undefined && lastText.contains(el));
      addLink(parts, el, inTextNow);
      lastLink = el;
    } else if (tag === 'div' && (role !== 'button' || isAuto(el.getAttribute('dir')))) {
      parts.firstText ??= el;
      const inLinkNow = inLink || (lastLink !== undefined && lastLink.contains(el));
      const inTextNow = inText || (lastText !== undefined && lastText.contains(el));
      if (!inLinkNow && !inTextNow) parts.texts.push(el);
      if (!inTextNow) lastText = el;
    }
    if (role === 'button') parts.buttons.push(el);
  }
}

/** The index of the last match inside `found[i]`: they follow it. */
function lastInside(el: Element, found: readonly Element[], i: number): number {
  let last = i;
  while (last + 1 < found.length && el.contains(found[last + 1])) last++;
  return last;
}

/** Whether `el`, under `item`, is the item's own rather than a nested article's. */
function isOwn(item: Element, el: Element): boolean {
  const owner = el.parentElement?.closest(FACEBOOK_SELECTORS.article);
  return !owner || owner === item || !item.contains(owner);
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
 * The item's author: its first own profile link with words. A badge shown above a commenter's name ("Top fan",
 * "Author") is not a name; on a comment the name link carries comment_id like the timestamp, so one that does is
 * preferred to a link that does not (a badge or group link before the name).
 */
function authorOf(parts: OwnParts, node: Node): RawItem['author'] | null {
  if (parts.author === undefined) parts.author = findAuthor(parts, node);
  return parts.author;
}

function findAuthor(parts: OwnParts, node: Node): RawItem['author'] | null {
  const links = parts.profileLinks;
  const comment = parts.commentLink !== undefined;
  let fallback: { link: Element; name: string } | undefined;
  for (let i = 0; i < links.length; i++) {
    const name = plainLabel(links[i]);
    if (name === '' || isBadge(name, node)) continue; // the avatar picture, a badge
    if (comment && !links[i].getAttribute('href')?.includes('comment_id=')) {
      fallback ??= { link: links[i], name };
      continue;
    }
    return authorAt(links[i], name, node);
  }
  return fallback ? authorAt(fallback.link, fallback.name, node) : null;
}

/** `node`: the item, whose document the link's address resolves against (asked of the item, it is already known). */
function authorAt(link: Element, name: string, node: Node): RawItem['author'] | null {
  const url = httpUrl(link.getAttribute('href'), documentUrl(node));
  if (!url) return null;
  const { handle, url: clean } = profileOf(url);
  return { name, handle, url: clean };
}

/** An item's own comment link, a permalink first. */
function commentLinkOf(parts: OwnParts): Element | undefined {
  return parts.commentPostLink ?? parts.commentLink;
}

const wordsFor = labelTable('facebook', ['like', 'unlike', 'reply', 'mentioned', 'shared', 'replyBy', 'seeMore', 'badge']);

/** The item's own like control says it: a pressed state, else an "Unlike"/"Like" label. Stops at the first that tells. */
function liked(item: Element, parts: OwnParts): boolean | undefined {
  const buttons = parts.buttons;
  if (!buttons.length) return undefined;
  const { like, unlike } = wordsFor(item);
  for (let i = 0; i < buttons.length; i++) {
    const pressed = buttons[i].getAttribute('aria-pressed');
    if (pressed === 'true') return true;
    if (pressed === 'false') return false;
    const label = buttons[i].getAttribute('aria-label');
    if (pressed !== null) return isLabel(label, unlike);
    if (isLabel(label, unlike)) return true;
    if (isLabel(label, like)) return false;
  }
  return undefined;
}

/** The item's words: a post's message, else its own text blocks (`post` false: a comment, which has no message). */
function ownText(item: Element, parts: OwnParts, post: boolean): string {
  const words = wordsFor(item);
  const message = post ? ownMessage(item) : undefined;
  if (message) return withoutSeeMore(readableText(message), words.seeMore);
  const blocks = parts.texts;
  let text = '';
  for (let i = 0; i < blocks.length; i++) {
    const part = readableText(blocks[i]);
    if (part && !isBadge(part, item)) text = text ? `${text}\n${part}` : part;
  }
  return withoutSeeMore(text, words.seeMore);
}

/**
 * Whether words are a badge, as Facebook writes it: an exact look-up, since every comment's name and text blocks
 * are asked (folding each distinct name for isLabel would cost ~1 µs apiece on a 2,000-comment page).
 */
const badgeSets = new WeakMap<readonly string[], Set<string>>();
function isBadge(words: string, node: Node): boolean {
  const badge = wordsFor(node).badge;
  let set = badgeSets.get(badge);
  if (!set) badgeSets.set(badge, (set = new Set(badge)));
  return set.has(words);
}

/** A long text ends with its "… See more" control (a role="button" div, not a <button>): it is not the author's. */
function withoutSeeMore(text: string, seeMore: readonly string[]): string {
  // Most texts end otherwise: their last letter rules each label out before any copy is made.
  const last = text.charCodeAt(text.length - 1) | 32;
  for (const label of seeMore) {
    if (last !== (label.charCodeAt(label.length - 1) | 32)) continue;
    if (text.length > label.length && text.slice(-label.length).toLowerCase() === label.toLowerCase()) {
      return text.slice(0, -label.length).replace(/\s*(?:…|\.\.\.)?\s*$/, '');
    }
  }
  return text;
}

/** The post message: one native search (comments have none), ownership checked on what it finds. */
function ownMessage(item: Element): Element | undefined {
  return firstOwned(item, FACEBOOK_SELECTORS.message, (el) => isOwn(item, el));
}

/** Whether one of the comments directly under `item` is the brand's (most comments have none under them). */
function brandReplied(parts: OwnParts, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  const children = parts.articles;
  for (let i = 0; i < children.length; i++) {
    const child = partsOf(children[i]);
    if (commentLinkOf(child) && isBrandHandle(authorOf(child, children[i])?.handle, ctx)) return true;
  }
  return false;
}

/** Whether an aria-label ("Reply by Sam Lee to …") starts with one of the variants, as Facebook writes them. */
function startsWithLabel(label: string | null, variants: readonly string[]): boolean {
  return label !== null && variants.some((v) => label.startsWith(v) && label.charCodeAt(v.length) === 32);
}

/** When an item was posted, from its timestamp link ("3h", "2 j", "Yesterday at 10:00 AM", "mardi à 10:00", "3 novembre"). */
function timeOf(link: Element | undefined, item: Element): string | undefined {
  return link ? timeFromWords(link.textContent, pageLang(item), Date.now()) : undefined;
}

/** A permalink without Facebook's click-tracking parameters. */
function withoutTracking(url: string | undefined): string | undefined {
  return url?.includes('__') ? url.replace(/[&?]__cft__[^&]*/g, '').replace(/[&?]__tn__[^&]*/g, '') : url;
}

/**
 * Where a comment sits. Nested in a comment article: one level deeper than it, that comment (or reply) its parent,
 * as threads nest replies in replies (FBX counts the comment articles around one). Otherwise under the post, or a
 * reply listed beside its comment, told by its link (reply_comment_id: the thread's comment) or its own label.
 */
function placeOf(el: Element, ids: ReturnType<typeof commentIds>): { depth: number; parentId?: string } {
  const outer = partsOf(el).outer;
  const outerIds = outer ? commentIds(commentLinkOf(partsOf(outer))?.getAttribute('href')) : {};
  if (outerIds.comment) return { depth: placeOf(outer!, outerIds).depth + 1, parentId: outerIds.reply ?? outerIds.comment };
  if (ids.reply) return { depth: 2, parentId: ids.comment };
  return startsWithLabel(el.getAttribute('aria-label'), wordsFor(el).replyBy) ? { depth: 2 } : { depth: 1 };
}

function readComment(el: Element, parts: OwnParts, link: Element, ctx?: ReadContext): RawItem | null {
  const author = authorOf(parts, el);
  const href = link.getAttribute('href');
  const ids = commentIds(href);
  if (!author || !ids.comment) return null;
  const place = placeOf(el, ids);
  const isReply = place.depth > 1;
  const nativeId = ids.reply ?? ids.comment;
  const docUrl = documentUrl(el);
  const pagePost = postIdFrom(href) ?? postIdFrom(docUrl);
  return {
    platform: 'facebook',
    nativeId,
    kind: isReply ? 'reply' : 'comment',
    author,
    text: ownText(el, parts, false),
    postedAt: timeOf(parts.commentPostLink, el),
    permalink: withoutTracking(httpUrl(href, docUrl)),
    parentId: isReply ? place.parentId : pagePost ?? ids.post,
    depth: place.depth,
    likedByMe: liked(el, parts),
    repliedByBrand: brandReplied(parts, ctx),
  };
}

function readPost(el: Element, parts: OwnParts, ctx?: ReadContext): RawItem | null {
  if (parts.outer) return null; // a nested article without comment link: unknown
  const author = authorOf(parts, el);
  if (!author) return null;
  const link = parts.postLink;
  const id = postIdFrom(link?.getAttribute('href')) ?? postIdFrom(documentUrl(el));
  const text = ownText(el, parts, true);
  return {
    platform: 'facebook',
    nativeId: id ?? stableHash('facebook-post', author.url, text),
    kind: 'post',
    author,
    text,
    postedAt: timeOf(link, el),
    permalink: linkUrl(link),
    depth: 0,
    likedByMe: liked(el, parts),
    // The brand's own post answers to nobody: not searched (a search of every comment's links).
    repliedByBrand: isBrandHandle(author.handle, ctx) ? undefined : brandCommented(el, ctx),
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
    const parts = direct ? partsOf(article) : undefined;
    if (parts && commentLinkOf(parts) && isBrandHandle(authorOf(parts, article)?.handle, ctx)) return true;
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
  const divs = root.querySelectorAll(FACEBOOK_SELECTORS.articleDiv);
  const articles = listOf(divs.length ? divs : root.querySelectorAll(FACEBOOK_SELECTORS.article));
  const feedPosts = root.querySelectorAll(FACEBOOK_SELECTORS.feedPost);
  const notifications = root.querySelectorAll(FACEBOOK_SELECTORS.notification);
  if (feedPosts.length === 0 && notifications.length === 0) return articles;
  // Feed wrappers count only when no post article is inside them (Comet dropped role="article" on some feeds).
  const wrappers = Array.from(feedPosts).filter((p) => !articles.some((a) => p.contains(a) && !commentLinkOf(partsOf(a))));
  return [...articles, ...wrappers, ...Array.from(notifications)];
}

const ARTICLES_AND_NOTIFICATIONS = [FACEBOOK_SELECTORS.articleDiv, FACEBOOK_SELECTORS.notification];

/** Articles of the fallback family, and feed wrappers (told from the articles around them), are left to findItems. */
const itemsIn = (added: Element): Element[] => selfAndBelow(added, ARTICLES_AND_NOTIFICATIONS);

function readItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.localName === 'a' && el.matches(FACEBOOK_SELECTORS.notification)) return readNotification(el);
  const parts = partsOf(el);
  const link = el.getAttribute('role') === 'article' ? commentLinkOf(parts) : undefined;
  return link ? readComment(el, parts, link, ctx) : readPost(el, parts, ctx);
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
  for (const button of partsOf(el).buttons) if (isLabel(plainLabel(button), reply)) return button as HTMLElement;
  return null;
}

function anchor(el: Element): Element | null {
  if (el.matches(FACEBOOK_SELECTORS.notification)) return el;
  return replyTarget(el)?.parentElement ?? partsOf(el).firstText ?? el;
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
      const { reply } = wordsFor(documentOf(root as Node));
      const shown = listOf(root.querySelectorAll(FACEBOOK_SELECTORS.button)).filter((b) => isLabel(plainLabel(b), reply)).length;
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
  itemsIn,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.facebook.com/cafecocktailmtl/posts/pfbid02Xyz (post), https://www.facebook.com/ (feed),
// https://www.facebook.com/notifications (notifications), https://www.facebook.com/cafecocktailmtl (profile)

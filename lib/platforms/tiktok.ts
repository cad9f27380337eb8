/**
 * TikTok. Sample pages: ../shared/fixtures/platforms/tiktok/trex-tk-video-1.html (real, 2022, AGPL: read in place),
 * test/fixtures/platforms/tiktok/video-replies-2025.lookalike.html (replies, inbox, French UI),
 * test/fixtures/platforms/tiktok/video-drawer-2026.lookalike.html (comment drawer without ids, Creator badge).
 * TikTok's test hooks (data-e2e) carry the level of each comment; classes are css-<hash>-<Name> and change per build.
 * Two comment layouts are live side by side (2024-2026): the "browse" one of 2022 (box div[id=<comment id>] holding
 * a > span[comment-username-N]) and the "drawer" one (DivCommentObjectWrapper > DivCommentItemWrapper, no comment id,
 * div[comment-username-N] > ... > a > p, the Creator badge inside that div).
 */
import { countBy, documentOf, documentUrl, healthReport, httpUrl, lastOf, linkUrl, listOf, pageLang, parsedUrl, querySelectorFirst, readableText, selfAndBelow, stableHash, withoutQuery } from './dom';
import { dateFromId, isBrandHandle, plainLabel, pressedState } from './dom-social';
import { hasLabel, isLabel, labelsFor } from './labels';
import { timeFromAge } from './relative-time';
import type { Adapter, ComposerKind, Health, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const TIKTOK_SELECTORS = {
  /** Comment author name, level 1 = comment, 2 = reply (2021-2025; MediaPoster notes, 2024-12). */
  username: '[data-e2e^="comment-username-"]',
  text: '[data-e2e^="comment-level-"]',
  time: '[data-e2e^="comment-time-"]',
  reply: '[data-e2e^="comment-reply-"]',
  /** What a comment box holds besides its author: its text, or (a sticker-only comment) its Reply button. */
  body: '[data-e2e^="comment-level-"], [data-e2e^="comment-reply-"]',
  /** The comment's own box carries its numeric id (2022, 2026 "browse"); named-component classes as dated fallback. */
  commentBox: '[id]',
  commentBoxFallback: '[class*="DivCommentContentContainer"], [class*="DivCommentItemWrapper"]',
  /**
   * A comment's own like control, never by class (classes change per build): DivLikeWrapper > svg + span[comment-like-
   * count] (2022, the real page), then div[comment-like-icon] > svg + that count (2023), the drawer's
   * div[role=button][aria-label="Like video\n<n> likes"] (2024-2026) with its aria-pressed. The first in the box wins.
   */
  likeControl: '[data-e2e="comment-like-icon"], [data-e2e="comment-like-count"], [role="button"][aria-pressed]',
  /** Evidence of comments on screen if the data-e2e hooks go: named-component classes (2021-2026). */
  evidence: '[class*="DivCommentItemContainer"], [class*="DivCommentObjectWrapper"]',
  /**
   * The video's own like button holds one of these icons: span[like-icon] (2022 real page: button > span + strong
   * like-count, no aria-pressed; feed scripts click it) or [browse-like-icon] (the video page: the button[aria-pressed]
   * around it is the like button, theCaravan/tampermonkey-scripts tiktok-auto-like.js, undated). The button's
   * aria-pressed says liked (true) or not (false). A comment's control is [comment-like-icon] or a div[role=button]
   * without a hook (drawer): never matched.
   */
  videoLikeIcon: '[data-e2e="like-icon"], [data-e2e="browse-like-icon"]',
  /** Video caption and author on a video page: 2022 browse-*, 2023-2025 video-*. */
  videoDesc: ['[data-e2e="browse-video-desc"]', '[data-e2e="video-desc"]'],
  videoAuthor: ['[data-e2e="browse-username"]', '[data-e2e="video-author-uniqueid"]'],
  /** Notifications inbox (a panel over any page): rows are inbox-list-item (in ul > li, 2024-2026), else its children. */
  inboxRows: '[data-e2e="inbox-list-item"]',
  inboxList: '[data-e2e="inbox-list"]',
  inboxRowsFallback: '[data-e2e="inbox-list"] > div, [data-e2e="inbox-list"] > ul > li',
  /** Draft.js comment box inside comment-input (2022-2025). */
  composer: ['[data-e2e="comment-input"] [contenteditable="true"]', '.public-DraftEditor-content[contenteditable="true"]'],
} as const;

const VIDEO_PATH = /^\/@([^/]+)\/(video|photo)\/(\d+)/;
const COMMENT_ID = /^\d{15,20}$/;

export function tiktokPageKind(url: URL): PageKind {
  if (!/(^|\.)tiktok\.com$/.test(url.hostname)) return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (VIDEO_PATH.test(path)) return 'post';
  if (path === '/' || /^\/(?:foryou|following|explore|friends)$/.test(path) || /^\/tag\/[^/]+$/.test(path)) return 'feed';
  if (/^\/@[^/]+$/.test(path)) return 'profile';
  return 'other';
}

/** The level a data-e2e hook ends with ("comment-username-2" -> 2), 0 when it ends otherwise. */
function levelOf(hook: Element): number {
  const value = hook.getAttribute('data-e2e') ?? '';
  const digit = value.charCodeAt(value.length - 1) - 48;
  return digit >= 0 && digit <= 9 && value.charCodeAt(value.length - 2) === 45 ? digit : 0;
}

/**
 * The comment box owning a username hook: the ancestor with its numeric id (2022, "browse"), found at most one level
 * above the smallest wrapper holding the author and the body; without an id ("drawer", 2024-2026) that wrapper.
 * Bounded to a few small subtrees: a higher numeric id (a video's) must never pass for the comment's.
 */
function boxOf(hook: Element): Element | null {
  // Ids first (an id is one DOM call, the body a query): the box with an id stands unless a level two or more below it
  // already holds the body, which is then the box (the climb stops one level above the body).
  const levels: Element[] = [];
  let at = -1;
  for (let el = hook.parentElement; el && levels.length < 5 && at < 0; el = el.parentElement) {
    if (COMMENT_ID.test(el.id)) at = levels.length;
    levels.push(el);
  }
  const checked = at < 0 ? levels.length : at - 1;
  for (let i = 0; i < checked; i++) if (levels[i].querySelector(TIKTOK_SELECTORS.body)) return levels[i];
  return at >= 0 ? levels[at] : hook.closest(TIKTOK_SELECTORS.commentBoxFallback);
}

/** The author's profile link: around the hook (2022 a > span), inside it ("drawer": div > div > a > p). */
function authorLink(hook: Element): Element | null {
  return hook.closest('a[href]') ?? hook.querySelector('a[href^="/@"]');
}

function handleOf(a: Element | null): string | undefined {
  return handleIn(a?.getAttribute('href'));
}

function handleIn(href: string | null | undefined): string | undefined {
  return href ? /^\/@([^/?#]+)/.exec(href)?.[1] : undefined;
}

type Video = { author: string; id: string; url: string };

/** The video (or photo post) of the page's address, worked out once per address (every comment asks it). */
const videoOfPage = lastOf((href: string): Video | undefined => {
  const url = parsedUrl(href);
  const m = VIDEO_PATH.exec(url.pathname);
  return m ? { author: m[1], id: m[3], url: `${url.origin}/@${m[1]}/${m[2]}/${m[3]}` } : undefined;
});
const videoAt = (href: string | undefined): Video | undefined => (href ? videoOfPage(href) : undefined);

const REPLY_AUTHOR = '[data-e2e="comment-username-2"]';
const COMMENT_AUTHOR = '[data-e2e="comment-username-1"]';

/** Whether one of the hooks' author links is the brand's. */
function anyBrandAuthor(hooks: NodeListOf<Element>, ctx: ReadContext): boolean {
  for (let i = 0, n = hooks.length; i < n; i++) if (isBrandHandle(handleOf(authorLink(hooks[i])), ctx)) return true;
  return false;
}

/**
 * Whether the brand answered a level-1 comment. Its replies sit inside its box, or in the elements that follow the box
 * or one of its two wrappers: 2022 and "browse" DivCommentItemContainer > box + DivReplyContainer, "drawer"
 * DivCommentObjectWrapper > DivCommentItemWrapper (> box) + DivReplyContainer. An element holding a level-1 comment
 * is the next thread: the search stops there, so it only ever reads this thread.
 */
function brandRepliedTo(box: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  if (anyBrandAuthor(box.querySelectorAll(REPLY_AUTHOR), ctx)) return true;
  for (let el: Element | null = box, up = 0; el && up < 3; el = el.parentElement, up++) {
    for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.matches(COMMENT_AUTHOR) || next.querySelector(COMMENT_AUTHOR)) return false;
      if (anyBrandAuthor(next.querySelectorAll(REPLY_AUTHOR), ctx)) return true;
    }
  }
  return false;
}

/** A comment's native id: the box's numeric id, else (no ids in the "drawer" layout) a hash of video, author, text. */
function commentKey(box: Element, hook: Element, videoId: string | undefined, handle?: string, text?: string): string {
  if (COMMENT_ID.test(box.id)) return box.id;
  const author = handle ?? handleOf(authorLink(hook) ?? box.querySelector('a[href^="/@"]'));
  return stableHash('tiktok-comment', videoId, author, text ?? readableText(box.querySelector(TIKTOK_SELECTORS.text)));
}

/** A reply's parent comment: the first level-1 comment of the nearest ancestor holding one (else `orphan`). */
function parentCommentId(box: Element, video: Video | undefined): string | undefined {
  for (let el = box.parentElement; el; el = el.parentElement) {
    const parentHook = el.querySelector(COMMENT_AUTHOR);
    if (parentHook) {
      const parentBox = boxOf(parentHook);
      return parentBox ? commentKey(parentBox, parentHook, video?.id) : undefined;
    }
  }
  return video?.id;
}

/** The comment's age: its comment-time element, else (drawer layout) the bare span just before its Reply button. */
function ageOf(box: Element): Element | null | undefined {
  return box.querySelector(TIKTOK_SELECTORS.time) ?? box.querySelector(TIKTOK_SELECTORS.reply)?.previousElementSibling;
}

/**
 * The liked heart's fill attribute: TikTok's red (#FE2C55), which a 2022-2023 script waits for on the comment's svg
 * after clicking comment-like-icon ("rgba(254, 44, 85, 1.0)"); its other spellings alike. An unliked heart's fill
 * changed between builds (rgba(0, 0, 0, 1.0) in 2022, currentColor in 2023) and a logged-out page draws the same one.
 */
const LIKED_FILLS: ReadonlySet<string> = new Set(['rgba(254, 44, 85, 1.0)', 'rgba(254, 44, 85, 1)', 'rgb(254, 44, 85)', '#fe2c55']);

/**
 * Whether the signed-in user liked this comment or reply, from its own like control only: aria-pressed when the
 * control has one (drawer, 2024-2026), else a red heart (the svg in comment-like-icon, or the one before the count)
 * says liked. A grey heart, or no control, says nothing (undefined): it is also what a logged-out page shows. A control
 * under a reply box nested in this one (an id'd box between the two) is the reply's, not this comment's.
 * One query under the box, a few parent steps, no layout read.
 */
function likedOf(box: Element): boolean | undefined {
  const control = box.querySelector(TIKTOK_SELECTORS.likeControl);
  if (!control) return undefined;
  for (let el = control.parentElement; el && el !== box; el = el.parentElement) if (el.id && COMMENT_ID.test(el.id)) return undefined;
  const pressed = pressedState(control);
  if (pressed !== undefined) return pressed;
  const heart = control.getAttribute('data-e2e') === 'comment-like-count' ? control.previousElementSibling : control.firstElementChild;
  const fill = heart?.getAttribute('fill');
  return fill && LIKED_FILLS.has(fill.toLowerCase()) ? true : undefined;
}

function readComment(box: Element, ctx?: ReadContext): RawItem | null {
  const hook = box.querySelector(TIKTOK_SELECTORS.username);
  if (!hook) return null;
  const level = levelOf(hook);
  const link = authorLink(hook) ?? box.querySelector('a[href^="/@"]');
  const href = link?.getAttribute('href');
  const handle = handleIn(href);
  // "drawer": the hook also holds the "· Creator" badge (and a reply's "▸ other"), so the name is its link's text.
  const name = plainLabel(link && hook.contains(link) ? link : hook) || handle;
  if (!name || !level) return null;
  const text = readableText(box.querySelector(TIKTOK_SELECTORS.text));
  const boxId = box.id;
  const id = COMMENT_ID.test(boxId) ? boxId : undefined;
  const pageUrl = documentUrl(box);
  const video = videoAt(pageUrl);
  const authorUrl = link ? httpUrl(href, pageUrl) : undefined;
  return {
    platform: 'tiktok',
    nativeId: id ?? commentKey(box, hook, video?.id, handle, text),
    kind: level >= 2 ? 'reply' : 'comment',
    author: { name, handle, url: authorUrl === undefined ? undefined : withoutQuery(authorUrl) },
    text,
    // Ids carry their second; without one (the drawer layout) the age the comment shows ("5d ago", "il y a 2 h").
    postedAt: dateFromId(id, 32, 1000) ?? timeFromAge(ageOf(box)?.textContent, pageLang(box), Date.now()),
    permalink: video?.url,
    parentId: level >= 2 ? parentCommentId(box, video) : video?.id,
    depth: Math.min(level, 2),
    likedByMe: likedOf(box),
    repliedByBrand: level >= 2 ? false : brandRepliedTo(box, ctx),
  };
}

function readVideo(desc: Element, ctx?: ReadContext): RawItem | null {
  const video = videoAt(documentUrl(desc));
  if (!video) return null;
  const doc = documentOf(desc);
  // On the feed-like video page (2025-2026) each video is an article with its own author: read the caption's.
  const scope = desc.closest('article') ?? doc;
  const authorHook = querySelectorFirst(scope, TIKTOK_SELECTORS.videoAuthor);
  const handle = handleOf(authorHook?.closest('a[href]') ?? null) ?? video.author;
  const nickname = scope.querySelector('[data-e2e="browser-nickname"]')?.firstChild?.textContent?.trim();
  return {
    platform: 'tiktok',
    nativeId: video.id,
    kind: 'post',
    author: { name: nickname || plainLabel(authorHook) || handle, handle, url: `https://www.tiktok.com/@${handle}` },
    text: readableText(desc),
    postedAt: dateFromId(video.id, 32, 1000),
    permalink: video.url,
    depth: 0,
    likedByMe: videoLiked(scope),
    // The brand's own video answers to nobody: its 2,000 commenters are not read.
    repliedByBrand: isBrandHandle(handle, ctx)
      ? undefined
      : !!ctx?.brandHandles?.length && anyBrandAuthor(doc.querySelectorAll('[data-e2e="comment-username-1"]'), ctx),
  };
}

const VIDEO_LIKE_OR_COMMENT = `${TIKTOK_SELECTORS.videoLikeIcon}, ${TIKTOK_SELECTORS.username}`;

/**
 * Whether the signed-in user liked the video: the aria-pressed of the button around its like icon, undefined when the
 * button shows no state (the 2022 page draws none) or there is no icon. Looked for in the caption's own article (the
 * feed-like page: each video is one, its comments in a drawer outside it), else in the page up to the first comment:
 * one query that stops at the like icon or at a comment, whichever comes first, never reading through the comments.
 */
function videoLiked(scope: ParentNode): boolean | undefined {
  const hit = scope.querySelector(VIDEO_LIKE_OR_COMMENT);
  return hit && hit.matches(TIKTOK_SELECTORS.videoLikeIcon) ? pressedState(hit.closest('button')) : undefined;
}

function readInboxRow(row: Element): RawItem | null {
  const profileSelector = 'a[href^="/@"]:not([href*="/video/"]):not([href*="/photo/"])';
  // 2024-2026: a[inbox-title] (the name) + p[inbox-content] (the words and the age); earlier rows are read whole.
  const content = row.querySelector('[data-e2e="inbox-content"]');
  const text = content ? readableText(content) : readableText(row, { skip: `img, ${profileSelector}` });
  if (!hasLabel(text, labelsFor('tiktok', row, 'mentioned'))) return null;
  const title = row.querySelector('a[data-e2e="inbox-title"]');
  const handle = handleOf(title) ?? handleOf(row.querySelector(profileSelector));
  const target = row.querySelector('a[href*="/video/"], a[href*="/photo/"]');
  const video = VIDEO_PATH.exec(target?.getAttribute('href') ?? '');
  if (!handle) return null;
  return {
    platform: 'tiktok',
    nativeId: stableHash('tiktok-mention', handle, video?.[3], text),
    kind: 'mention',
    author: { name: plainLabel(title) || handle, handle, url: `https://www.tiktok.com/@${handle}` },
    text,
    permalink: linkUrl(target),
    parentId: video?.[3],
  };
}

const VIDEO_DESC = TIKTOK_SELECTORS.videoDesc.join(', ');
const INBOX_ROW = `${TIKTOK_SELECTORS.inboxRows}, ${TIKTOK_SELECTORS.inboxRowsFallback}`;

/** Inbox rows, else the inbox list's children: looked for in the list alone (a selector list with child combinators costs ~2 ms a page-wide query). */
function inboxRows(root: ParentNode): Element[] {
  const rows = root.querySelectorAll(TIKTOK_SELECTORS.inboxRows);
  if (rows.length) return listOf(rows);
  return listOf(root.querySelectorAll(TIKTOK_SELECTORS.inboxList)).flatMap((list) => listOf(list.querySelectorAll(':scope > div, :scope > ul > li')));
}

function readItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.matches(INBOX_ROW)) return readInboxRow(el);
  if (el.matches(VIDEO_DESC)) return readVideo(el, ctx);
  return readComment(el, ctx);
}

function findItems(root: ParentNode): Element[] {
  const video = videoAt(documentUrl(root as Node));
  const desc = video ? captionOf(root, video.id) : null;
  return [...(desc ? [desc] : []), ...boxesOf(root.querySelectorAll(TIKTOK_SELECTORS.username)), ...inboxRows(root)];
}

/** The comment boxes of username hooks, each once (a box may hold several hooks: its replies'). */
function boxesOf(hooks: ArrayLike<Element>): Set<Element> {
  const boxes = new Set<Element>();
  for (let i = 0, n = hooks.length; i < n; i++) {
    const box = boxOf(hooks[i]);
    if (box) boxes.add(box);
  }
  return boxes;
}

const USERNAMES = [TIKTOK_SELECTORS.username];
const INBOX_ROWS = [TIKTOK_SELECTORS.inboxRows];

/**
 * A comment's box may sit above the added element (its hook added late): boxOf climbs to it. The caption, and inbox
 * rows of the fallback (used only where the page has no hooked row), are left to findItems.
 */
const itemsIn = (added: Element): Element[] => [...boxesOf(selfAndBelow(added, USERNAMES)), ...selfAndBelow(added, INBOX_ROWS)];

/**
 * The caption of the address's video. On the feed-like video page each video is an article and the address follows
 * the one scrolled to: the caption is the one in the article of that video's player (div#xgwrapper-<n>-<video id>),
 * none when no article holds it (another video's caption is not this one's). Elsewhere, the page's caption.
 */
function captionOf(root: ParentNode, videoId: string): Element | null {
  const first = querySelectorFirst(root, TIKTOK_SELECTORS.videoDesc);
  if (!first?.closest('article')) return first;
  const article = root.querySelector(`[id^="xgwrapper-"][id$="-${videoId}"]`)?.closest('article');
  return article ? querySelectorFirst(article, TIKTOK_SELECTORS.videoDesc) : null;
}

function findComposer(root: ParentNode): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(root, TIKTOK_SELECTORS.composer);
}

function composerKind(el: Element): ComposerKind {
  if (el.closest('.DraftEditor-root') || el.classList.contains('public-DraftEditor-content')) return 'draft-js';
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function replyTarget(el: Element): HTMLElement | null {
  return el.querySelector<HTMLElement>(TIKTOK_SELECTORS.reply);
}

function anchor(el: Element): Element | null {
  return el.querySelector(TIKTOK_SELECTORS.time)?.parentElement ?? el;
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readItem(el, ctx)): Health {
  const pageKind = tiktokPageKind(url);
  const elements = findItems(root);
  const read = elements.map((el) => ({ el, item: readOf(el) }));
  const items = read.flatMap((r) => (r.item ? [r.item] : []));
  const found = countBy(items, (i) => i.kind);
  const expected = pageKind === 'post' ? ['post', 'comment'] : ['post'];
  const problems: string[] = [];
  const unread = read.filter((r) => !r.item && !r.el.matches(INBOX_ROW)).length;
  if (unread > 0) problems.push(`TikTok: ${unread} comment(s) found but not readable (author or level missing)`);
  if (pageKind === 'post') {
    // Counted only when no comment was detected: it reads every span of the page.
    if (!found.comment && !found.reply) {
      const labels = labelsFor('tiktok', documentOf(root as Node), 'reply');
      const replyWords = listOf(root.querySelectorAll('span, [role="button"]')).filter((s) => isLabel(plainLabel(s), labels)).length;
      const shown = Math.max(root.querySelectorAll(TIKTOK_SELECTORS.evidence).length, replyWords);
      if (shown > 0) problems.push(`TikTok: ${shown} comment(s) shown on this video but none detected (comment markup changed?)`);
    }
    if (!found.post) problems.push('TikTok: the video caption was not detected on this video page');
  }
  return healthReport({ platform: 'tiktok', pageKind, expected }, found, problems);
}

export const tiktokAdapter: Adapter = {
  platform: 'tiktok',
  matches: ['https://www.tiktok.com/*'],
  pageKind: tiktokPageKind,
  findItems,
  itemsIn,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.tiktok.com/@merveilleux123/video/7135383664971582725 (post), https://www.tiktok.com/foryou
// (feed), https://www.tiktok.com/@merveilleux123 (profile)

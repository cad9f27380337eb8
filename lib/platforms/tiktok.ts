/**
 * TikTok. Sample pages: ../shared/fixtures/platforms/tiktok/trex-tk-video-1.html (real, 2022, AGPL: read in place),
 * test/fixtures/platforms/tiktok/video-replies-2025.lookalike.html (replies, inbox, French UI).
 * TikTok's test hooks (data-e2e) carry the level of each comment; classes are css-<hash>-<Name> and change per build.
 */
import { countBy, documentUrl, healthReport, httpUrl, linkUrl, parsedUrl, querySelectorFirst, readableText, stableHash, withoutQuery } from './dom';
import { dateFromId, isBrandHandle, plainLabel } from './dom-social';
import { hasLabel, isLabel, labelsFor } from './labels';
import type { Adapter, ComposerKind, Health, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const TIKTOK_SELECTORS = {
  /** Comment author name, level 1 = comment, 2 = reply (2021-2025; MediaPoster notes, 2024-12). */
  username: '[data-e2e^="comment-username-"]',
  text: '[data-e2e^="comment-level-"]',
  time: '[data-e2e^="comment-time-"]',
  reply: '[data-e2e^="comment-reply-"]',
  /** The comment's own box carries its numeric id (2022); named-component class as dated fallback (2021-2024). */
  commentBox: '[id]',
  commentBoxFallback: '[class*="DivCommentContentContainer"]',
  /** Evidence of comments on screen if the data-e2e hooks go: named-component classes (2021-2024). */
  evidence: '[class*="DivCommentItemContainer"]',
  /** Video caption and author on a video page: 2022 browse-*, 2023-2025 video-*. */
  videoDesc: ['[data-e2e="browse-video-desc"]', '[data-e2e="video-desc"]'],
  videoAuthor: ['[data-e2e="browse-username"]', '[data-e2e="video-author-uniqueid"]'],
  /** Notifications inbox (a panel over any page, 2022-2025); rows are its children. */
  inboxRows: '[data-e2e="inbox-list"] > *',
  /** Draft.js comment box inside comment-input (2022-2025). */
  composer: ['[data-e2e="comment-input"] [contenteditable="true"]', '.public-DraftEditor-content[contenteditable="true"]'],
} as const;

const VIDEO_PATH = /^\/@([^/]+)\/(?:video|photo)\/(\d+)/;
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

/** The comment box owning a username hook: the nearest ancestor with a numeric id, else the named fallback. */
function boxOf(hook: Element): Element | null {
  // closest() skips the wrappers without an id natively (most of them), so only id holders are looked at here.
  for (let el = hook.parentElement?.closest('[id]'); el; el = el.parentElement?.closest('[id]')) {
    if (COMMENT_ID.test(el.id)) return el;
  }
  return hook.closest(TIKTOK_SELECTORS.commentBoxFallback);
}

function handleOf(a: Element | null): string | undefined {
  return handleIn(a?.getAttribute('href'));
}

function handleIn(href: string | null | undefined): string | undefined {
  return href ? /^\/@([^/?#]+)/.exec(href)?.[1] : undefined;
}

/** The video of the page's address, worked out once per address (every comment asks it). */
let lastVideo: { href: string; video: { author: string; id: string; url: string } | undefined } | undefined;

function videoAt(href: string | undefined): { author: string; id: string; url: string } | undefined {
  if (!href) return undefined;
  if (lastVideo?.href !== href) {
    const url = parsedUrl(href);
    const m = VIDEO_PATH.exec(url.pathname);
    lastVideo = { href, video: m ? { author: m[1], id: m[2], url: `${url.origin}/@${m[1]}/video/${m[2]}` } : undefined };
  }
  return lastVideo.video;
}

/** Whether one of the hooks' author links is the brand's. */
function anyBrandAuthor(hooks: NodeListOf<Element>, ctx: ReadContext): boolean {
  for (let i = 0; i < hooks.length; i++) if (isBrandHandle(handleOf(hooks[i].closest('a[href]')), ctx)) return true;
  return false;
}

/**
 * Whether the brand answered a level-1 comment: a reply by the brand in its thread, which is the box's parent when
 * that holds no other level-1 comment (2022-2025 markup), else the box itself.
 */
function brandRepliedTo(box: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  const parent = box.parentElement;
  if (!parent) return anyBrandAuthor(box.querySelectorAll('[data-e2e="comment-username-2"]'), ctx);
  const replies = parent.querySelectorAll('[data-e2e="comment-username-2"]');
  if (replies.length === 0) return false; // none in the parent, so none in the box either
  const ownThread = parent.querySelectorAll('[data-e2e="comment-username-1"]').length === 1;
  return anyBrandAuthor(ownThread ? replies : box.querySelectorAll('[data-e2e="comment-username-2"]'), ctx);
}

/** A reply's parent comment: the first level-1 comment of the nearest ancestor holding one (else `orphan`). */
function parentCommentId(box: Element, orphan: string | undefined): string | undefined {
  for (let el = box.parentElement; el; el = el.parentElement) {
    const parentHook = el.querySelector('[data-e2e="comment-username-1"]');
    if (parentHook) {
      const parentBox = boxOf(parentHook);
      return parentBox && COMMENT_ID.test(parentBox.id) ? parentBox.id : undefined;
    }
  }
  return orphan;
}

function readComment(box: Element, ctx?: ReadContext): RawItem | null {
  const hook = box.querySelector(TIKTOK_SELECTORS.username);
  if (!hook) return null;
  const level = levelOf(hook);
  const link = hook.closest('a[href]') ?? box.querySelector('a[href^="/@"]');
  const href = link?.getAttribute('href');
  const handle = handleIn(href);
  const name = plainLabel(hook) || handle;
  if (!name || !level) return null;
  const text = readableText(box.querySelector(TIKTOK_SELECTORS.text));
  const boxId = box.id;
  const id = COMMENT_ID.test(boxId) ? boxId : undefined;
  const pageUrl = documentUrl(box);
  const video = videoAt(pageUrl);
  const authorUrl = link ? httpUrl(href, pageUrl) : undefined;
  return {
    platform: 'tiktok',
    nativeId: id ?? stableHash('tiktok-comment', video?.id, handle, text),
    kind: level >= 2 ? 'reply' : 'comment',
    author: { name, handle, url: authorUrl === undefined ? undefined : withoutQuery(authorUrl) },
    text,
    postedAt: dateFromId(id, 32, 1000),
    permalink: video?.url,
    parentId: level >= 2 ? parentCommentId(box, video?.id) : video?.id,
    depth: Math.min(level, 2),
    repliedByBrand: level >= 2 ? false : brandRepliedTo(box, ctx),
  };
}

function readVideo(desc: Element, ctx?: ReadContext): RawItem | null {
  const video = videoAt(documentUrl(desc));
  if (!video) return null;
  const doc = desc.ownerDocument;
  const authorHook = querySelectorFirst(doc, TIKTOK_SELECTORS.videoAuthor);
  const authorLink = authorHook?.closest('a[href]') ?? null;
  const handle = handleOf(authorLink) ?? video.author;
  const nickname = doc.querySelector('[data-e2e="browser-nickname"]')?.firstChild?.textContent?.trim();
  return {
    platform: 'tiktok',
    nativeId: video.id,
    kind: 'post',
    author: { name: nickname || plainLabel(authorHook) || handle, handle, url: `https://www.tiktok.com/@${handle}` },
    text: readableText(desc),
    postedAt: dateFromId(video.id, 32, 1000),
    permalink: video.url,
    depth: 0,
    repliedByBrand: !!ctx?.brandHandles?.length && anyBrandAuthor(doc.querySelectorAll('[data-e2e="comment-username-1"]'), ctx),
  };
}

function readInboxRow(row: Element): RawItem | null {
  const profileSelector = 'a[href^="/@"]:not([href*="/video/"]):not([href*="/photo/"])';
  const text = readableText(row, { skip: `img, ${profileSelector}` });
  if (!hasLabel(text, labelsFor('tiktok', row, 'mentioned'))) return null;
  const profile = row.querySelector(profileSelector);
  const handle = handleOf(profile);
  const target = row.querySelector('a[href*="/video/"], a[href*="/photo/"]');
  const video = VIDEO_PATH.exec(target?.getAttribute('href') ?? '');
  if (!handle) return null;
  return {
    platform: 'tiktok',
    nativeId: stableHash('tiktok-mention', handle, video?.[2], text),
    kind: 'mention',
    author: { name: handle, handle, url: `https://www.tiktok.com/@${handle}` },
    text,
    permalink: linkUrl(target),
    parentId: video?.[2],
  };
}

const VIDEO_DESC = TIKTOK_SELECTORS.videoDesc.join(', ');

function readItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.matches(TIKTOK_SELECTORS.inboxRows)) return readInboxRow(el);
  if (el.matches(VIDEO_DESC)) return readVideo(el, ctx);
  return readComment(el, ctx);
}

function findItems(root: ParentNode): Element[] {
  const boxes = new Set<Element>();
  const hooks = root.querySelectorAll(TIKTOK_SELECTORS.username);
  for (let i = 0; i < hooks.length; i++) {
    const box = boxOf(hooks[i]);
    if (box) boxes.add(box);
  }
  const desc = videoAt(documentUrl(root as Node)) ? querySelectorFirst(root, TIKTOK_SELECTORS.videoDesc) : null;
  return [...(desc ? [desc] : []), ...boxes, ...Array.from(root.querySelectorAll(TIKTOK_SELECTORS.inboxRows))];
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
  const unread = read.filter((r) => !r.item && !r.el.matches(TIKTOK_SELECTORS.inboxRows)).length;
  if (unread > 0) problems.push(`TikTok: ${unread} comment(s) found but not readable (author or level missing)`);
  if (pageKind === 'post') {
    // Counted only when no comment was detected: it reads every span of the page.
    if (!found.comment && !found.reply) {
      const labels = labelsFor('tiktok', (root as Node).ownerDocument ?? (root as Node), 'reply');
      const replyWords = Array.from(root.querySelectorAll('span, [role="button"]')).filter((s) => isLabel(plainLabel(s), labels)).length;
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
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.tiktok.com/@merveilleux123/video/7135383664971582725 (post), https://www.tiktok.com/foryou
// (feed), https://www.tiktok.com/@merveilleux123 (profile)

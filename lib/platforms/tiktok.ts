/**
 * TikTok. Sample pages: ../shared/fixtures/platforms/tiktok/trex-tk-video-1.html (real, 2022, AGPL: read in place),
 * test/fixtures/platforms/tiktok/video-replies-2025.lookalike.html (replies, inbox, French UI).
 * TikTok's test hooks (data-e2e) carry the level of each comment; classes are css-<hash>-<Name> and change per build.
 */
import { countBy, documentUrl, healthReport, linkUrl, parsedUrl, querySelectorFirst, readableText, stableHash } from './dom';
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

function levelOf(hook: Element | null): number {
  const m = /-(\d)$/.exec(hook?.getAttribute('data-e2e') ?? '');
  return m ? Number(m[1]) : 0;
}

/** The comment box owning a username hook: the nearest ancestor with a numeric id, else the named fallback. */
function boxOf(hook: Element): Element | null {
  for (let el = hook.parentElement; el; el = el.parentElement) {
    if (COMMENT_ID.test(el.id)) return el;
  }
  return hook.closest(TIKTOK_SELECTORS.commentBoxFallback);
}

function handleOf(a: Element | null): string | undefined {
  return /^\/@([^/?#]+)/.exec(a?.getAttribute('href') ?? '')?.[1];
}

/** The video of the page's address, worked out once per address (every comment asks it). */
let lastVideo: { href: string; video: { author: string; id: string; url: string } | undefined } | undefined;

function videoOf(node: Node): { author: string; id: string; url: string } | undefined {
  const href = documentUrl(node);
  if (!href) return undefined;
  if (lastVideo?.href !== href) {
    const url = parsedUrl(href);
    const m = VIDEO_PATH.exec(url.pathname);
    lastVideo = { href, video: m ? { author: m[1], id: m[2], url: `${url.origin}/@${m[1]}/video/${m[2]}` } : undefined };
  }
  return lastVideo.video;
}

/** The thread around a level-1 comment: its parent when that holds no other level-1 comment (2022-2025 markup). */
function threadOf(box: Element): Element {
  const parent = box.parentElement;
  return parent && parent.querySelectorAll('[data-e2e="comment-username-1"]').length === 1 ? parent : box;
}

function readComment(box: Element, ctx?: ReadContext): RawItem | null {
  const hook = box.querySelector(TIKTOK_SELECTORS.username);
  if (!hook) return null;
  const level = levelOf(hook);
  const link = hook.closest('a[href]') ?? box.querySelector('a[href^="/@"]');
  const handle = handleOf(link);
  const name = plainLabel(hook) || handle;
  if (!name || !level) return null;
  const text = readableText(box.querySelector(TIKTOK_SELECTORS.text));
  const id = COMMENT_ID.test(box.id) ? box.id : undefined;
  const video = videoOf(box);
  let parentId = video?.id;
  let repliedByBrand = false;
  if (level >= 2) {
    for (let el = box.parentElement; el; el = el.parentElement) {
      const parentHook = el.querySelector('[data-e2e="comment-username-1"]');
      if (parentHook) {
        const parentBox = boxOf(parentHook);
        parentId = parentBox && COMMENT_ID.test(parentBox.id) ? parentBox.id : undefined;
        break;
      }
    }
  } else {
    repliedByBrand = Array.from(threadOf(box).querySelectorAll('[data-e2e="comment-username-2"]')).some((h) =>
      isBrandHandle(handleOf(h.closest('a[href]')), ctx),
    );
  }
  return {
    platform: 'tiktok',
    nativeId: id ?? stableHash('tiktok-comment', video?.id, handle, text),
    kind: level >= 2 ? 'reply' : 'comment',
    author: { name, handle, url: linkUrl(link)?.replace(/[?#].*$/, '') },
    text,
    postedAt: dateFromId(id, 32, 1000),
    permalink: video?.url,
    parentId,
    depth: Math.min(level, 2),
    repliedByBrand,
  };
}

function readVideo(desc: Element, ctx?: ReadContext): RawItem | null {
  const video = videoOf(desc);
  if (!video) return null;
  const doc = desc.ownerDocument;
  const authorHook = querySelectorFirst(doc, TIKTOK_SELECTORS.videoAuthor);
  const authorLink = authorHook?.closest('a[href]') ?? null;
  const handle = handleOf(authorLink) ?? video.author;
  const nickname = doc.querySelector('[data-e2e="browser-nickname"]')?.firstChild?.textContent?.trim();
  const replies = Array.from(doc.querySelectorAll('[data-e2e="comment-username-1"]'));
  return {
    platform: 'tiktok',
    nativeId: video.id,
    kind: 'post',
    author: { name: nickname || plainLabel(authorHook) || handle, handle, url: `https://www.tiktok.com/@${handle}` },
    text: readableText(desc),
    postedAt: dateFromId(video.id, 32, 1000),
    permalink: video.url,
    depth: 0,
    repliedByBrand: replies.some((h) => isBrandHandle(handleOf(h.closest('a[href]')), ctx)),
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

function readItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.matches(TIKTOK_SELECTORS.inboxRows)) return readInboxRow(el);
  if (el.matches(TIKTOK_SELECTORS.videoDesc.join(', '))) return readVideo(el, ctx);
  return readComment(el, ctx);
}

function findItems(root: ParentNode): Element[] {
  const boxes = new Set<Element>();
  for (const hook of root.querySelectorAll(TIKTOK_SELECTORS.username)) {
    const box = boxOf(hook);
    if (box) boxes.add(box);
  }
  const desc = videoOf(root as Node) ? querySelectorFirst(root, TIKTOK_SELECTORS.videoDesc) : null;
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

/**
 * YouTube (www). Sample pages: ../shared/fixtures/platforms/youtube/*.html (2018, 2022: ytd-comment-renderer),
 * test/fixtures/platforms/youtube/comment-view-model-lookalike.html (2024- ytd-comment-view-model),
 * sub-thread-lookalike.html (December 2025- threaded replies), shorts-lookalike.html (Shorts comments panel).
 */
import { countBy, documentOf, documentUrl, healthReport, httpUrl, lastOf, linkUrl, listOf, normaliseHandle, pageLang, queryAllInOrder, querySelectorFirst, readableText, selfAndBelow, stableHash } from './dom';
import { pressedState, queryParam, untilPageChanges } from './dom-social';
import { hasLabel, labelsFor } from './labels';
import { timeFromWords } from './date-words';
import { timeFromAge } from './relative-time';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

/**
 * Ids are matched as :is([id="..."]): YouTube repeats ids in every comment, and Chromium answers both `#id` and a bare
 * [id="..."] from the document-wide id map (checking each of the 2,000 same-id elements); inside :is() it walks the subtree.
 */
/** One comment: today (2024-) the view model, 2018-2024 the renderer. Queried one by one (queryAllInOrder). */
const COMMENT_TAGS = ['ytd-comment-view-model', 'ytd-comment-renderer'];

export const YOUTUBE_SELECTORS = {
  comment: COMMENT_TAGS.join(', '),
  thread: 'ytd-comment-thread-renderer',
  replies: 'ytd-comment-replies-renderer',
  author: ':is([id="author-text"])',
  /** Channel owner's comments hide #author-text and show the name in a badge. */
  authorBadge: ':is([id="author-comment-badge"]) ytd-channel-name :is([id="text"]), :is([id="author-comment-badge"]) a:is([id="name"])',
  /** The timestamp link carries `lc=<comment id>`: #published-time-text (2018, today), .published-time-text (2022). */
  permalink: [':is([id="published-time-text"]) a[href*="lc="]', 'a[href*="lc="]'],
  text: ':is([id="content-text"])',
  /** The comment's like toggle; pressed: its [aria-pressed="true"] (button today, yt-icon-button in 2018). */
  likeButton: ':is([id="like-button"])',
  /**
   * The video's own like toggle, looked for in the video's block only (a comment's #like-button is never in it). The
   * first match in page order: like-button-view-model > ... > button[aria-pressed] (2023-2026: the watch page's
   * segmented-like-dislike-button-view-model, June 2026 markup in return-youtube-dislike's tests, and a Short's
   * reel-action-bar-view-model); ytd-segmented-like-dislike-button-renderer #segmented-like-button ... button[aria-pressed]
   * (2022-2023); older Shorts' ytd-like-button-renderer, its #like-button toggle's tp-yt-paper-button[aria-pressed]
   * (return-youtube-dislike, undated); 2018-2022 the first toggle of the menu's #top-level-buttons(-computed) (like,
   * then dislike), aria-pressed on its yt-icon-button (2018 saved page) or button (2022 saved page).
   */
  videoLiked: [
    'like-button-view-model button[aria-pressed]',
    ':is([id="segmented-like-button"]) button[aria-pressed]',
    'ytd-like-button-renderer :is([id="like-button"]) [aria-pressed]',
    ':is([id="top-level-buttons-computed"], [id="top-level-buttons"]) > ytd-toggle-button-renderer:first-of-type [aria-pressed]',
  ].join(', '),
  replyButton: ':is([id="reply-button-end"]) button, :is([id="reply-button-end"]) a, :is([id="reply-button-end"])',
  /** The video itself: 2022+ metadata block, 2018-2022 primary info, the Short on screen (neighbours are preloaded). */
  video: ['ytd-watch-metadata', 'ytd-video-primary-info-renderer', 'ytd-reel-video-renderer[is-active]'],
  videoTitle: ['h1', 'yt-shorts-video-title-view-model', 'h2'],
  /**
   * When the video was published: the spans of the info line under the title ("1,2 k vues", "il y a 2 jours", or a
   * date once older; ytd-watch-info-text #info, 2023-), its #date-text, then 2019-2022's info strings ("6 août 2021").
   */
  videoDate: 'ytd-watch-info-text #info span, ytd-watch-info-text #date-text, ytd-watch-metadata #date-text, #info-strings yt-formatted-string',
  /** The channel's name link: ytd-channel-name (2019-), #owner-name (2018), the Shorts channel bar and its older header. */
  videoOwner: [
    'ytd-video-owner-renderer ytd-channel-name a[href]',
    'ytd-video-owner-renderer :is([id="owner-name"]) a[href]',
    'yt-reel-channel-bar-view-model a[href]',
    'ytd-reel-player-header-renderer ytd-channel-name a[href]',
    'ytd-video-owner-renderer a[href]',
  ],
  /** Notification popup rows (name from code search, no maintained source: unverified). */
  notification: 'ytd-notification-renderer',
  /** Reply box: simplebox placeholder, then a lazily created contenteditable. */
  composer: [':is([id="contenteditable-root"])[contenteditable]', 'ytd-commentbox :is([id="contenteditable-root"])', 'ytd-comment-simplebox-renderer :is([id="placeholder-area"])'],
  /** "179 Comments" header: comments exist on this page. */
  commentCount: 'ytd-comments-header-renderer :is([id="count"])',
} as const;

const HOSTS = /^(?:www\.|m\.)?youtube\.com$/;

export function youtubePageKind(url: URL): PageKind {
  if (!HOSTS.test(url.hostname)) return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if ((path === '/watch' && url.searchParams.get('v')) || /^\/shorts\/[\w-]{6,}$/.test(path) || /^\/post\/[\w-]+$/.test(path)) return 'post';
  if (path === '/' || path === '/feed/subscriptions' || path === '/feed/trending' || path === '/results') return 'feed';
  if (/^\/(?:@[\w.-]+|channel\/UC[\w-]+|c\/[\w-]+|user\/[\w-]+)(?:\/(?:videos|shorts|community|posts|featured|streams))?$/.test(path)) {
    return url.searchParams.get('lb') ? 'post' : 'profile';
  }
  if (path === '/feed/notifications') return 'notifications';
  return 'other';
}

/**
 * The handle in a channel address. Handles may use any script and a middle dot (2023-): the href carries them
 * percent-encoded (/@%E3%81%82…), so the segment is taken whole and decoded.
 */
export function handleFromHref(href: string | null | undefined): string | undefined {
  const at = href ? href.indexOf('/@') : -1;
  if (at < 0) return undefined;
  const raw = /^[^/?#]+/.exec(href!.slice(at + 2))?.[0];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The comment's timestamp link and the comment id in its `lc` parameter. */
function permalinkOf(el: Element): { link: Element; id: string } | undefined {
  const link = querySelectorFirst(ownPart(el), YOUTUBE_SELECTORS.permalink);
  const id = queryParam(link?.getAttribute('href'), 'lc');
  return link && id ? { link, id } : undefined;
}

/** The comment's own body, without the replies a top-level renderer may hold. */
function ownPart(el: Element): Element {
  const children = el.children;
  for (let i = 0, n = children.length; i < n; i++) if (children[i].id === 'body') return children[i];
  return el;
}

/** Author name and channel address: #author-text, or the owner's badge when #author-text is empty. */
function authorFrom(link: Element | null | undefined, href: string, badge: () => Element | null | undefined, base: string | undefined): RawItem['author'] | null {
  let name = link?.textContent?.trim() ?? '';
  if (!name) name = badge()?.textContent?.trim() ?? '';
  if (!name) return null;
  const handle = handleFromHref(href) ?? (name.startsWith('@') ? name.slice(1) : undefined);
  return { name, handle, url: link ? httpUrl(href, base) : undefined };
}

function readAuthor(body: Element): RawItem['author'] | null {
  const link = body.querySelector(YOUTUBE_SELECTORS.author);
  return authorFrom(link, link?.getAttribute('href') ?? '', () => body.querySelector(YOUTUBE_SELECTORS.authorBadge), link ? documentUrl(link) : undefined);
}

function isBrand(author: RawItem['author'] | null, ctx?: ReadContext): boolean {
  if (!author || !ctx?.brandHandles?.length) return false;
  const own = [author.handle, author.name].filter(Boolean).map((h) => normaliseHandle(h!));
  return ctx.brandHandles.some((b) => own.includes(normaliseHandle(b)));
}

function readVideo(el: Element): RawItem | null {
  const doc = documentOf(el);
  const videoId = videoIdFrom(doc.URL);
  const title = readableText(querySelectorFirst(el, YOUTUBE_SELECTORS.videoTitle));
  if (!videoId || !title) return null;
  // A Short's owner is in its own reel; a watch page's owner block sits beside the title block, not inside it.
  const owner = namedLink(el.localName === 'ytd-reel-video-renderer' ? el : doc, YOUTUBE_SELECTORS.videoOwner);
  const name = owner?.textContent?.trim() ?? '';
  const handle = handleFromHref(owner?.getAttribute('href'));
  return {
    platform: 'youtube',
    nativeId: videoId,
    kind: 'post',
    author: { name, handle, url: linkUrl(owner) },
    text: title,
    postedAt: el.localName === 'ytd-reel-video-renderer' ? undefined : videoDate(el),
    permalink: `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`,
    likedByMe: videoLiked(el),
  };
}

/**
 * Whether the signed-in user liked the video: its own like toggle's aria-pressed, undefined when the block shows no
 * toggle or the toggle no state. Searched child by child of the video's block, skipping a Short's comments panel (it
 * sits inside the reel, in #watch-while-engagement-panel, and a query through it would visit every comment): a few
 * small subtrees, no layout read.
 */
function videoLiked(video: Element): boolean | undefined {
  const children = video.children;
  for (let i = 0, n = children.length; i < n; i++) {
    const child = children[i];
    if (child.id === 'watch-while-engagement-panel' || child.localName === 'ytd-engagement-panel-section-list-renderer') continue;
    const toggle = child.querySelector(YOUTUBE_SELECTORS.videoLiked);
    if (toggle) return pressedState(toggle);
  }
  return undefined;
}

/**
 * The video's date: the first of its info texts that is an age or a date (the view count is neither). Looked for in
 * the video's own block first (its info line is there in the 2018-2022 and 2023- layouts), in the page only when it
 * has none: a query of the whole page visits every comment.
 */
function videoDate(video: Element): string | undefined {
  return dateAmong(video.querySelectorAll(YOUTUBE_SELECTORS.videoDate)) ?? dateAmong(documentOf(video).querySelectorAll(YOUTUBE_SELECTORS.videoDate));
}

function dateAmong(texts: NodeListOf<Element>): string | undefined {
  for (let i = 0; i < texts.length; i++) {
    const time = timeFromWords(texts[i].textContent, pageLang(texts[i]), Date.now());
    if (time) return time;
  }
  return undefined;
}

/** The first link that shows a name: channel blocks also hold an avatar link with no text. Once per page. */
function namedLink(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    // The first match most often: querySelector stops there, querySelectorAll visits every comment of the page.
    const first = root.querySelector(selector);
    if (!first) continue;
    if (first.textContent?.trim()) return first;
    for (const link of root.querySelectorAll(selector)) if (link.textContent?.trim()) return link;
  }
  return undefined;
}

function readNotification(el: Element): RawItem | null {
  const text = readableText(el);
  const kind: ItemKind | null = hasLabel(text, labelsFor('youtube', el, 'mentioned'))
    ? 'mention'
    : hasLabel(text, labelsFor('youtube', el, 'replied'))
      ? 'reply'
      : null;
  if (!kind) return null;
  const link = el.querySelector('a[href*="lc="], a[href]');
  const id = permalinkOf(el)?.id;
  return {
    platform: 'youtube',
    nativeId: id ?? stableHash('youtube-notification', link?.getAttribute('href') ?? '', text),
    kind,
    author: { name: '' },
    text,
    permalink: linkUrl(link),
  };
}

export function readYoutubeItem(el: Element, ctx?: ReadContext): RawItem | null {
  const tag = el.localName;
  if (tag === 'ytd-notification-renderer') return readNotification(el);
  if (tag === 'ytd-watch-metadata' || tag === 'ytd-video-primary-info-renderer' || tag === 'ytd-reel-video-renderer') return readVideo(el);
  return readComment(el, ctx);
}

function readComment(el: Element, ctx?: ReadContext): RawItem | null {
  const body = ownPart(el);
  const link = querySelectorFirst(body, YOUTUBE_SELECTORS.permalink);
  if (!link) return null;
  const href = link.getAttribute('href') ?? '';
  const id = queryParam(href, 'lc');
  if (!id) return null;
  const base = documentUrl(el);
  const authorLink = body.querySelector(YOUTUBE_SELECTORS.author);
  const author = authorFrom(authorLink, authorLink?.getAttribute('href') ?? '', () => body.querySelector(YOUTUBE_SELECTORS.authorBadge), base);
  if (!author) return null;
  const place = placeOf(el, id);
  return {
    platform: 'youtube',
    nativeId: id,
    kind: place.depth > 1 ? 'reply' : 'comment',
    author,
    text: readableText(body.querySelector(YOUTUBE_SELECTORS.text)),
    // The timestamp link shows an age ("2 days ago", "il y a 7 mois (modifié)"): YouTube prints no date.
    postedAt: timeFromAge(link.textContent, pageLang(el), Date.now()),
    permalink: httpUrl(href, base),
    parentId: place.depth > 1 ? place.parentId : videoOfComment(href, base),
    depth: place.depth,
    // The toggle first, then its state: an attribute selector of any tag is matched slowly against every element.
    likedByMe: !!body.querySelector(YOUTUBE_SELECTORS.likeButton)?.querySelector('[aria-pressed="true"]'),
    repliedByBrand: place.thread ? brandReplied(place.thread, ctx) : false,
  };
}

const REPLIES_OR_THREAD = `${YOUTUBE_SELECTORS.replies}, ${YOUTUBE_SELECTORS.thread}`;

/**
 * Where a comment sits. Until 2025 a thread held one comment and a flat reply list (depth 2, parent = the id before
 * the "."). Since December 2025 each reply is itself a ytd-comment-thread-renderer nested in its parent's reply list
 * (yt-sub-thread), so replies to replies go deeper: depth and parent come from the nesting. `thread`: the thread this
 * comment heads (its answers are in it), absent for a reply in a flat list.
 */
function placeOf(el: Element, id: string): { depth: number; parentId?: string; thread?: Element } {
  const root = id.split('.')[0];
  const container = el.closest(REPLIES_OR_THREAD);
  if (!container) return id.includes('.') ? { depth: 2, parentId: root } : { depth: 1 };
  if (container.localName === YOUTUBE_SELECTORS.replies) return { depth: 2, parentId: root };
  const outer = container.parentElement?.closest(YOUTUBE_SELECTORS.thread);
  if (!outer) return id.includes('.') ? { depth: 2, parentId: root } : { depth: 1, thread: container };
  const parentId = headIdOf(outer);
  // YouTube leaves hidden copies of replies in threads they do not belong to: a parent from another thread is not
  // believed, the id's own thread is.
  if (!parentId || parentId.split('.')[0] !== root) return { depth: 2, parentId: root, thread: container };
  return { depth: threadDepth(outer) + 1, parentId, thread: container };
}

/** The id of the comment a thread opens with (its own comment comes before its replies). */
const headIdOf = untilPageChanges((thread: Element): string | undefined => {
  const head = thread.querySelector(YOUTUBE_SELECTORS.comment);
  return head ? permalinkOf(head)?.id : undefined;
});

/** 1 for a top-level thread, one more per thread it is nested in. */
const threadDepth = untilPageChanges((thread: Element): number => {
  const outer = thread.parentElement?.closest(YOUTUBE_SELECTORS.thread);
  return outer ? threadDepth(outer) + 1 : 1;
});

/** The page address's video, kept while the address stays: `needle` finds it in a comment link without a parse. */
const videoOfPage = lastOf((base: string | undefined) => {
  const id = videoIdFrom(base);
  return { id, needle: id ? `v=${id}` : '' };
});

/** The video a comment answers: its own link's (a Short's panel may outlive its address), most often the page's. */
function videoOfComment(href: string, base: string | undefined): string | undefined {
  const page = videoOfPage(base);
  if (page.id && href.includes(page.needle)) return page.id;
  return videoIdFrom(href) ?? page.id;
}

/** The video a watch, Shorts or comment address points to. */
function videoIdFrom(href: string | undefined): string | undefined {
  if (!href) return undefined;
  return queryParam(href, 'v') ?? /\/shorts\/([\w-]+)/.exec(href)?.[1];
}

/** A comment is answered by the brand when a reply in its thread is by one of the brand's handles. */
function brandReplied(thread: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  // Reply lists first, then their comments: a plain tag lookup, and nothing to look at in a thread without replies.
  const lists = thread.getElementsByTagName(YOUTUBE_SELECTORS.replies);
  for (let l = 0, n = lists.length; l < n; l++) {
    const replies = queryAllInOrder(lists[l], COMMENT_TAGS);
    for (let i = 0; i < replies.length; i++) if (isBrand(readAuthor(ownPart(replies[i])), ctx)) return true;
  }
  return false;
}

function findItems(root: ParentNode): Element[] {
  const video = querySelectorFirst(root, YOUTUBE_SELECTORS.video);
  const comments = queryAllInOrder(root, COMMENT_TAGS);
  const notifications = listOf(root.querySelectorAll(YOUTUBE_SELECTORS.notification));
  return [...(video ? [video] : []), ...comments, ...notifications];
}

/** The video's own item is the page's first: it is left to findItems. */
const COMMENTS_AND_NOTIFICATIONS = [...COMMENT_TAGS, YOUTUBE_SELECTORS.notification];
const itemsIn = (added: Element): Element[] => selfAndBelow(added, COMMENTS_AND_NOTIFICATIONS);

function composerKind(el: Element): ComposerKind {
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readYoutubeItem(el, ctx)): Health {
  const pageKind = youtubePageKind(url);
  const elements = findItems(root);
  const items = elements.map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const problems: string[] = [];
  const commentElements = root.querySelectorAll(YOUTUBE_SELECTORS.comment).length;
  const comments = (found.comment ?? 0) + (found.reply ?? 0);
  if (commentElements > comments) problems.push(`YouTube: ${commentElements - comments} comment(s) found but not readable (author or lc link missing)`);
  if (pageKind === 'post') {
    if (!found.post) problems.push('YouTube: the video title or owner was not detected');
    if (comments === 0 && root.querySelector(`${YOUTUBE_SELECTORS.thread}, ytd-comments :is([id="contents"]) > *`)) problems.push('YouTube: comments are visible under the video but none was detected');
  }
  return healthReport({ platform: 'youtube', pageKind, expected: pageKind === 'post' ? ['post', 'comment', 'reply'] : ['mention'] }, found, problems);
}

export const youtubeAdapter: Adapter = {
  platform: 'youtube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  pageKind: youtubePageKind,
  findItems,
  itemsIn,
  readItem: readYoutubeItem,
  findComposer: (root) => querySelectorFirst<HTMLElement>(root, YOUTUBE_SELECTORS.composer),
  composerKind,
  replyTarget: (el) => ownPart(el).querySelector<HTMLElement>(YOUTUBE_SELECTORS.replyButton),
  anchor: (el) => querySelectorFirst(ownPart(el), [':is([id="header-author"])', ':is([id="header"])']) ?? el,
  health,
};

// Test URLs: https://www.youtube.com/watch?v=wOWhfNB_r-0 (post), https://www.youtube.com/@NetworkChuck (profile),
// https://www.youtube.com/feed/subscriptions (feed)

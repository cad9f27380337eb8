/**
 * Instagram. Sample pages: test/fixtures/platforms/instagram/metascraper-post-tesla-2021.html (real, 2021),
 * post-2025.lookalike.html, reel-2025-replies.lookalike.html (real Nov 2025 comment markup), post-h3-div-span.lookalike.html
 * (text in the div after the author's h3, caption h1) and activity-2025.lookalike.html (look-alikes).
 * Classes are obfuscated in every era: an item is the block around one timestamp (dom-social anchorBlocks), its id
 * comes from its permalink (/p/<code>/c/<comment>/ and /r/<reply>/).
 */
import { countBy, documentOf, documentUrl, healthReport, httpUrl, isoDate, lastOf, linkUrl, listOf, normaliseHandle, parsedUrl, querySelectorFirst, readableText, selfAndBelow, stableHash, untilTaskEnds } from './dom';
import { anchorBlocks, depthOf, pageList, untilPageChanges, untilSubtreeChanges, plainLabel } from './dom-social';
import { hasLabel, isLabel, labelTable } from './labels';
import type { Adapter, ComposerKind, Health, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const INSTAGRAM_SELECTORS = {
  /** Every item shows one timestamp (2019-2025). */
  time: 'time[datetime]',
  /** Comment and reply permalinks around their timestamp (2019-2025); /r/ for replies since 2023. */
  commentLink: 'a[href*="/c/"]',
  /** Where blocks stop: the post, its dialog, the page. */
  stop: 'article, main, [role="dialog"], body',
  /**
   * Text: dir="auto" spans/headings (2023-2025), the span after the author heading (2019-2022), the span of the div
   * after it and the caption's h1 (enricobianchi10/social-automation-extension XPaths: h3/following-sibling::div[1]/span,
   * //article//h1; undated, between the two).
   */
  text: '[dir="auto"], h2 + span, h3 + span, h3 + div > span, h1',
  /** Like state from the heart icon's label (KineticNexus/instagram-ai-bot; localised, see labels.ts). */
  likeIcon: 'svg[aria-label]',
  /**
   * The post's action bar (heart, comment, share, save): a <section> of the post (2021 real page: section > span >
   * button > svg[aria-label="Like"], before the comment list; post-liking scripts, undated, read "article section
   * svg[aria-label=Like|Unlike]"; where it sits beside the comments since is not known, both sides are looked at).
   * Tag name only: its classes are obfuscated.
   */
  actionBar: 'section',
  /** Comment box: React textarea (2019-2025), then a contenteditable textbox. */
  composer: ['form textarea', 'textarea[aria-label]', '[contenteditable="true"][role="textbox"]'],
  button: 'button, [role="button"]',
} as const;

const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'stories', 'about', 'legal', 'developer', 'challenge',
  'emails', 'web', 'session', 'api', 'graphql', 'oauth', 'privacy', 'terms',
]);
const POST_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]+)/;
const COMMENT_PATH = /\/c\/(\d+)(?:\/r\/(\d+))?/;

export function instagramPageKind(url: URL): PageKind {
  if (!/(^|\.)instagram\.com$/.test(url.hostname)) return 'other';
  const path = url.pathname;
  if (POST_PATH.test(path)) return 'post';
  if (/^\/accounts\/activity\/?$/.test(path) || /^\/notifications\/?$/.test(path)) return 'notifications';
  if (path === '/' || /^\/explore\/?$/.test(path) || /^\/explore\/tags\/[^/]+\/?$/.test(path) || /^\/reels\/?$/.test(path)) return 'feed';
  const user = /^\/([A-Za-z0-9._]{1,30})(?:\/(?:tagged|reels|saved)?)?\/?$/.exec(path);
  if (user && !RESERVED.has(user[1].toLowerCase())) return 'profile';
  return 'other';
}

/** INSTAGRAM_SELECTORS.stop as a test on the tag and role: asked of every ancestor of the timestamps. */
function isStop(el: Element): boolean {
  const tag = el.localName;
  return tag === 'article' || tag === 'main' || tag === 'body' || el.getAttribute('role') === 'dialog';
}

function handleOfLink(a: Element): string | undefined {
  const m = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(a.getAttribute('href') ?? '');
  return m && !RESERVED.has(m[1].toLowerCase()) ? m[1] : undefined;
}

/** Links whose address can be a profile's (handleOfLink reads "/<handle>/" only). */
const PROFILE_HREF = 'a[href^="/"]';

interface Author {
  link: Element;
  handle: string;
}

/** The first profile link of an element that shows a name (not the avatar picture), with its handle. */
function firstAuthor(el: Element): Author | undefined {
  const links = el.querySelectorAll(PROFILE_HREF);
  for (let i = 0, n = links.length; i < n; i++) {
    // plainLabel's test without its copy: trimmed text neither empty (the avatar) nor "@name" (a mention in the text).
    const label = links[i].textContent!.trim();
    if (label === '' || label.charCodeAt(0) === 64) continue;
    const handle = handleOfLink(links[i]);
    if (handle) return { link: links[i], handle };
  }
  return undefined;
}

/**
 * What every reader of a block asks first: its timestamp, the link around it, its author. Finding the items, the
 * answers map and the read each need them: worked out once per block until its subtree changes.
 */
interface Block {
  time: Element | null;
  link: Element | null;
  /** The link's address, and the comment (and answer) ids in it: /c/<comment>/ or /c/<comment>/r/<answer>/. */
  href: string | undefined;
  ids: RegExpExecArray | null;
  author: Author | undefined;
}

/** What a block holds alone: kept while its subtree stays as it is (a comment added beside it changes nothing). */
const blockOf = untilSubtreeChanges((block: Element): Block => {
  const time = timeOf(block);
  const link = time && time.closest('a');
  const href = link?.getAttribute('href') ?? undefined;
  return { time, link, href, ids: href ? COMMENT_PATH.exec(href) : null, author: firstAuthor(block) };
});

function authorFrom(author: Author | undefined): RawItem['author'] | null {
  return author ? { name: author.handle, handle: author.handle, url: `https://www.instagram.com/${author.handle}/` } : null;
}

/** INSTAGRAM_SELECTORS.text outside links (a link's words are a name or a mention, not the item's text). */
const TEXT_OUTSIDE_LINKS = INSTAGRAM_SELECTORS.text.split(', ').map((s) => `${s}:not(a, a *)`).join(', ');

const SKIP_TIME = { skip: 'time' };

/** The first text candidate that is neither around the author nor around the timestamp, nor blank: most often the first. */
function textOf(block: Element, author: Element | undefined): string {
  const first = block.querySelector(TEXT_OUTSIDE_LINKS);
  if (!first) return '';
  if (isTextOf(first, author)) return readableText(first, SKIP_TIME);
  const candidates = block.querySelectorAll(TEXT_OUTSIDE_LINKS);
  for (let i = 1; i < candidates.length; i++) if (isTextOf(candidates[i], author)) return readableText(candidates[i], SKIP_TIME);
  return '';
}

function isTextOf(el: Element, author: Element | undefined): boolean {
  // plainLabel(el) === '' without its copy.
  const words = el.textContent!.trim();
  if ((author && el.contains(author)) || el.querySelector(INSTAGRAM_SELECTORS.time) || words === '') return false;
  // Not a control ("Reply", "View all 5 replies": span[dir=auto] in a button since 2023) unless the button is the
  // whole item (2019-2022 rows are one role=button), nor a badge ("Author", "Pinned", "Edited") shown as a word.
  const button = el.closest(INSTAGRAM_SELECTORS.button);
  return !(button && !(author && button.contains(author))) && !(words.length <= BADGE_MAX && isLabel(words, wordsFor(el).badge));
}

const wordsFor = labelTable('instagram', ['like', 'unlike', 'reply', 'mentioned', 'badge']);
/** Badges are a word or two: a longer text is never one, and is not folded to be compared. */
const BADGE_MAX = 16;

/** An "Unlike" heart anywhere in the block says liked; else a "Like" heart says not liked. */
function likedOf(block: Element): boolean | undefined {
  const { like, unlike } = wordsFor(block);
  let likeShown = false;
  const hearts = block.querySelectorAll(INSTAGRAM_SELECTORS.likeIcon);
  for (let i = 0, n = hearts.length; i < n; i++) {
    const label = hearts[i].getAttribute('aria-label');
    if (isLabel(label, unlike)) return true;
    likeShown ||= isLabel(label, like);
  }
  return likeShown ? false : undefined;
}

/** Siblings looked at on each side of each of the caption's wrappers for the post's action bar. */
const BAR_REACH = 4;

/**
 * Whether the signed-in user liked the post: the heart of its action bar, the first <section> beside one of the
 * caption's wrappers (up to the post's article, dialog or main) whose hearts say Like or Unlike. The caption block
 * holds no heart (the bar is outside it), and a wider block would take the comments' hearts: a comment's heart sits
 * inside its comment, never in a section beside the caption's wrappers, and a section holding a timestamp is an item,
 * not the bar. A few siblings per level, only sections opened: no query through the comment list, no layout read.
 */
function postLikedOf(block: Element): boolean | undefined {
  for (let el: Element | null = block; el && !isStop(el); el = el.parentElement) {
    let after = el.nextElementSibling;
    let before = el.previousElementSibling;
    for (let n = 0; n < BAR_REACH && (after || before); n++) {
      const liked = barLikedOf(after) ?? barLikedOf(before);
      if (liked !== undefined) return liked;
      after = after && after.nextElementSibling;
      before = before && before.previousElementSibling;
    }
  }
  return undefined;
}

function barLikedOf(el: Element | null): boolean | undefined {
  if (!el || el.localName !== INSTAGRAM_SELECTORS.actionBar || el.querySelector(INSTAGRAM_SELECTORS.time)) return undefined;
  return likedOf(el);
}

/** What the page's address says (its kind, its post's shortcode): worked out once per address, not once per item. */
const pageAt = lastOf((url: string | undefined): { url: string | undefined; kind: PageKind; code: string | undefined } => {
  const parsed = url ? parsedUrl(url) : undefined;
  return { url, kind: parsed ? instagramPageKind(parsed) : 'other', code: parsed ? POST_PATH.exec(parsed.pathname)?.[1] : undefined };
});
const pageOf = (node: Node) => pageAt(documentUrl(node));

/**
 * Per document: comment id -> authors of its replies, and "" -> authors of top-level comments, lower-cased (a handle
 * is [A-Za-z0-9._]: lower-casing is all normaliseHandle would do). One pass per page change. A comment link around an
 * item's timestamp takes the item's author, already known; any other (an answer whose timestamp is gone still shows
 * the brand answered) takes the first author link of its nearest ancestor that has one.
 */
const answersByComment = untilPageChanges((doc: Document) => {
  const map = new Map<string, Set<string>>();
  const parents = structuralParents(doc);
  const add = (ids: RegExpExecArray | null, author: Author, block?: Element) => {
    if (!ids) return;
    const key = ids[2] ? ids[1] : (block && parents.get(block)) ?? '';
    const handle = author.handle.toLowerCase();
    const handles = map.get(key);
    if (handles) handles.add(handle);
    else map.set(key, new Set([handle]));
  };
  const known = new Set<Element>();
  const blocks = pageBlocks.ofPage(doc);
  for (let i = 0; i < blocks.length; i++) {
    const { link, ids, author } = blockOf(blocks[i]);
    if (!link) continue;
    known.add(link);
    add(ids, author!, blocks[i]);
  }
  const links = doc.querySelectorAll(INSTAGRAM_SELECTORS.commentLink);
  for (let i = 0, n = links.length; i < n; i++) {
    const link = links[i];
    if (known.has(link)) continue;
    const a = authorAbove(link);
    if (a) add(COMMENT_PATH.exec(link.getAttribute('href') ?? ''), a);
  }
  return map;
});

/** The author of a comment link that is no item's own: the first author link of its nearest ancestor that has one. */
function authorAbove(link: Element): Author | undefined {
  for (let el = link.parentElement; el && !isStop(el); el = el.parentElement) {
    const a = firstAuthor(el);
    if (a) return a;
  }
  return undefined;
}

/** The item a comment link is the link of (the one around its timestamp), if any: answersByComment's known links. */
function blockLinkedBy(link: Element): Block | undefined {
  const time = link.querySelector(INSTAGRAM_SELECTORS.time);
  const block = time ? blockOf(blockAround(time)) : undefined;
  return block && block.link === link && block.author ? block : undefined;
}

const ANSWER_LINK = 'a[href*="/r/"]';

const isAnswerLink = (link: Element) => !!COMMENT_PATH.exec(link.getAttribute('href') ?? '')?.[2] && blockLinkedBy(link) !== undefined;

/**
 * Whether an item's link names the comment it answers (/c/<comment>/r/<answer>/): then no item's parent is read from
 * where it sits (structuralParents finds none). Asked for a few reads instead of listing the page's items; a comment's
 * read asks it twice (its parent, its answers), the page cannot change between.
 */
const answersLinked = untilTaskEnds((doc: Document): boolean => {
  const first = doc.querySelector(ANSWER_LINK);
  return !!first && (isAnswerLink(first) || listOf(doc.querySelectorAll(ANSWER_LINK)).some(isAnswerLink));
});

/** answersByComment(doc).get(commentId) on a page whose answers link their comment, from that comment's answer links alone. */
function linkedAnswers(doc: Document, commentId: string): Set<string> {
  const handles = new Set<string>();
  const links = doc.querySelectorAll(`a[href*="/c/${commentId}/r/"]`);
  for (let i = 0, n = links.length; i < n; i++) {
    const ids = COMMENT_PATH.exec(links[i].getAttribute('href') ?? '');
    if (!ids?.[2] || ids[1] !== commentId) continue;
    const author = blockLinkedBy(links[i])?.author ?? authorAbove(links[i]);
    if (author) handles.add(author.handle.toLowerCase());
  }
  return handles;
}

/**
 * Per document: block -> id of the comment it answers, for answers whose permalink has no /r/ (2019-2022, and
 * reply permalinks read as /c/<reply>/ since: microlinkhq/metascraper's 2021 page nests them in a list under their
 * comment; exporters tell replies by their container, not their link). Every era nests a comment's answers one level
 * or more below it: the shallowest comment timestamps are the top-level ones, a deeper one answers the last of them
 * when the container they share holds no other top-level comment (a pinned or labelled comment sitting deeper is
 * not taken for an answer of its neighbour).
 */
const structuralParents = untilPageChanges((doc: Document) => {
  const parents = new Map<Element, string>();
  const blocks = pageBlocks.ofPage(doc);
  const rows: { block: Element; id: string; depth: number }[] = [];
  let top = Infinity;
  const known = new Map<Element, number>();
  for (let i = 0; i < blocks.length; i++) {
    const { time, ids } = blockOf(blocks[i]);
    if (!ids) continue;
    // A page whose answers link /c/<comment>/r/<answer>/ names every answer's parent in its link: no depth to count.
    if (ids[2]) return parents;
    const depth = depthOf(time!, known);
    rows.push({ block: blocks[i], id: ids[1], depth });
    if (depth < top) top = depth;
  }
  let head = -1;
  let previousHead = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].depth === top) {
      previousHead = head;
      head = i;
      continue;
    }
    if (head < 0) continue;
    let shared = rows[i].block.parentElement;
    while (shared && !shared.contains(rows[head].block)) shared = shared.parentElement;
    if (!shared || (previousHead >= 0 && shared.contains(rows[previousHead].block))) continue;
    let next = i + 1;
    while (next < rows.length && rows[next].depth !== top) next++;
    if (next < rows.length && shared.contains(rows[next].block)) continue;
    parents.set(rows[i].block, rows[head].id);
  }
  return parents;
});

/** Whether the brand wrote one of the answers to `commentId` ("" for the post): each brand handle looked up once. */
function brandAnswered(block: Element, commentId: string, ctx?: ReadContext): boolean {
  const brand = ctx?.brandHandles;
  if (!brand?.length) return false;
  const doc = documentOf(block);
  const local = ctx?.few && commentId !== '' && !answersByComment.built(doc) && answersLinked(doc);
  const handles = local ? linkedAnswers(doc, commentId) : answersByComment(doc).get(commentId);
  if (!handles) return false;
  for (let i = 0; i < brand.length; i++) if (handles.has(normaliseHandle(brand[i]))) return true;
  return false;
}

/** structuralParents(document).get(block), without listing the page's items for a few reads where links tell all. */
function parentFromPlace(block: Element, ctx?: ReadContext): string | undefined {
  const doc = documentOf(block);
  if (ctx?.few && !structuralParents.built(doc) && answersLinked(doc)) return undefined;
  return structuralParents(doc).get(block);
}

function readNotification(block: Element, time: Element): RawItem | null {
  const textEl = time.closest(INSTAGRAM_SELECTORS.text.split(', ')[0]) ?? block;
  const text = readableText(textEl, { skip: 'time' });
  if (!hasLabel(text, wordsFor(block).mentioned)) return null;
  const author = authorFrom(blockOf(block).author);
  if (!author) return null;
  const target = block.querySelector('a[href*="/p/"], a[href*="/reel/"]');
  const ids = COMMENT_PATH.exec(target?.getAttribute('href') ?? '');
  const code = POST_PATH.exec(target?.getAttribute('href') ?? '')?.[1];
  return {
    platform: 'instagram',
    nativeId: ids ? ids[2] ?? ids[1] : stableHash('instagram-mention', author.handle, code, text),
    kind: 'mention',
    author,
    text,
    postedAt: isoDate(time.getAttribute('datetime')),
    permalink: linkUrl(target),
    parentId: ids ? code : undefined,
  };
}

/** A block's timestamp: the block itself, or the one it holds. */
function timeOf(block: Element): Element | null {
  return block.localName === 'time' && block.hasAttribute('datetime') ? block : block.querySelector(INSTAGRAM_SELECTORS.time);
}

function readItem(block: Element, ctx?: ReadContext): RawItem | null {
  const { time, link, href, ids, author: authorEl } = blockOf(block);
  if (!time) return null;
  const page = pageOf(block);
  if (page.url && page.kind === 'notifications') return readNotification(block, time);
  const author = authorFrom(authorEl);
  if (!author) return null;
  const code = page.code ?? POST_PATH.exec(href ?? '')?.[1];
  const text = textOf(block, authorEl!.link);
  const postedAt = isoDate(time.getAttribute('datetime'));
  if (!ids) {
    // The caption is the first dated block of the post; its time links to the post itself or to nothing (2023-2025
    // post pages and feed cards link it). A later dated block without a comment link is unknown.
    const container = block.closest(INSTAGRAM_SELECTORS.stop);
    if (!code || (link && POST_PATH.exec(href ?? '')?.[1] !== code) || container?.querySelector(INSTAGRAM_SELECTORS.time) !== time) return null;
    return {
      platform: 'instagram',
      nativeId: code,
      kind: 'post',
      author,
      text,
      postedAt,
      permalink: `https://www.instagram.com/p/${code}/`,
      depth: 0,
      likedByMe: postLikedOf(block),
      repliedByBrand: brandAnswered(block, '', ctx),
    };
  }
  // An answer's parent: from its /r/ permalink, else from where it sits.
  const parentComment = ids[2] ? ids[1] : parentFromPlace(block, ctx);
  const isReply = parentComment !== undefined;
  return {
    platform: 'instagram',
    nativeId: ids[2] ?? ids[1],
    kind: isReply ? 'reply' : 'comment',
    author,
    text,
    postedAt,
    permalink: httpUrl(href, page.url),
    parentId: parentComment ?? code,
    depth: isReply ? 2 : 1,
    likedByMe: likedOf(block),
    repliedByBrand: isReply ? false : brandAnswered(block, ids[1], ctx),
  };
}

/** The dated blocks with an author under `root`, in page order. */
function blocksUnder(root: ParentNode): Element[] {
  const times = listOf(root.querySelectorAll(INSTAGRAM_SELECTORS.time));
  return anchorBlocks(times, isStop).filter((block) => blockOf(block).author !== undefined);
}

/** The page's blocks: the scan, the health check and the answers map share them. */
const pageBlocks = pageList(blocksUnder);

function findItems(root: ParentNode): Element[] {
  return pageBlocks.find(root);
}

const TIMES = [INSTAGRAM_SELECTORS.time];

/** The blocks of the timestamps in an added element: each as anchorBlocks makes it, climbed to alone. */
function itemsIn(added: Element): Element[] {
  const blocks: Element[] = [];
  for (const time of selfAndBelow(added, TIMES)) {
    const block = blockAround(time);
    if (blockOf(block).author !== undefined) blocks.push(block);
  }
  return blocks;
}

/** A timestamp's highest ancestor below a stop that holds no other timestamp (anchorBlocks' block, for one). */
function blockAround(time: Element): Element {
  let block = time;
  for (let el = time.parentElement; el && !isStop(el) && !holdsTimeBeside(el, block); el = el.parentElement) block = el;
  return block;
}

/** Whether a child of `el` other than `child` holds a timestamp: in a list of comments the first one asked does. */
function holdsTimeBeside(el: Element, child: Element): boolean {
  for (let other = el.firstElementChild; other; other = other.nextElementSibling) {
    if (other !== child && (other.matches(INSTAGRAM_SELECTORS.time) || other.querySelector(INSTAGRAM_SELECTORS.time))) return true;
  }
  return false;
}

function findComposer(root: ParentNode): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(root, INSTAGRAM_SELECTORS.composer);
}

function composerKind(el: Element): ComposerKind {
  if (el.tagName === 'TEXTAREA') return 'textarea';
  return el.closest('[data-lexical-editor="true"]') ? 'lexical' : 'contenteditable';
}

function replyTarget(el: Element): HTMLElement | null {
  const { reply } = wordsFor(el);
  for (const button of el.querySelectorAll<HTMLElement>(INSTAGRAM_SELECTORS.button)) if (isLabel(plainLabel(button), reply)) return button;
  return null;
}

function anchor(el: Element): Element | null {
  return replyTarget(el)?.parentElement ?? el;
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readItem(el, ctx)): Health {
  const pageKind = instagramPageKind(url);
  const blocks = findItems(root);
  const items = blocks.map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const expected = pageKind === 'post' ? ['post', 'comment'] : pageKind === 'notifications' ? ['mention'] : ['post'];
  const problems: string[] = [];
  const unread = pageKind === 'notifications' ? 0 : blocks.length - items.length;
  if (unread > 0) problems.push(`Instagram: ${unread} dated block(s) with an author but no comment permalink (markup changed?)`);
  if (pageKind === 'post') {
    // Counted only when no comment was detected: it reads every button of the page.
    if (!found.comment && !found.reply) {
      const { reply } = wordsFor(documentOf(root as Node));
      const shown = listOf(root.querySelectorAll(INSTAGRAM_SELECTORS.button)).filter((b) => isLabel(plainLabel(b), reply)).length;
      if (shown > 0) problems.push(`Instagram: ${shown} comment(s) shown on this post but none detected (comment markup changed?)`);
    }
    if (!found.post) problems.push('Instagram: the post caption was not detected on this post page');
  }
  if (pageKind === 'notifications' && root.querySelector('main') && blocks.length === 0) {
    problems.push('Instagram: no activity row detected on this notifications page');
  }
  return healthReport({ platform: 'instagram', pageKind, expected }, found, problems);
}

export const instagramAdapter: Adapter = {
  platform: 'instagram',
  matches: ['https://www.instagram.com/*'],
  pageKind: instagramPageKind,
  findItems,
  itemsIn,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.instagram.com/p/BWUDBntl3_Z/ (post), https://www.instagram.com/ (feed),
// https://www.instagram.com/accounts/activity/ (notifications), https://www.instagram.com/teslamotors/ (profile)

/**
 * LinkedIn. Sample pages: ../shared/fixtures/platforms/linkedin/metascraper-company-page.html (guest company page,
 * 2024, copied to test/fixtures/platforms/linkedin/), test/fixtures/platforms/linkedin/*.lookalike.html (2026
 * React/SDUI post page, replies nested or listed flat beside their comment, notifications).
 */
import { countBy, documentOf, documentUrl, firstOutside, firstOwned, healthReport, httpUrl, linkUrl, listOf, normaliseHandle, queryAllInOrder, querySelectorFirst, readableText, selfAndBelow, stableHash, withoutQuery } from './dom';
import { brandLinkCandidates, dateFromId, isBrandHandle, outermost, plainLabel, pressedState, queryParam, untilPageChanges } from './dom-social';
import { isLabel, hasLabel, labelsFor } from './labels';
import type { Adapter, ComposerKind, Health, ItemKind, PageKind, RawItem, ReadContext, ItemReader } from './types';

/**
 * Comment, React/SDUI since 2026-05-06: wrappers keyed replaceableComment_<urn> (LHR PR #778) around a body keyed
 * CommentComponentReference_<urn>; feed cards may carry the body key alone. Every wrapper of one comment names its urn.
 */
const COMMENT_KEYS = ['[componentkey^="replaceableComment_"]', '[componentkey^="CommentComponentReference_"]'];
/** Post card carrying its activity urn: logged-in feed (feed-shared-update-v2, 2019-2026), guest pages (2024). */
const POST_CARDS = ['[data-urn^="urn:li:activity:"]', 'article[data-activity-urn]'];

export const LINKEDIN_SELECTORS = {
  comment: COMMENT_KEYS.join(', '),
  /**
   * The actor links of a reply (avatar, then name): data-view-name "reply-actor-picture" / "reply-actor-description",
   * "comment-actor-*" on a comment (public SDUI extractors, 2025-2026). The one mark a reply listed flat beside its
   * comment carries: its urn names the post, not the comment it answers, and its row is shaped like a comment's.
   */
  replyActor: 'a[data-view-name^="reply-actor-"]',
  /** Comment, Ember post page and feed, 2019-2026: dated fallback (LHR selectors.ts). */
  commentLegacy: 'article[data-id^="urn:li:comment:"]',
  /** Ember reply shown beside its comment rather than inside it (2024-2026 comments-comment-entity). */
  emberReply: '.comments-comment-entity--reply, .comments-replies-list',
  /**
   * Comment, logged-out post page (2023-2026): section.comment, its urn only on the "Report this comment" menu link,
   * author a.comment__author, text p.comment__text (whitespace: pre-wrap), replies nested in their comment.
   */
  guestComment: 'section.comment',
  guestCommentUrn: '[data-semaphore-content-urn^="urn:li:comment:"]',
  guestCommentAuthor: 'a.comment__author, a[data-tracking-control-name$="comment_actor-name"]',
  guestCommentText: '.comment__text',
  post: POST_CARDS.join(', '),
  /** Notification card, Ember BEM name (2024-2026); its kind is read from its words. */
  notification: 'article.nt-card',
  /** Text of a comment or post: SDUI, Ember comment, Ember feed, guest card. */
  text: [
    '[data-testid="expandable-text-box"]',
    '.comments-comment-item__main-content',
    '.update-components-text',
    '[data-test-id="main-feed-activity-card__commentary"]',
  ],
  profileLink: 'a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]',
  /** Guest card: the "X reposted this" line above the author. */
  repostHeader: '.main-feed-activity-card__header',
  /** Ember card header: "X reposted this", but also "X likes this", "Suggested": its kind is read from its words. */
  emberHeader: '.update-components-header, .feed-shared-header',
  /** Inside an author link (Ember, older Ember, SDUI): the name alone, without degree, badge or headline. */
  nameInLink: '.comments-comment-meta__description-title, .update-components-actor__title, .comments-post-meta__name-text',
  guestAuthor: '[data-test-id="main-feed-activity-card__entity-lockup"]',
  /**
   * Reply box: Quill on post pages, ProseMirror/TipTap in the 2026 feed (LHR selectors.ts:5-43, BRI), then any
   * textbox but the messaging overlay's (div.msg-form__contenteditable, role=textbox too: BRI isMessageEditor), open
   * beside posts on most pages: a reply must never land in a private message.
   */
  composer: ['.ql-editor[contenteditable="true"]', '.ProseMirror[contenteditable="true"]', '[role="textbox"][contenteditable="true"]:not(.msg-form__contenteditable)'],
  likeToggle: 'button[aria-pressed]',
} as const;

/** A comment, SDUI or Ember; asked one selector at a time where a query lists every match (queryAllInOrder). */
const ITEM_SELECTORS = [...COMMENT_KEYS, LINKEDIN_SELECTORS.commentLegacy];
const ITEM = ITEM_SELECTORS.join(', ');
const COMMENT_URN = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d+),(\d+)\)/;
const GUEST = LINKEDIN_SELECTORS.guestComment;
const ACTIVITY = /urn:li:(activity|ugcPost|share):(\d+)|-(?:activity|ugcPost|share)-(\d{15,20})-/;
const PROFILE_PATH = /^\/(in|company|school|showcase)\/([^/?#]+)/;
/** What LINKEDIN_SELECTORS.profileLink matches, for links already in hand. */
const PROFILE_HREF = /\/(?:in|company|school|showcase)\//;

export function linkedinPageKind(url: URL): PageKind {
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return 'other';
  const path = url.pathname;
  if (/^\/feed\/update\/urn:li:(?:activity|ugcPost|share):\d+/.test(path) || /^\/posts\/[^/]+/.test(path)) return 'post';
  if (/^\/notifications\/?/.test(path) || /^\/company\/[^/]+\/admin\/notifications\//.test(path)) return 'notifications';
  if (/^\/feed\/?$/.test(path) || /^\/feed\/hashtag\//.test(path)) return 'feed';
  const profile = PROFILE_PATH.exec(path);
  if (profile && !/\/admin\//.test(path)) return 'profile';
  return 'other';
}

/** A SDUI wrapper's key, as written (null on Ember comments). */
const keyOf = (el: Element): string | null => el.getAttribute('componentkey');

/**
 * Whether two wrapper keys name one comment. The wrappers of one comment mostly share their key exactly; a
 * "replaceableComment_<urn>" wrapper and its "CommentComponentReference_<urn>" body only share the urn, written
 * "(urn:li:activity:N,M)" or "(activity:N,M)": compared after the prefix, and only when the keys differ.
 */
function sameComment(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && urnOfKey(a) === urnOfKey(b));
}

function urnOfKey(key: string): string {
  const at = key.indexOf('urn:li:comment:');
  if (at < 0) return key;
  const urn = key.slice(at);
  return urn.startsWith('urn:li:comment:(urn:li:') ? 'urn:li:comment:(' + urn.slice(23) : urn;
}

/** A comment's urn, its post's, its id, and the urn as a query value (encodeURIComponent's output: its parts are words and digits). */
function commentUrn(el: Element, key = keyOf(el)): { urn: string; activity: string; id: string; query: string } | undefined {
  const m = COMMENT_URN.exec(key ?? el.getAttribute('data-id') ?? '');
  return m
    ? { urn: `urn:li:comment:(${m[1]}:${m[2]},${m[3]})`, activity: `urn:li:${m[1]}:${m[2]}`, id: m[3], query: `urn%3Ali%3Acomment%3A(${m[1]}%3A${m[2]}%2C${m[3]})` }
    : undefined;
}

function activityOf(text: string | null | undefined): { urn: string; id: string } | undefined {
  const m = text ? ACTIVITY.exec(text) : null;
  if (!m) return undefined;
  return m[3] ? { urn: `urn:li:activity:${m[3]}`, id: m[3] } : { urn: `urn:li:${m[1]}:${m[2]}`, id: m[2] };
}

/** The comment item an element belongs to: the outermost of the wrappers sharing its key. */
function commentOf(el: Element): Element | null {
  let found = el.closest(ITEM);
  if (!found) return null;
  const key = keyOf(found);
  if (!key) return found;
  for (let p = found.parentElement?.closest(ITEM); p && sameComment(keyOf(p), key); p = p.parentElement?.closest(ITEM)) {
    found = p;
  }
  return found;
}

/**
 * The nearest comment wrapper at or above `from` (closest(ITEM)), remembering it for every element climbed through:
 * a page's comments share their containers, so most lookups end at the first one.
 */
function commentAtOrAbove(from: Element, memo: Map<Element, Element | null>): Element | null {
  const climbed: Element[] = [];
  let found: Element | null = null;
  for (let el: Element | null = from; el; el = el.parentElement) {
    const known = memo.get(el);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (el.matches(ITEM)) {
      found = el;
      break;
    }
    climbed.push(el);
  }
  for (let i = 0; i < climbed.length; i++) memo.set(climbed[i], found);
  return found;
}

/** What one pass over the SDUI comments of a page (or a part of one) finds. */
interface Threads {
  /** The outermost wrapper of each comment, replies listed beside their comment included, in page order. */
  comments: Element[];
  /** Each reply listed beside its comment -> that comment; null when it is not on the page (or not older). */
  parents: Map<Element, Element | null>;
  /** Each comment -> the replies listed beside it. */
  replies: Map<Element, Element[]>;
  /** Each wrapper -> the outermost wrapper of its comment. */
  outer: Map<Element, Element>;
  /** The comments holding another comment (replies nested in them). */
  holding: Set<Element>;
  /** Each comment nested in another -> the nearest wrapper around it (its comment's key). */
  nestedIn: Map<Element, Element>;
  /** Post cards (LINKEDIN_SELECTORS.post). */
  posts: Element[];
}

/** The comment wrappers and the reply actor links, in page order: it tells whose link each is. */
const WRAPPERS_AND_REPLY_ACTORS = [...COMMENT_KEYS, LINKEDIN_SELECTORS.replyActor];

/**
 * The outermost wrapper of each comment of the SDUI page, in page order (its nearest comment ancestor has another
 * key), and the replies listed flat beside their comment rather than nested in it. Such a reply is known by its own
 * reply actor link; it answers the comment listed before its thread (LinkedIn threads are one level deep), when that
 * comment is on the page, under the same post and older than the reply (ids are time-ordered): else its comment is
 * unknown rather than guessed. Nested replies are not listed here (their comment holds them), nor are their links.
 */
function threadsUnder(root: ParentNode): Threads {
  const found = queryAllInOrder(root, WRAPPERS_AND_REPLY_ACTORS);
  const comments: Element[] = [];
  const parents = new Map<Element, Element | null>();
  const replies = new Map<Element, Element[]>();
  const outer = new Map<Element, Element>();
  const holding = new Set<Element>();
  const nestedIn = new Map<Element, Element>();
  // Post cards (a link or a comment wrapper carrying a post's urn is neither).
  const posts = queryAllInOrder(root, POST_CARDS).filter((el) => el.localName !== 'a' && keyOf(el) === null);
  const memo = new Map<Element, Element | null>();
  let previous: Element | undefined;
  let previousKey: string | null = null;
  // The last comment listed that is not a reply, and the one before the last comment listed (its comment if it
  // proves to be a reply: its actor link comes after its wrappers, before the next comment's).
  let top: Element | null = null;
  let before: Element | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    const key = keyOf(el);
    if (key === null) {
      // A reply actor link (only wrappers carry a key): a reply beside its comment when it is the last comment's own.
      const last = comments.length ? comments[comments.length - 1] : undefined;
      if (last === undefined || parents.has(last)) continue;
      const owner = el.parentElement && commentAtOrAbove(el.parentElement, memo);
      if (!owner || !sameComment(keyOf(owner), keyOf(last))) continue; // a nested reply's: its comment holds it
      const parent = before && olderInSamePost(before, last) ? before : null;
      parents.set(last, parent);
      if (parent) {
        const list = replies.get(parent);
        if (list) list.push(last);
        else replies.set(parent, [last]);
      }
      top = before;
      continue;
    }
    // Most inner wrappers sit right in the wrapper listed before them, sharing its key: that parent is the nearest
    // comment, so the wrapper is not the outermost, and no climb is needed.
    const inner = previous !== undefined && key === previousKey && el.parentElement === previous;
    if (inner) outer.set(el, outer.get(previous!)!);
    else {
      const above = el.parentElement && commentAtOrAbove(el.parentElement, memo);
      if (above && sameComment(keyOf(above), key)) outer.set(el, outer.get(above) ?? above);
      else {
        outer.set(el, el);
        if (above) {
          holding.add(outer.get(above) ?? above);
          nestedIn.set(el, above);
        }
        comments.push(el);
        before = top;
        top = el;
      }
    }
    previous = el;
    previousKey = key;
  }
  return { comments, parents, replies, outer, holding, nestedIn, posts };
}

/** Whether `parent` can be the comment `reply` answers: same post, and written before it (ids are time-ordered). */
function olderInSamePost(parent: Element, reply: Element): boolean {
  const p = commentUrn(parent);
  const r = commentUrn(reply);
  if (!p || !r || p.activity !== r.activity) return false;
  return p.id.length === r.id.length ? p.id < r.id : p.id.length < r.id.length;
}

/** The latest pass over each page: a page where it found no reply beside its comment is not asked again per comment. */
const lastPass = new WeakMap<Document, Threads>();

/** threadsUnder(document), kept until the page changes: the scan lists the comments, each read asks for its thread. */
const pageThreads = untilPageChanges((doc: Document): Threads => {
  const threads = threadsUnder(doc);
  lastPass.set(doc, threads);
  return threads;
});

function threadsOf(root: ParentNode): Threads {
  return (root as Node).nodeType === 9 ? pageThreads(root as Document) : threadsUnder(root);
}

/** Whether a comment holds another comment (its replies), not only inner wrappers of its own sharing its key. */
function holdsCommentsNow(item: Element, key = keyOf(item)): boolean {
  for (const selector of ITEM_SELECTORS) {
    const inner = item.querySelectorAll(selector);
    for (let i = 0, n = inner.length; i < n; i++) if (key === null || !sameComment(keyOf(inner[i]), key)) return true;
  }
  return false;
}

/** holdsCommentsNow, kept until the page changes: replyTarget and anchor ask it again for the same comment. */
const holdsComments = untilPageChanges((item: Element) => holdsCommentsNow(item));

/** What a post owns: anything outside its comments (own() steps over them rather than checking each match). */
const outsideComments = (el: Element) => el.closest(ITEM) === null;

/** Whether `el`, inside `item`, belongs to it rather than to a comment nested in it. */
function ownedBy(item: Element, holds?: boolean): (el: Element) => boolean {
  const isComment = item.matches(ITEM);
  if (!isComment) return outsideComments;
  if (!(holds ?? holdsComments(item))) return () => true; // most comments: no reply inside, no climb per match
  const key = keyOf(item);
  return (el) => {
    // The nearest comment wrapper is the item or one of the inner wrappers sharing its key (same as commentOf, one closest()).
    const owner = el.closest(ITEM);
    return owner === item || (key !== null && owner !== null && sameComment(keyOf(owner), key));
  };
}

/** The first own match passing `test`, stopping there. */
function own(item: Element, selector: string, test?: (el: Element) => boolean, owned = ownedBy(item)): Element | null {
  if (owned === outsideComments) return firstOutside(item, selector, ITEM, test) ?? null;
  return firstOwned(item, selector, owned, test) ?? null;
}

function handleOf(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const m = PROFILE_PATH.exec(/^https?:\/\/[^/?#]*([^?#]*)/.exec(href)?.[1] ?? '');
  if (!m) return undefined;
  return m[2].includes('%') ? decodeURIComponent(m[2]) : m[2];
}

const named = (a: Element) => plainLabel(a) !== '';

/** A connection degree or badge after the name: "Jordan Smith • 2nd", "Café Cocktail • Author". */
const AFTER_NAME = /\s+[•·]\s.*$/;

/**
 * The person named by an author link. Logged-in links hold more than the name: Ember puts the degree, the "Author"
 * badge and the headline beside the name's own span; SDUI writes <p><span aria-hidden>Name</span> • 2nd</p><p>headline</p>.
 * A link of plain words (guest pages, mentions) is read as it is, with no query.
 */
function nameOf(link: Element, full = plainLabel(link)): string {
  if (link.childElementCount <= 1 && !full.includes('•') && !hasBlockChild(link)) return full;
  const part = link.querySelector(LINKEDIN_SELECTORS.nameInLink) ?? firstBlock(link) ?? link;
  // The name shown (aria-hidden) beside its copy for screen readers: one of the two, not both.
  const shown = part.querySelector('span[aria-hidden="true"]');
  const name = (plainLabel(shown) || plainLabel(part)).replace(AFTER_NAME, '');
  return name || full;
}

const BLOCKS = new Set(['P', 'DIV', 'H3', 'H2', 'H4']);

function hasBlockChild(link: Element): boolean {
  for (let c = link.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName) || hasBlockChild(c)) return true;
  return false;
}

function firstBlock(el: Element): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCKS.has(c.tagName) && plainLabel(c) !== '') return c;
    const inner = firstBlock(c);
    if (inner) return inner;
  }
  return null;
}

function authorFrom(links: Element[]): RawItem['author'] | null {
  return authorOf(links.find(named));
}

function authorOf(named: Element | null | undefined): RawItem['author'] | null {
  if (!named) return null;
  return authorWith(nameOf(named), linkUrl(named));
}

function authorWith(name: string, url: string | undefined): RawItem['author'] {
  return { name, handle: handleOf(url), url: url === undefined ? undefined : withoutQuery(url) };
}

/** Guest texts are white-space: pre-wrap: their line breaks are text, not <br>. */
const PRE_WRAP = LINKEDIN_SELECTORS.text[3];

function readText(item: Element, owned = ownedBy(item)): string {
  for (const selector of LINKEDIN_SELECTORS.text) {
    const el = own(item, selector, undefined, owned);
    if (el) return readableText(el, { preserveNewlines: selector === PRE_WRAP });
  }
  return '';
}

const ALL = () => true;

/**
 * The comment's author link: its first own profile link with words (the avatar link before it has none), and whether
 * these links are a reply's actor links (read on the links visited anyway: no query of its own).
 */
function authorLinkOf(el: Element, owned: (el: Element) => boolean): { link: Element; label: string; reply: boolean } | null {
  // The links in page order, walked only as far as the author's (a query, or .length, lists every link of the thread).
  const links = el.getElementsByTagName('a');
  let reply = false;
  for (let i = 0, m = links[0]; m; m = links[++i]) {
    if (!PROFILE_HREF.test(m.getAttribute('href') ?? '') || !owned(m)) continue;
    reply ||= isReplyActor(m);
    const label = plainLabel(m);
    if (label !== '') return { link: m, label, reply };
  }
  return null;
}

const isReplyActor = (link: Element) => link.getAttribute('data-view-name')?.startsWith('reply-actor-') === true;

function postPermalink(activityUrn: string): string {
  return `https://www.linkedin.com/feed/update/${activityUrn}/`;
}

function isBrandItem(el: Element, ctx?: ReadContext): boolean {
  return isBrandHandle(authorOf(own(el, LINKEDIN_SELECTORS.profileLink, named))?.handle, ctx);
}

/** A comment of the brand's at the top of the thread: not its reply listed beside the comment it answers. */
function isBrandComment(el: Element, ctx?: ReadContext): boolean {
  const actor = authorLinkOf(el, ownedBy(el));
  return !!actor && !(keyOf(el) !== null && actor.reply) && isBrandHandle(handleOf(linkUrl(actor.link)), ctx);
}

function readComment(el: Element, ctx?: ReadContext): RawItem | null {
  const key = keyOf(el);
  const urn = commentUrn(el, key);
  if (!urn) return null;
  // The page's pass, when the scan has just made it, knows how this comment nests: no query, no climb.
  const pass = key === null ? undefined : pageThreads.built(documentOf(el));
  const listed = pass !== undefined && pass.outer.get(el) === el;
  const holds = listed ? pass.holding.has(el) : holdsCommentsNow(el, key);
  // Ownership is only in doubt when replies are nested inside: then each match is checked, else none is.
  const owned = holds ? ownedBy(el, true) : ALL;
  const actor = authorLinkOf(el, owned);
  if (!actor) return null;
  // Any wrapper of the parent comment carries its key, so the nearest one names it (no climb to the outermost).
  // An Ember reply may sit beside its comment instead: then the comment listed before it is the parent.
  const nested = listed
    ? pass.nestedIn.get(el) ?? null
    : el.parentElement?.closest(ITEM) ?? (key === null ? emberParents(documentOf(el)).get(el) ?? null : null);
  // A SDUI reply listed beside its comment says so by its actor links only; its comment comes from the page's pass.
  const beside = !nested && key !== null && actor.reply;
  const parent = beside ? pageThreads(documentOf(el)).parents.get(el) ?? null : nested;
  const depth = parent || beside ? 2 : 1;
  // A reply whose comment is not on the page has no parent id: unknown, not the post.
  const parentIds = parent ? commentUrn(parent) : undefined;
  const parentUrn = parent ? parentIds?.urn : beside ? undefined : urn.activity;
  const permalink = parentIds
    ? `${postPermalink(urn.activity)}?commentUrn=${parentIds.query}&replyUrn=${urn.query}`
    : `${postPermalink(urn.activity)}?commentUrn=${urn.query}`;
  return {
    platform: 'linkedin',
    nativeId: urn.urn,
    kind: depth === 1 ? 'comment' : 'reply',
    author: authorWith(nameOf(actor.link, actor.label), httpUrl(actor.link.getAttribute('href'), documentUrl(el))),
    text: readText(el, owned),
    postedAt: dateFromId(urn.id, 22, 1),
    permalink,
    parentId: parentUrn,
    depth,
    likedByMe: pressedState(own(el, LINKEDIN_SELECTORS.likeToggle, undefined, owned)),
    repliedByBrand:
      (holds && mayHoldBrandLink(el, ctx) ? nestedComments(el).some((n) => isBrandItem(n, ctx)) : false) ||
      (depth === 1 && key !== null && brandAnsweredBeside(el, ctx)),
  };
}

/**
 * Whether one of the replies listed beside this comment is the brand's. Asked of each comment when the brand is
 * known, so a page whose latest pass found no such reply (the nested markup) is not looked at again.
 */
function brandAnsweredBeside(el: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  const doc = documentOf(el);
  const seen = lastPass.get(doc);
  if (seen && seen.replies.size === 0) return false;
  const replies = pageThreads(doc).replies.get(el);
  return replies !== undefined && replies.some((r) => isBrandItem(r, ctx));
}

/**
 * Ember replies shown beside their comment (comments-comment-entity--reply, or in a .comments-replies-list outside
 * it), each with the top-level comment listed before it: one pass over the page's Ember comments, shared by all.
 */
const emberParents = untilPageChanges((doc: Document): Map<Element, Element> => {
  const parents = new Map<Element, Element>();
  const all = doc.querySelectorAll(LINKEDIN_SELECTORS.commentLegacy);
  let top: Element | undefined;
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i];
    if (el.parentElement?.closest(ITEM)) continue; // nested: its parent is its ancestor
    if (el.matches(LINKEDIN_SELECTORS.emberReply) || el.closest(LINKEDIN_SELECTORS.emberReply)) {
      if (top) parents.set(el, top);
    } else top = el;
  }
  return parents;
});

const PLAIN_HANDLE = /^[\w.-]+$/;

/**
 * False when no link under `el` can be a brand author's: a brand author's profile address holds the handle as typed
 * (LinkedIn does not escape [\w.-]), so one native query rules out most threads. Handles with other characters
 * (escaped in addresses) are not ruled out.
 */
function mayHoldBrandLink(el: Element, ctx?: ReadContext): boolean {
  const handles = ctx?.brandHandles;
  if (!handles?.length) return false;
  if (!handles.every((h) => PLAIN_HANDLE.test(normaliseHandle(h).split('@')[0]))) return true;
  return brandLinkCandidates(el, ctx).length > 0;
}

/** The comments nested in a comment (its replies), each once (outermost wrapper). */
function nestedComments(el: Element): Element[] {
  return outermost(queryAllInOrder(el, ITEM_SELECTORS).filter((n) => n !== el && commentOf(n) !== el));
}

const CARD_PARTS = `${LINKEDIN_SELECTORS.repostHeader}, ${LINKEDIN_SELECTORS.guestAuthor}, ${LINKEDIN_SELECTORS.emberHeader}`;

function readPost(el: Element, ctx?: ReadContext): RawItem | null {
  const activity = activityOf(el.getAttribute('data-urn') ?? el.getAttribute('data-activity-urn'));
  if (!activity) return null;
  const owned = ownedBy(el);
  // One walk for the guest-card parts and the logged-in card header (a 2,000-comment post has none of them, and each
  // search that finds nothing visits every comment): the guest header wins when both guest parts are there.
  const found = own(el, CARD_PARTS, undefined, owned);
  const ember = found?.matches(LINKEDIN_SELECTORS.emberHeader) ? found : null;
  const first = ember ? null : found;
  const header = first && (first.matches(LINKEDIN_SELECTORS.repostHeader) ? first : own(el, LINKEDIN_SELECTORS.repostHeader, undefined, owned));
  const lockup = header ? null : first;
  // Logged-in cards: the header line names who reposted, liked or commented; only a repost makes the card a share.
  const reposter = ember && hasLabel(plainLabel(ember), labelsFor('linkedin', el, 'reposted')) ? ember : null;
  const byline = header ?? reposter;
  const author = byline
    ? authorFrom(listOf(byline.querySelectorAll('a[href]')))
    : lockup
      ? authorFrom(listOf(lockup.querySelectorAll(LINKEDIN_SELECTORS.profileLink)))
      : authorOf(own(el, LINKEDIN_SELECTORS.profileLink, ember ? (a) => named(a) && !ember.contains(a) : named, owned));
  if (!author) return null;
  return {
    platform: 'linkedin',
    nativeId: activity.urn,
    kind: byline ? 'share' : 'post',
    author,
    text: readText(el, owned),
    postedAt: dateFromId(activity.id, 22, 1),
    permalink: postPermalink(activity.urn),
    depth: 0,
    likedByMe: pressedState(own(el, LINKEDIN_SELECTORS.likeToggle, undefined, owned)),
    repliedByBrand: brandCommented(el, ctx),
  };
}

/** Whether a top-level comment under the post is the brand's: only comments holding a link to the brand are read. */
function brandCommented(post: Element, ctx?: ReadContext): boolean {
  for (const link of brandLinkCandidates(post, ctx)) {
    const comment = commentOf(link);
    if (comment && !(comment.parentElement && commentOf(comment.parentElement)) && isBrandComment(comment, ctx)) return true;
    const guest = comment ? null : link.closest(GUEST);
    if (guest && !guest.parentElement?.closest(GUEST) && isBrandHandle(guestAuthor(guest)?.handle, ctx)) return true;
  }
  return false;
}

const ownGuest = (item: Element) => (el: Element) => el.closest(GUEST) === item;

function guestAuthor(el: Element): RawItem['author'] | null {
  const owned = ownGuest(el);
  return authorOf(own(el, LINKEDIN_SELECTORS.guestCommentAuthor, named, owned) ?? own(el, LINKEDIN_SELECTORS.profileLink, named, owned));
}

/**
 * A comment of a logged-out post page. Its urn is on its "Report this comment" link; a comment without one (older
 * pages) is named by its author and words. A guest page shows a few comments: per-comment queries are cheap here.
 */
/** A guest comment's author, words, urn and id: what its own read and its replies' (their parent's id) need. */
function guestIdentity(el: Element) {
  const owned = ownGuest(el);
  const author = guestAuthor(el);
  if (!author) return null;
  const text = readableText(own(el, LINKEDIN_SELECTORS.guestCommentText, undefined, owned), { preserveNewlines: true });
  const urn = COMMENT_URN.exec(own(el, LINKEDIN_SELECTORS.guestCommentUrn, undefined, owned)?.getAttribute('data-semaphore-content-urn') ?? '');
  const nativeId = urn ? `urn:li:comment:(${urn[1]}:${urn[2]},${urn[3]})` : stableHash('linkedin-guest-comment', author.url, text);
  return { author, text, urn, nativeId };
}

function readGuestComment(el: Element, ctx?: ReadContext): RawItem | null {
  const identity = guestIdentity(el);
  if (!identity) return null;
  const { author, text, urn, nativeId } = identity;
  const post = activityOf(el.closest(LINKEDIN_SELECTORS.post)?.getAttribute('data-activity-urn')) ?? activityOf(documentUrl(el));
  const activity = urn ? `urn:li:${urn[1]}:${urn[2]}` : post?.urn;
  const parentEl = el.parentElement?.closest(GUEST);
  const parent = parentEl ? guestIdentity(parentEl) : null;
  const thread = parent ?? (urn ? { nativeId } : null);
  return {
    platform: 'linkedin',
    nativeId,
    kind: parentEl ? 'reply' : 'comment',
    author,
    text,
    postedAt: dateFromId(urn?.[3], 22, 1),
    permalink: activity
      ? postPermalink(activity) +
        (thread ? `?commentUrn=${encodeURIComponent(thread.nativeId)}` + (parent && urn ? `&replyUrn=${encodeURIComponent(nativeId)}` : '') : '')
      : undefined,
    parentId: parentEl ? parent?.nativeId : activity,
    depth: parentEl ? 2 : 1,
    repliedByBrand:
      !!ctx?.brandHandles?.length &&
      listOf(el.querySelectorAll(GUEST)).some((r) => r.parentElement?.closest(GUEST) === el && isBrandHandle(guestAuthor(r)?.handle, ctx)),
  };
}

/** A notification card: a mention or a repost of the brand's post, read from its words; other cards are null. */
function readNotification(el: Element): RawItem | null {
  const headline = el.querySelector('.nt-card__headline') ?? el.querySelector('a[href*="/feed/update/"]');
  const summary = readableText(headline ?? el, { skip: 'time' });
  const kind: ItemKind | null = hasLabel(summary, labelsFor('linkedin', el, 'mentioned'))
    ? 'mention'
    : hasLabel(summary, labelsFor('linkedin', el, 'reposted'))
      ? 'share'
      : null;
  if (!kind) return null;
  const target = el.querySelector('a[href*="urn:li:activity:"], a[href*="urn:li:ugcPost:"], a[href*="/posts/"]');
  const href = target?.getAttribute('href') ?? undefined;
  const comment = COMMENT_URN.exec(decodeURIComponent(queryParam(href, 'commentUrn') ?? ''));
  const activity = activityOf(href);
  const profile = el.querySelector(LINKEDIN_SELECTORS.profileLink);
  const url = linkUrl(profile);
  const name = plainLabel(el.querySelector('strong')) || plainLabel(profile) || profile?.querySelector('img')?.getAttribute('alt') || '';
  const nativeId = comment ? `urn:li:comment:(${comment[1]}:${comment[2]},${comment[3]})` : activity?.urn;
  return {
    platform: 'linkedin',
    nativeId: nativeId ?? stableHash('linkedin-notification', url, summary),
    kind,
    author: authorWith(name, url),
    text: summary,
    postedAt: dateFromId(comment?.[3] ?? activity?.id, 22, 1),
    permalink: linkUrl(target),
    parentId: comment ? activity?.urn : undefined,
  };
}

function readItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.matches(ITEM)) return readComment(el, ctx);
  if (el.matches(GUEST)) return readGuestComment(el, ctx);
  if (el.matches(LINKEDIN_SELECTORS.notification)) return readNotification(el);
  if (el.matches(LINKEDIN_SELECTORS.post)) return readPost(el, ctx);
  return null;
}

function findItems(root: ParentNode): Element[] {
  const threads = threadsOf(root);
  const comments = threads.comments;
  const legacy = comments.length ? [] : listOf(root.querySelectorAll(LINKEDIN_SELECTORS.commentLegacy));
  const posts = threads.posts.filter((p) => !p.closest(ITEM));
  // Logged-out pages only: their comments carry none of the logged-in hooks.
  const guest = comments.length || legacy.length ? [] : listOf(root.querySelectorAll(GUEST));
  return [...outermost(posts), ...comments, ...legacy, ...guest, ...listOf(root.querySelectorAll(LINKEDIN_SELECTORS.notification))];
}

const LEGACY = [LINKEDIN_SELECTORS.commentLegacy];
const NOTIFICATIONS = [LINKEDIN_SELECTORS.notification];

/**
 * Comments in an added element: the outermost wrapper of each (a reply loaded into its comment is one of its own), the
 * Ember ones where it holds no SDUI wrapper. Posts and guest comments are left to findItems.
 */
function itemsIn(added: Element): Element[] {
  const wrappers = selfAndBelow(added, COMMENT_KEYS);
  const comments = wrappers.length ? wrappers.filter((w) => commentOf(w) === w) : selfAndBelow(added, LEGACY);
  return [...comments, ...selfAndBelow(added, NOTIFICATIONS)];
}

/** Reply controls a reader sees, found by their words: evidence that comments are shown. */
function replyControls(root: ParentNode, node: Node): Element[] {
  const labels = labelsFor('linkedin', node, 'reply');
  return listOf(root.querySelectorAll('button, [role="button"]')).filter((b) => isLabel(plainLabel(b), labels));
}

function findComposer(root: ParentNode): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(root, LINKEDIN_SELECTORS.composer);
}

function composerKind(el: Element): ComposerKind {
  if (el.closest('.ql-container') || el.classList.contains('ql-editor')) return 'quill';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function replyTarget(el: Element): HTMLElement | null {
  const labels = labelsFor('linkedin', el, 'reply');
  return own(el, 'button, [role="button"]', (b) => isLabel(plainLabel(b), labels)) as HTMLElement | null;
}

function anchor(el: Element): Element | null {
  return replyTarget(el)?.parentElement ?? own(el, LINKEDIN_SELECTORS.text.join(', ')) ?? el;
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readItem(el, ctx)): Health {
  const pageKind = linkedinPageKind(url);
  const elements = findItems(root);
  const read = elements.map((el) => ({ el, item: readOf(el) }));
  const items = read.flatMap((r) => (r.item ? [r.item] : []));
  const found = countBy(items, (i) => i.kind);
  const expected = pageKind === 'post' ? ['post', 'comment'] : pageKind === 'notifications' ? ['mention', 'share'] : ['post'];
  const problems: string[] = [];
  const unread = read.filter((r) => !r.item && !r.el.matches(LINKEDIN_SELECTORS.notification)).length;
  if (unread > 0) problems.push(`LinkedIn: ${unread} item(s) found but not readable (urn or author missing)`);
  const node = documentOf(root as Node);
  if (pageKind === 'post') {
    // Counted only when no comment was detected: it reads every button of the page.
    const shown = found.comment || found.reply ? 0 : replyControls(root, node).length;
    if (shown > 0) problems.push(`LinkedIn: ${shown} comment(s) shown on this post but none detected (comment markup changed?)`);
    if (!found.post && !found.share) problems.push('LinkedIn: the post itself was not detected on this post page');
  }
  if ((pageKind === 'feed' || pageKind === 'profile') && !found.post && !found.share && root.querySelector('[data-testid="mainFeed"], main')) {
    problems.push('LinkedIn: no post detected on this feed');
  }
  if (pageKind === 'notifications' && root.querySelector('main') && !root.querySelector(LINKEDIN_SELECTORS.notification)) {
    problems.push('LinkedIn: no notification card detected on this notifications page');
  }
  return healthReport({ platform: 'linkedin', pageKind, expected }, found, problems);
}

export const linkedinAdapter: Adapter = {
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  pageKind: linkedinPageKind,
  findItems,
  itemsIn,
  readItem,
  findComposer,
  composerKind,
  replyTarget,
  anchor,
  health,
};

// Test URLs: https://www.linkedin.com/feed/update/urn:li:activity:7331234567890123456/ (post),
// https://www.linkedin.com/feed/ (feed), https://www.linkedin.com/notifications/ (notifications),
// https://uk.linkedin.com/company/audiense (profile)

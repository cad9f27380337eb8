/**
 * Reddit: today's shreddit (www), the 2019-2023 React redesign (www / new), old.reddit. Sample pages:
 * ../shared/fixtures/platforms/reddit/*.html (2018 old, 2019 redesign), test/fixtures/platforms/reddit/shreddit-lookalike.html,
 * profile-comments-2025.lookalike.html (a profile's `shreddit-profile-comment` rows).
 */
import { countBy, documentOf, documentUrl, firstOwned, healthReport, httpUrl, isoDate, linkUrl, listOf, normaliseHandle, pageLang, queryAllInOrder, readableText, selfAndBelow } from './dom';
import { untilPageChanges } from './dom-social';
import { isLabel, labelTable } from './labels';
import { timeFromAge } from './relative-time';
import type { Adapter, ComposerKind, Health, PageKind, RawItem, ReadContext, ItemReader } from './types';

export const REDDIT_SELECTORS = {
  /** shreddit (2023-): custom elements with the data as attributes. */
  shredditComment: 'shreddit-comment[thingid^="t1_"]',
  /** Some pages give the post no id (then it comes from its permalink or the URL). */
  shredditPost: 'shreddit-post',
  /** A slotted part is a direct child of its host (light DOM), so `:scope >` never reaches a nested reply's body. */
  shredditBody: ':scope > [slot="comment"]',
  /** Read in two steps (meta row, then its time): one `:scope > … time` query makes Chromium test every descendant. */
  shredditMeta: ':scope > [slot="commentMeta"]',
  shredditTime: 'faceplate-timeago[ts], time[datetime]',
  shredditAuthor: 'faceplate-tracker[noun="comment_author"] a, a[href*="/user/"]',
  /**
   * A comment listed on a profile (/user/<name>/, …/comments): its own element, sharing nothing with a thread's
   * comment: `comment-id` (not thingid), `href` (the comment's address with ?context=3; not permalink), and no author,
   * created or depth attribute. The body is a `.md` (a wrapper `.md` around the real one) or `-post-rtjson-content`.
   */
  profileComment: 'shreddit-profile-comment[comment-id^="t1_"]',
  profileBody: '[slot="comment"], [id$="-post-rtjson-content"], .md',
  /** Who wrote it: the `poster-info-<id>` row's profile link, else the user hover card's; else the profile's owner. */
  profileAuthor: 'faceplate-hovercard[data-id="user-hover-card"] > a[href]',
  /** 2019-2023 redesign: one padded wrapper per comment, id t1_..., depth from its padding. */
  redesignComment: 'div[id^="t1_"][style*="padding-left"]',
  redesignPost: '[data-testid="post-container"]',
  redesignAuthor: '[data-testid="comment_author_link"]',
  redesignBody: '[data-testid="comment"]',
  redesignTimestamp: '[data-testid="comment_timestamp"]',
  /** old.reddit (2008-): .thing with data-fullname. */
  oldComment: '.thing.comment[data-fullname^="t1_"]',
  oldPost: '.thing.link[data-fullname^="t3_"]:not(.promoted):not([data-promoted="true"])',
  oldBody: ':scope > .entry .md',
  oldTime: ':scope > .entry .tagline time[datetime]',
  oldUpvoted: ':scope > .midcol.likes',
  /** old.reddit inbox and mentions: a comment that names or answers the account (t4_ private messages are not read). */
  oldMessage: '.thing.message.was-comment[data-fullname^="t1_"]',
  /** Not any textarea: a logged-out old.reddit page holds one that only asks to sign up. */
  composer: ['shreddit-composer', '.usertext-edit textarea'],
  /** Evidence a comment section is on screen, whatever its markup. */
  evidence: 'shreddit-comment-tree, shreddit-comment, .commentarea .sitetable .thing, [data-testid="comment_timestamp"], [id^="t1_"]',
  /** Evidence a profile lists comments: the element whatever its attributes, or old.reddit's comment rows. */
  profileEvidence: 'shreddit-profile-comment, #siteTable > .thing.comment',
} as const;

const HOSTS = /^(?:www\.|old\.|new\.|np\.)?reddit\.com$/;

export function redditPageKind(url: URL): PageKind {
  if (!HOSTS.test(url.hostname)) return 'other';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (/^\/r\/[\w]+\/comments\/[a-z0-9]+/i.test(path) || /^\/comments\/[a-z0-9]+/i.test(path)) return 'post';
  if (/^\/(?:message\/(?:inbox|unread|mentions|selfreply|comments)|notifications)$/.test(path)) return 'notifications';
  if (/^\/(?:u|user)\/[\w-]+(?:\/(?:comments|submitted|overview))?$/.test(path)) return 'profile';
  if (path === '/' || /^\/(?:best|hot|new|top|rising|popular|all)$/.test(path) || /^\/r\/[\w]+(?:\/(?:hot|new|top|rising))?$/.test(path)) return 'feed';
  return 'other';
}

function isBrand(handle: string | undefined, ctx?: ReadContext): boolean {
  if (!handle || !ctx?.brandHandles?.length) return false;
  const h = normaliseHandle(handle).replace(/^u\//, '');
  return ctx.brandHandles.some((b) => normaliseHandle(b).replace(/^u\//, '') === h);
}

/** The page's address, read once per task (every item asks it). */
const pageUrl = (node: Node): string => documentUrl(node) ?? 'about:blank';
const userUrl = (name: string, base: string): string | undefined => httpUrl(`/user/${encodeURIComponent(name)}/`, base);

const LABELS = labelTable('reddit', ['deleted', 'removed']);

/** A boolean attribute Reddit writes either bare or as "true". */
const isSet = (el: Element, name: string): boolean => {
  const v = el.getAttribute(name);
  return v !== null && v !== 'false';
};

/** Reddit's placeholder for a deleted or removed comment, in the page's language. Only short texts can be one. */
function isGone(text: string, node: Node): boolean {
  if (text.length > 48) return false;
  const words = LABELS(node);
  return isLabel(text, words.deleted) || isLabel(text, words.removed);
}

/**
 * Reddit writes "2024-03-05T12:34:56.789000+0000": microseconds and an offset without a colon, which not every
 * engine's Date parses. Trimmed to milliseconds and "+00:00" first.
 */
function redditDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return isoDate(value.replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** A new-Reddit time element's moment: faceplate-timeago's `ts`, else a time's `datetime` (REDDIT_SELECTORS.shredditTime). */
function shredditDate(time: Element | null | undefined): string | undefined {
  return redditDate(time?.getAttribute('ts') ?? time?.getAttribute('datetime'));
}

const POST_ID = /\/comments\/([a-z0-9]+)/i;
const postIdOfPage = (node: Node): string | undefined => {
  const id = POST_ID.exec(pageUrl(node))?.[1];
  return id ? `t3_${id}` : undefined;
};

/** The comment a reply sits in, for pages that leave out `parentid` (walked only then). */
const enclosingComment = (el: Element): Element | null => el.parentElement?.closest('shreddit-comment') ?? null;

/** Depth 0 for a top-level comment; counted from the nesting when the attribute is missing or malformed. */
function shredditDepth(el: Element): number {
  const n = Number(el.getAttribute('depth') ?? NaN);
  if (Number.isInteger(n) && n >= 0) return n;
  let depth = 0;
  for (let p = enclosingComment(el); p; p = enclosingComment(p)) depth++;
  return depth;
}

/** What a comment answers: `parentid`, else the comment it is nested in, else its post (`postid`, then the page's). */
function shredditParent(el: Element): string | undefined {
  return el.getAttribute('parentid') ?? enclosingComment(el)?.getAttribute('thingid') ?? el.getAttribute('postid') ?? postIdOfPage(el);
}

/** Who answered what on the page: parent id -> authors, built in one pass of attribute reads. */
const repliesOnPage = untilPageChanges((doc: Document) => {
  const byParent = new Map<string, string[]>();
  for (const c of doc.querySelectorAll(REDDIT_SELECTORS.shredditComment)) {
    const author = c.getAttribute('author');
    const parent = author ? shredditParent(c) : undefined;
    if (!author || !parent) continue;
    const list = byParent.get(parent);
    if (list) list.push(author);
    else byParent.set(parent, [author]);
  }
  return byParent;
});

const brandAnswered = (node: Node, parent: string | undefined, ctx?: ReadContext): boolean => {
  if (!parent || !ctx?.brandHandles?.length) return false;
  const doc = documentOf(node);
  return (repliesOnPage(doc).get(parent) ?? []).some((a) => isBrand(a, ctx));
};

/** The body: the `comment` slot; else the element Reddit ids after the comment; else its own markdown block. */
function shredditBody(el: Element, id: string): Element | null {
  return (
    el.querySelector(REDDIT_SELECTORS.shredditBody) ??
    el.querySelector(`[id="${id}-comment-rtjson-content"], [id="${id}-post-rtjson-content"]`) ??
    firstOwned(el, '.md', (md) => md.closest('shreddit-comment') === el) ??
    null
  );
}

/** A comment's address when the page leaves it out: Reddit's /comments/<post>/comment/<id>/ form. */
function commentUrl(el: Element, id: string): string | undefined {
  const post = /^https?:\/\/[^/]+\/(?:r\/[^/]+\/)?comments\/[a-z0-9]+\//i.exec(pageUrl(el))?.[0];
  return post ? `${post}comment/${id.slice(3)}/` : undefined;
}

function readShredditComment(el: Element, ctx?: ReadContext): RawItem | null {
  const id = el.getAttribute('thingid')!;
  if (isSet(el, 'is-comment-deleted') || el.hasAttribute('deleted')) return null;
  const text = readableText(shredditBody(el, id));
  if (!text || isGone(text, el)) return null;
  const base = pageUrl(el);
  // The attribute is the reliable source; the meta row's profile link only for pages that leave it out.
  let author = el.getAttribute('author') ?? readableText(el.querySelector(REDDIT_SELECTORS.shredditMeta)?.querySelector(REDDIT_SELECTORS.shredditAuthor));
  const gone = isSet(el, 'is-author-deleted') || author === '[deleted]';
  if (gone) author = '[deleted]';
  const depth = shredditDepth(el);
  const parentId = shredditParent(el);
  // A comment's own page (…/comment/<id>/) starts its thread at depth 0 even when it answers another comment.
  const reply = depth > 0 || parentId?.startsWith('t1_') === true;
  let postedAt = redditDate(el.getAttribute('created'));
  if (!postedAt) {
    const time = el.querySelector(REDDIT_SELECTORS.shredditMeta)?.querySelector(REDDIT_SELECTORS.shredditTime);
    postedAt = shredditDate(time);
  }
  return {
    platform: 'reddit',
    nativeId: id,
    kind: reply ? 'reply' : 'comment',
    author: gone || !author ? { name: author ?? '' } : { name: author, handle: author, url: userUrl(author, base) },
    text,
    postedAt,
    permalink: httpUrl(el.getAttribute('permalink'), base) ?? commentUrl(el, id),
    parentId,
    depth: depth + 1,
    repliedByBrand: brandAnswered(el, id, ctx),
  };
}

const PROFILE_LINK = /^(?:https?:\/\/[^/]+)?\/(?:u|user)\/([\w-]+)\/?(?:[?#].*)?$/;
/** The profile the page shows (/user/<name>/, its comments or overview tab), whose comments it lists. */
const PROFILE_OWNER = /^https?:\/\/[^/]+\/(?:u|user)\/([\w-]+)\/?(?:(?:comments|overview)\/?)?(?:[?#]|$)/;

/** The author of a profile comment: a profile link in its own meta row, else the owner of the profile shown. */
function profileAuthor(el: Element, id: string, base: string): string | undefined {
  // The id goes into a selector only when it is a plain fullname (a stray quote would make the query throw).
  const meta = /^t1_\w+$/.test(id) ? el.querySelector(`[id="poster-info-${id}"] a[href]`) : null;
  const links = [meta, el.querySelector(REDDIT_SELECTORS.profileAuthor)];
  for (const a of links) {
    const name = PROFILE_LINK.exec(a?.getAttribute('href') ?? '')?.[1];
    if (name) return name;
  }
  return PROFILE_OWNER.exec(base)?.[1];
}

/** The body: the innermost of Reddit's nested `.md` blocks (the outer one is a layout wrapper with the same text). */
function profileBody(el: Element): Element | null {
  let body = el.querySelector(REDDIT_SELECTORS.profileBody);
  for (let inner = body?.querySelector('.md'); inner; inner = inner.querySelector('.md')) body = inner;
  return body;
}

/**
 * A comment on a profile page, read as a comment on the post its address names (whether it answers the post or
 * another comment, the row does not say). Who liked it and who answered it are not on the row: left out.
 */
function readProfileComment(el: Element): RawItem | null {
  const id = el.getAttribute('comment-id')!;
  const text = readableText(profileBody(el));
  if (!text || isGone(text, el)) return null;
  const base = pageUrl(el);
  const href = el.getAttribute('href')?.replace(/[?#].*$/, '');
  const post = href ? POST_ID.exec(href)?.[1] : undefined;
  const author = profileAuthor(el, id, base);
  const time = el.querySelector(REDDIT_SELECTORS.shredditTime);
  return {
    platform: 'reddit',
    nativeId: id,
    kind: 'comment',
    author: author ? { name: author, handle: author, url: userUrl(author, base) } : { name: '' },
    text,
    postedAt: shredditDate(time),
    permalink: httpUrl(href, base),
    parentId: post ? `t3_${post}` : undefined,
  };
}

/** Ads: `shreddit-ad-post` is its own element; a promoted post is a `shreddit-post` flagged as such. */
const isAd = (el: Element): boolean => isSet(el, 'promoted') || isSet(el, 'is-promoted') || !!el.closest('shreddit-ad-post');

function shredditPostId(el: Element): string | undefined {
  if (el.id.startsWith('t3_')) return el.id;
  const id = POST_ID.exec(el.getAttribute('permalink') ?? '')?.[1];
  return id ? `t3_${id}` : undefined;
}

function readShredditPost(el: Element, ctx?: ReadContext): RawItem | null {
  const author = el.getAttribute('author');
  const id = shredditPostId(el) ?? (POST_ID.test(pageUrl(el)) ? postIdOfPage(el) : undefined);
  if (!author || !id || isAd(el)) return null;
  const base = pageUrl(el);
  const title = el.getAttribute('post-title') ?? readableText(el.querySelector('[slot="title"]'));
  const body = readableText(el.querySelector(`[slot="text-body"], [id="${id}-post-rtjson-content"]`));
  return {
    platform: 'reddit',
    nativeId: id,
    kind: 'post',
    author: { name: author, handle: author, url: userUrl(author, base) },
    text: body ? `${title}\n\n${body}` : title,
    postedAt: redditDate(el.getAttribute('created-timestamp')),
    permalink: httpUrl(el.getAttribute('permalink'), base),
    repliedByBrand: brandAnswered(el, id, ctx),
  };
}

/**
 * The post a top-level old.reddit comment is under: named by its own permalink (on a profile the page lists the
 * user's posts too, and the first of them is not the post of every comment), else the post page's own.
 */
function oldCommentPost(el: Element, permalink: string | null): string | undefined {
  const id = permalink ? POST_ID.exec(permalink)?.[1] : undefined;
  if (id) return `t3_${id}`;
  return POST_ID.test(pageUrl(el)) ? (documentOf(el).querySelector(REDDIT_SELECTORS.oldPost)?.getAttribute('data-fullname') ?? undefined) : undefined;
}

function readOldComment(el: Element, ctx?: ReadContext): RawItem | null {
  const id = el.getAttribute('data-fullname')!;
  const author = el.getAttribute('data-author');
  if (!author) return null; // [deleted]
  const parent = el.parentElement?.closest(REDDIT_SELECTORS.oldComment);
  let depth = 1;
  for (let p = parent; p; p = p.parentElement?.closest(REDDIT_SELECTORS.oldComment) ?? null) depth++;
  const base = pageUrl(el);
  const permalink = el.getAttribute('data-permalink');
  const children = el.querySelectorAll(`:scope > .child > .sitetable > ${REDDIT_SELECTORS.oldComment}`);
  return {
    platform: 'reddit',
    nativeId: id,
    kind: parent ? 'reply' : 'comment',
    author: { name: author, handle: author, url: linkUrl(el.querySelector(':scope > .entry .tagline a.author')) ?? userUrl(author, base) },
    text: readableText(el.querySelector(REDDIT_SELECTORS.oldBody)),
    postedAt: isoDate(el.querySelector(REDDIT_SELECTORS.oldTime)?.getAttribute('datetime')),
    permalink: httpUrl(permalink, base),
    parentId: parent?.getAttribute('data-fullname') ?? oldCommentPost(el, permalink),
    depth,
    likedByMe: !!el.querySelector(REDDIT_SELECTORS.oldUpvoted),
    repliedByBrand: Array.from(children).some((c) => isBrand(c.getAttribute('data-author') ?? undefined, ctx)),
  };
}

function readOldPost(el: Element): RawItem | null {
  const author = el.getAttribute('data-author');
  if (!author) return null;
  const base = pageUrl(el);
  const title = readableText(el.querySelector(':scope > .entry a.title'));
  const body = readableText(el.querySelector(':scope > .entry .usertext-body .md'));
  return {
    platform: 'reddit',
    nativeId: el.getAttribute('data-fullname')!,
    kind: 'post',
    author: { name: author, handle: author, url: userUrl(author, base) },
    text: body ? `${title}\n\n${body}` : title,
    postedAt: isoDate(el.querySelector(':scope > .entry .tagline time[datetime]')?.getAttribute('datetime') ?? el.getAttribute('data-timestamp')),
    permalink: httpUrl(el.getAttribute('data-permalink'), base),
    likedByMe: !!el.querySelector(REDDIT_SELECTORS.oldUpvoted),
  };
}

const CONTEXT_PATH = /\/comments\/([a-z0-9]+)\//i;

/**
 * A row of old Reddit's inbox: on the mentions page, or naming one of the brand's handles, a mention; otherwise a
 * reply to one of the brand's posts or comments. Told from the page and the text, not from the (English) subject.
 */
function readOldMessage(el: Element, ctx?: ReadContext): RawItem | null {
  const authorLink = el.querySelector(':scope > .entry .tagline a.author');
  const author = readableText(authorLink);
  if (!author) return null;
  const base = pageUrl(el);
  const body = el.querySelector(':scope > .entry .md');
  const context = el.querySelector(':scope > .entry .flat-list.buttons a.bylink[href*="/comments/"]');
  const href = context?.getAttribute('href') ?? undefined;
  const post = href ? CONTEXT_PATH.exec(href)?.[1] : undefined;
  const onMentions = /\/message\/mentions\/?$/.test(documentOf(el).location?.pathname ?? '');
  const namesBrand = listOf(body?.querySelectorAll('a[href]') ?? []).some((a) => isBrand(/^(?:https?:\/\/[^/]+)?\/u(?:ser)?\/([\w-]+)/.exec(a.getAttribute('href') ?? '')?.[1], ctx));
  const mention = onMentions || namesBrand;
  return {
    platform: 'reddit',
    nativeId: el.getAttribute('data-fullname')!,
    kind: mention ? 'mention' : 'reply',
    author: { name: author, handle: author, url: linkUrl(authorLink) ?? userUrl(author, base) },
    text: readableText(body),
    postedAt: isoDate(el.querySelector(':scope > .entry .tagline time[datetime]')?.getAttribute('datetime')),
    permalink: httpUrl(href?.replace(/[?#].*$/, ''), base),
    parentId: mention && post ? `t3_${post}` : undefined,
  };
}

/** Redesign indents 16px for a top-level comment and 21px more per level. */
function redesignDepth(el: Element): number {
  const px = Number(/padding-left:\s*(\d+)px/.exec(el.getAttribute('style') ?? '')?.[1] ?? '16');
  return Math.max(1, Math.round((px - 16) / 21) + 1);
}

/**
 * The redesign lists a thread flat, nesting shown only by indent: a reply answers the nearest comment above it one
 * level up, a top-level comment the page's post. Worked out once for the page: the post, each comment's parent, and
 * each item's answers.
 */
const redesignThread = untilPageChanges((doc: Document) => {
  const postId = postIdOfPage(doc) ?? doc.querySelector(`${REDDIT_SELECTORS.redesignPost}[id^="t3_"]`)?.id;
  const parents = new Map<string, string>();
  const answers = new Map<string, Element[]>();
  const open: string[] = [];
  for (const c of doc.querySelectorAll(REDDIT_SELECTORS.redesignComment)) {
    const depth = redesignDepth(c);
    open.length = depth - 1;
    const parent = depth === 1 ? postId : open[depth - 2];
    if (parent) {
      parents.set(c.id, parent);
      const list = answers.get(parent);
      if (list) list.push(c);
      else answers.set(parent, [c]);
    }
    open[depth - 1] = c.id;
  }
  return { parents, answers };
});

/** Whether one of the redesign comments answering `el` is the brand's (only its few answers are read). */
function redesignAnswered(el: Element, ctx?: ReadContext): boolean {
  if (!ctx?.brandHandles?.length) return false;
  const answers = redesignThread(documentOf(el)).answers.get(el.id) ?? [];
  return answers.some((c) => isBrand(readableText(c.querySelector(REDDIT_SELECTORS.redesignAuthor)), ctx));
}

/** The redesign prints ages only ("4 yr. ago"): the latest time the words allow. */
const redesignAge = (time: Element | null): string | undefined => (time ? timeFromAge(time.textContent, pageLang(time), Date.now()) : undefined);

function readRedesignComment(el: Element, ctx?: ReadContext): RawItem | null {
  const authorLink = el.querySelector(REDDIT_SELECTORS.redesignAuthor);
  const body = el.querySelector(REDDIT_SELECTORS.redesignBody);
  if (!authorLink || !body) return null; // deleted or removed
  const name = readableText(authorLink);
  const depth = redesignDepth(el);
  const timestamp = el.querySelector(REDDIT_SELECTORS.redesignTimestamp);
  return {
    platform: 'reddit',
    nativeId: el.id,
    kind: depth > 1 ? 'reply' : 'comment',
    author: { name, handle: name, url: linkUrl(authorLink) },
    text: readableText(body),
    postedAt: redesignAge(timestamp),
    permalink: linkUrl(timestamp)?.replace(/\?.*$/, ''),
    parentId: redesignThread(documentOf(el)).parents.get(el.id),
    depth,
    likedByMe: !!el.querySelector('button[data-click-id="upvote"][aria-pressed="true"]'),
    repliedByBrand: redesignAnswered(el, ctx),
  };
}

function readRedesignPost(el: Element, ctx?: ReadContext): RawItem | null {
  const authorLink = el.querySelector('[data-testid="post_author_link"]');
  const title = readableText(el.querySelector('h1'));
  if (!authorLink || !title) return null;
  const name = readableText(authorLink).replace(/^u\//, '');
  return {
    platform: 'reddit',
    nativeId: el.id,
    kind: 'post',
    author: { name, handle: name, url: linkUrl(authorLink) },
    text: title,
    postedAt: redesignAge(el.querySelector('[data-testid="post_timestamp"]')),
    permalink: pageUrl(el).startsWith('http') ? pageUrl(el).replace(/[?#].*$/, '') : undefined,
    likedByMe: !!el.querySelector('button[data-click-id="upvote"][aria-pressed="true"]'),
    repliedByBrand: redesignAnswered(el, ctx),
  };
}

export function readRedditItem(el: Element, ctx?: ReadContext): RawItem | null {
  if (el.matches(REDDIT_SELECTORS.shredditComment)) return readShredditComment(el, ctx);
  if (el.matches(REDDIT_SELECTORS.shredditPost)) return readShredditPost(el, ctx);
  if (el.matches(REDDIT_SELECTORS.profileComment)) return readProfileComment(el);
  if (el.matches(REDDIT_SELECTORS.oldComment)) return readOldComment(el, ctx);
  if (el.matches(REDDIT_SELECTORS.oldPost)) return readOldPost(el);
  if (el.matches(REDDIT_SELECTORS.oldMessage)) return readOldMessage(el, ctx);
  if (el.matches(REDDIT_SELECTORS.redesignComment)) return readRedesignComment(el, ctx);
  if (el.matches(REDDIT_SELECTORS.redesignPost)) return readRedesignPost(el, ctx);
  return null;
}

/** The page's own post (on a post page the redesign also lists recommended posts: only the one in the URL). */
function mainPost(root: ParentNode, selector: string): Element[] {
  const doc = documentOf(root as Node);
  const id = /\/comments\/([a-z0-9]+)/i.exec(documentUrl(doc) ?? '')?.[1];
  if (id) {
    const own = root.querySelector(`${selector}[id="t3_${id}"], ${selector}[data-fullname="t3_${id}"]`);
    return own ? [own] : [];
  }
  return listOf(root.querySelectorAll(selector));
}

/** The page's shreddit posts, ads left out; on a post page only its own (matched by id or permalink, else the one without either). */
function shredditPosts(root: ParentNode, all: NodeListOf<Element>): Element[] {
  const posts = Array.from(all).filter((p) => !isAd(p));
  const own = POST_ID.test(pageUrl(root as Node)) ? postIdOfPage(root as Node) : undefined;
  if (!own) return posts;
  const post = posts.find((p) => shredditPostId(p) === own) ?? posts.find((p) => !shredditPostId(p));
  return post ? [post] : [];
}

function findItems(root: ParentNode): Element[] {
  // One query per element name, merged in page order (a list of the two is matched several times slower).
  const shreddit = queryAllInOrder(root, [REDDIT_SELECTORS.shredditComment, REDDIT_SELECTORS.profileComment]);
  const posts = root.querySelectorAll(REDDIT_SELECTORS.shredditPost);
  if (shreddit.length || posts.length) return [...shredditPosts(root, posts), ...shreddit];
  const old = root.querySelectorAll(REDDIT_SELECTORS.oldComment);
  const oldPosts = root.querySelectorAll(REDDIT_SELECTORS.oldPost);
  if (old.length || oldPosts.length) return [...oldPosts, ...old];
  const messages = root.querySelectorAll(REDDIT_SELECTORS.oldMessage);
  if (messages.length) return Array.from(messages);
  return [...mainPost(root, REDDIT_SELECTORS.redesignPost), ...root.querySelectorAll(REDDIT_SELECTORS.redesignComment)];
}

const SHREDDIT_COMMENTS = [REDDIT_SELECTORS.shredditComment, REDDIT_SELECTORS.profileComment];
const OLD_COMMENTS = [REDDIT_SELECTORS.oldComment];

/** Comments loaded into the page ("more replies", old Reddit's "load more comments"); posts are left to findItems. */
function itemsIn(added: Element): Element[] {
  const shreddit = selfAndBelow(added, SHREDDIT_COMMENTS);
  return shreddit.length ? shreddit : selfAndBelow(added, OLD_COMMENTS);
}

function composerKind(el: Element): ComposerKind {
  if (el.tagName === 'SHREDDIT-COMPOSER') return 'shreddit';
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

function health(root: ParentNode, url: URL, ctx?: ReadContext, readOf: ItemReader = (el) => readRedditItem(el, ctx)): Health {
  const pageKind = redditPageKind(url);
  const items = findItems(root).map(readOf).filter((i): i is RawItem => i !== null);
  const found = countBy(items, (i) => i.kind);
  const problems: string[] = [];
  if (pageKind === 'post') {
    if (!found.post) problems.push('Reddit: the post was not detected');
    if (!found.comment && !found.reply && root.querySelector(REDDIT_SELECTORS.evidence)) problems.push('Reddit: comments are visible under the post but none was detected');
  }
  if (pageKind === 'notifications' && !found.mention && !found.reply && root.querySelector('[data-fullname^="t1_"]')) {
    problems.push('Reddit: messages are shown on this inbox page but no mention or reply was detected');
  }
  // New Reddit's /notifications rows are not read (nothing public describes them): said, not left silent.
  if (pageKind === 'notifications' && !found.mention && !found.reply && url.pathname.startsWith('/notifications') && root.querySelector('shreddit-app')) {
    problems.push('Reddit: the notifications page of new Reddit is not read; mentions are read from old.reddit.com/message/mentions');
  }
  if (pageKind === 'profile' && !found.comment && !found.reply && root.querySelector(REDDIT_SELECTORS.profileEvidence)) {
    problems.push('Reddit: comments are shown on this profile but none was detected');
  }
  const expected =
    pageKind === 'post' ? ['post', 'comment', 'reply'] : pageKind === 'notifications' ? ['mention', 'reply'] : pageKind === 'profile' ? ['post', 'comment'] : ['post'];
  return healthReport({ platform: 'reddit', pageKind, expected }, found, problems);
}

export const redditAdapter: Adapter = {
  platform: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  pageKind: redditPageKind,
  findItems,
  itemsIn,
  readItem: readRedditItem,
  findComposer: (root) => {
    for (const s of REDDIT_SELECTORS.composer) {
      const el = root.querySelector<HTMLElement>(s);
      if (el) return el;
    }
    return null;
  },
  composerKind,
  replyTarget: (el) =>
    el.querySelector<HTMLElement>(':scope > .entry .flat-list.buttons a[onclick*="reply"]') ??
    el.querySelector<HTMLElement>(':scope > shreddit-comment-action-row, :scope > [slot="actionRow"]') ??
    null,
  anchor: (el) => el.querySelector(':scope > .entry .tagline, :scope > div[slot="commentMeta"]') ?? el.querySelector('[data-testid="post-comment-header"]') ?? el,
  health,
};

// Test URLs: https://www.reddit.com/r/Showerthoughts/comments/awx46q/x/ (post), https://old.reddit.com/r/aww/ (feed),
// https://www.reddit.com/message/mentions (notifications), https://www.reddit.com/user/spez (profile)

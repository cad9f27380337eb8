/** The platform adapter contract (DESIGN.md). Every adapter file has the same shape and is pure DOM reading. */
export const PLATFORMS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
  'bluesky',
  'mastodon',
  'threads',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ITEM_KINDS = ['post', 'comment', 'reply', 'mention', 'share', 'quote'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type PageKind = 'post' | 'feed' | 'notifications' | 'profile' | 'other';

export type ComposerKind = 'draft-js' | 'lexical' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea' | 'shreddit';

export interface Author {
  name: string;
  handle?: string;
  url?: string;
}

/** What an adapter reads from one element. Text is what a reader sees, never HTML. */
export interface RawItem {
  platform: Platform;
  nativeId: string;
  kind: ItemKind;
  author: Author;
  text: string;
  postedAt?: string; // ISO 8601 from the platform's own timestamp
  permalink?: string; // http(s) only
  parentId?: string;
  depth?: number;
  likedByMe?: boolean;
  /** Whether the brand's account answered under it; may be left unread (undefined) on the brand's own posts. */
  repliedByBrand?: boolean;
  /** Counts the page shows on the item (post performance of the brand's own posts); absent when not shown. */
  counts?: { likes?: number; comments?: number; shares?: number; views?: number };
}

export interface Health {
  platform: Platform;
  pageKind: PageKind;
  /** What this page kind should show (e.g. "comments") and how many were found. */
  expected: string[];
  found: Record<string, number>;
  ok: boolean;
  problems: string[];
}

/** Options an adapter may need to tell the brand's own replies from others. */
export interface ReadContext {
  brandHandles?: readonly string[];
  /**
   * The pass reads a few items only (a comment just added): a page-wide lookup not yet built for the page as it is now
   * costs more than asking the page about these items alone. Either way the answer is the same.
   */
  few?: boolean;
}

/** One element read into an item (or null): an adapter's readItem with its context, or the scanner's memory of it. */
export type ItemReader = (el: Element) => RawItem | null;

export interface Adapter {
  platform: Platform;
  /** URL match patterns for the content script (manifest `matches`). */
  matches: string[];
  pageKind(url: URL): PageKind;
  findItems(root: ParentNode): Element[];
  /**
   * The items an element just added to the page brings: itself when it is one, those inside it. Never one that
   * findItems(document) would not list; one it cannot tell alone may be left to the next findItems. Without it, every
   * addition has the whole page searched.
   */
  itemsIn?(added: Element): Element[];
  readItem(el: Element, ctx?: ReadContext): RawItem | null;
  findComposer(root: ParentNode): HTMLElement | null;
  composerKind(el: Element): ComposerKind;
  replyTarget(el: Element): HTMLElement | null;
  anchor(el: Element): Element | null;
  /** `readOf` gives what the scanner already read of an element, so the check does not read the page twice. */
  health(root: ParentNode, url: URL, ctx?: ReadContext, readOf?: ItemReader): Health;
  /** For platforms on any host (Mastodon instances): whether this document is one of its pages, from markup. */
  detect?(doc: Document): boolean;
}

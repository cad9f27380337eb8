/** Shared DOM reading helpers for every adapter: pure reads, no layout, no HTML. */
import type { Health } from './types';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'BUTTON', 'TEXTAREA', 'INPUT']);

export interface TextOptions {
  /** Subtrees matching this selector are left out (nested comments, quoted posts, "Show more" links). */
  skip?: string;
  /** Keep line breaks written in text nodes (X tweet text is `white-space: pre-wrap`); else they collapse to spaces. */
  preserveNewlines?: boolean;
}

/**
 * The text a reader sees under `el`: text nodes, emoji from `img[alt]`, line breaks from `<br>` and block
 * ends. A textContent walk, so it never forces layout and never reads HTML.
 */
export function readableText(el: Node | null | undefined, options: TextOptions = {}): string {
  if (!el) return '';
  const pre = options.preserveNewlines ?? false;
  // Text alone (no emoji picture, link or line break in it): one native read instead of a walk, much cheaper on a page's
  // first scan, before the walk's code is warm.
  if (isElement(el) && el.firstElementChild === null) {
    const text = el.textContent ?? '';
    return tidy(pre ? text : collapseWhitespace(text));
  }
  return tidy(walk(el, '', options.skip ? `${HIDDEN}, ${options.skip}` : HIDDEN, pre));
}

/**
 * A node's kind told by its interface, as nodeType does: a lookup in the wrapper's prototype chain, where nodeType is a
 * DOM call, asked of every node a walk passes.
 */
const isText = (node: Node): node is Text => 'splitText' in node;
const isElement = (node: Node): node is Element => 'tagName' in node;

/** What a reader does not see. */
const HIDDEN = '[aria-hidden="true"], [hidden]';

/** Whitespace other than single spaces. */
const COLLAPSIBLE = /[^\S ]| {2}/;

/** Runs of whitespace as single spaces; a text with none to collapse (most are) is returned without a regex replace. */
export function collapseWhitespace(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** `unseen`: HIDDEN and the caller's skip, asked of each element in one call. */
function walk(node: Node, text: string, unseen: string, pre: boolean): string {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) {
      const data = child.data;
      text += pre ? data : collapseWhitespace(data);
      continue;
    }
    if (!isElement(child)) continue;
    const el = child;
    const tag = el.tagName;
    if (SKIPPED_TAGS.has(tag) || el.matches(unseen)) continue;
    if (tag === 'BR') text += '\n';
    else if (tag === 'IMG') text += el.getAttribute('alt') ?? '';
    else {
      text = walk(el, text, unseen, pre);
      if (BLOCK_TAGS.has(tag)) text += '\n';
    }
  }
  return text;
}

const NEEDS_TIDY = /[\u00a0\u200e\u200f\u202a-\u202e\u2066-\u2069\t\f\v\n]| {2}/;

function tidy(text: string): string {
  // Most comments are one line of single spaces once the line break their block ends with is trimmed.
  const trimmed = text.trim();
  if (!NEEDS_TIDY.test(trimmed)) return trimmed;
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A DOM list as an array, its length read once: Array.from steps through a NodeList by its iterator, which asks the
 * list its length before each element, a DOM call each in a content script's world.
 */
export function listOf<E>(list: ArrayLike<E>): E[] {
  const n = list.length;
  const out = new Array<E>(n);
  for (let i = 0; i < n; i++) out[i] = list[i];
  return out;
}

/** `root` when it matches one of the selectors, then what matches them under it, in document order. */
export function selfAndBelow(root: Element, selectors: readonly string[]): Element[] {
  const below = queryAllInOrder(root, selectors);
  for (const selector of selectors) if (root.matches(selector)) return [root, ...below];
  return below;
}

/** The first element matching a selector of the list, tried in order (stable hook first, dated fallbacks next). */
export function querySelectorFirst<E extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): E | null {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first selector of the list that matches anything (one querySelectorAll each). */
export function querySelectorAllFirst<E extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): E[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<E>(selector);
    if (found.length > 0) return listOf(found);
  }
  return [];
}

/**
 * What `root.querySelectorAll(selectors.join(', '))` lists, in document order, from one query per selector: Chromium
 * matches a selector list (or an :is() of one) against each element some 5-10 times slower than its selectors one by
 * one (a 2,000-comment page: ~7 ms for a list of two, ~1.5 ms for the two alone). The longest answer is kept as it is;
 * each element of the others is placed by a binary search in document order (a few comparisons, none when only one
 * selector matches anything).
 */
export function queryAllInOrder(root: ParentNode, selectors: readonly string[]): Element[] {
  let merged: Element[] = [];
  const others: ArrayLike<Element>[] = [];
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > merged.length) {
      if (merged.length) others.push(merged);
      merged = listOf(found);
    } else if (found.length) others.push(found);
  }
  for (const list of others) merged = mergeInOrder(merged, list);
  return merged;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING: the other node comes first (an ancestor too)

/** `a` and `b`, each in document order, as one list in document order (an element in both, once). */
function mergeInOrder(a: Element[], b: ArrayLike<Element>): Element[] {
  const out: Element[] = [];
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    const el = b[j];
    // The first of a[i..] that el precedes: what comes before it in a goes out first.
    let lo = i;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid] === el || !(a[mid].compareDocumentPosition(el) & PRECEDING)) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out.push(a[i++]);
    if (out[out.length - 1] !== el) out.push(el);
  }
  while (i < a.length) out.push(a[i++]);
  return out;
}

/**
 * The first match of `selector` under `item` that `owned` accepts (it is the item's, not a nested item's) and `test`
 * passes. querySelector answers the common case (an item's own parts come before what is nested in it) without
 * listing every match of a 2,000-comment thread.
 */
export function firstOwned(item: Element, selector: string, owned: (el: Element) => boolean, test: (el: Element) => boolean = () => true): Element | undefined {
  const first = item.querySelector(selector);
  if (!first || (owned(first) && test(first))) return first ?? undefined;
  const all = item.querySelectorAll(selector);
  for (let i = 0, n = all.length; i < n; i++) if (owned(all[i]) && test(all[i])) return all[i];
  return undefined;
}

/**
 * The first element under `root` matching `selector` and passing `test`, in document order, outside every element
 * matching `inside` (a post's comments): such subtrees are stepped over, not searched, and a subtree holding none is
 * searched natively. A post holding 2,000 comments of some 60 elements each is then searched in its own parts only.
 */
export function firstOutside(root: Element, selector: string, inside: string, test: (el: Element) => boolean = () => true): Element | undefined {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (child.matches(inside)) continue;
    if (child.matches(selector) && test(child)) return child;
    const found = child.querySelector(inside) ? firstOutside(child, selector, inside, test) : firstOwned(child, selector, () => true, test);
    if (found) return found;
  }
  return undefined;
}

/** A stable, short identity for items without a native id: two 32-bit FNV-1a passes over the parts. */
export function stableHash(...parts: Array<string | undefined>): string {
  const input = parts.map((p) => p ?? '').join('\u241f');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return 'h' + (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * `read(key)` kept while the key stays the one asked last: what the page's address says is asked once per item and
 * changes once per navigation.
 */
export function lastOf<K, V>(read: (key: K) => V): (key: K) => V {
  let last: { key: K; value: V } | undefined;
  return (key) => {
    if (!last || last.key !== key) last = { key, value: read(key) };
    return last.value;
  };
}

/** A base address parsed, with its origin when it is http(s): every link of a page resolves against the same one. */
const baseOf = lastOf((href: string) => {
  const url = new URL(href);
  return { url, httpOrigin: /^https?:$/.test(url.protocol) ? url.origin : undefined };
});

/** An absolute http(s) URL, or undefined for anything else (javascript:, data:, malformed). */
const SIMPLE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/?=&%@:+,;]*$/;
const CANONICAL_ABSOLUTE = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)+[a-z]{2,63}\/[A-Za-z0-9\-._~/?=&%@:+,;]*$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$|\?)/i;

export function httpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const parsedBase = base ? baseOf(base) : undefined;
    // An address already in its canonical form is returned as is: no URL parse per link.
    if (CANONICAL_ABSOLUTE.test(href) && !DOT_SEGMENT.test(href)) return href;
    // A plain root-relative path ("/user/status/1") resolves to origin + path: no URL parse per link.
    const origin = parsedBase?.httpOrigin;
    if (origin && href.charCodeAt(0) === 47 && SIMPLE_PATH.test(href) && !DOT_SEGMENT.test(href)) return origin + href;
    const url = parsedBase ? new URL(href, parsedBase.url) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An address without its query and fragment. */
export function withoutQuery(url: string): string {
  const q = url.indexOf('?');
  const h = url.indexOf('#');
  const end = q < 0 ? h : h < 0 ? q : Math.min(q, h);
  return end < 0 ? url : url.slice(0, end);
}

/** The http(s) URL an anchor points to, resolved against its document. */
export function linkUrl(a: Element | null | undefined): string | undefined {
  if (!a) return undefined;
  return httpUrl(a.getAttribute('href'), documentUrl(a));
}

/**
 * The last answer of `read`, kept until the current task ends: the page cannot change it while a scan slice runs, and
 * each of 2,000 items asks it several times (reading `document.URL` costs ~0.5 µs in Chromium).
 */
export function untilTaskEnds<K, V>(read: (key: K) => V): (key: K) => V {
  let held = false;
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (held && lastKey === key) return lastValue as V;
    if (!held) queueMicrotask(() => ((held = false), (lastKey = lastValue = undefined)));
    held = true;
    lastKey = key;
    return (lastValue = read(key));
  };
}

const urlOf = untilTaskEnds((doc: Document) => (doc.URL && doc.URL !== 'about:blank' ? doc.URL : undefined));

/**
 * The document a node belongs to (a document: itself). One item's read asks it of the same element again and again
 * (for the page's language, address, memos), and each ask is a DOM call; the page may move the node only between tasks.
 * A ring of the last four answers, looked through on each ask, was slower (Reddit's first scan, +2.5 ms).
 */
export const documentOf = untilTaskEnds((node: Node): Document => node.ownerDocument ?? (node as Document));

/** The URL of the document an element belongs to (what the browser shows in the address bar). */
export function documentUrl(node: Node): string | undefined {
  return urlOf(documentOf(node));
}

/**
 * A parsed URL for an address read again and again (the page's own, once per item): parsed once while it stays the
 * same. Callers read it, never change it.
 */
export const parsedUrl = lastOf((href: string) => new URL(href));

const langOf = untilTaskEnds((doc: Document) => (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] || 'en');

/** Primary language subtag of `<html lang>` ("fr-CA" -> "fr"), "en" when absent. */
export function pageLang(node: Node): string {
  return langOf(documentOf(node));
}

// Days 29-31 take the slow path: Date rolls 2026-02-29 over to March 1.
const ISO_MS = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** An ISO 8601 string from a platform timestamp attribute, or undefined when it does not parse. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (ISO_MS.test(trimmed)) return trimmed; // already what toISOString() would print
  const numeric = /^\d{9,13}$/.test(trimmed) ? Number(trimmed) * (trimmed.length <= 10 ? 1000 : 1) : NaN;
  const date = new Date(Number.isNaN(numeric) ? trimmed : numeric);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Counts of items per kind, for health and the scan CLI. */
export function countBy<T>(values: Iterable<T>, key: (value: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) {
    const k = key(value);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** Lower-cased handle without its leading "@" (and without an instance part when `keepInstance` is false). */
export function normaliseHandle(handle: string, keepInstance = true): string {
  let bare = handle.trim();
  if (bare.charCodeAt(0) === 64) bare = bare.slice(1);
  bare = bare.toLowerCase();
  return keepInstance ? bare : bare.split('@')[0];
}

/** Builds a health report: ok only when nothing is missing. */
export function healthReport(
  base: Pick<Health, 'platform' | 'pageKind' | 'expected'>,
  found: Record<string, number>,
  problems: string[],
): Health {
  return { ...base, found, ok: problems.length === 0, problems };
}

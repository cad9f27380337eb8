/**
 * DOM helpers shared by the LinkedIn, Facebook, Instagram, TikTok and Threads adapters: pages whose classes are
 * obfuscated, so items are found from timestamps, permalinks and ids rather than from wrappers.
 */
import { collapseWhitespace, documentOf, listOf, normaliseHandle, untilTaskEnds } from './dom';
import type { ReadContext } from './types';

/**
 * For each anchor (one timestamp or permalink per item), the largest ancestor that holds no other anchor, never
 * climbing to an element matching `stop`. `anchors` in document order (as querySelectorAll lists them): an element's
 * subtree is one run of the document, so an ancestor holding another anchor holds the previous or the next one, and
 * the lowest that does is where the two anchors' climbs meet. Each climb keeps its ancestors, and stops at the first
 * it shares with the previous one's: each ancestor is read once (its parent, and whether it is a stop), where a climb
 * asking each level whether it holds a neighbour cost five DOM calls per level.
 */
export function anchorBlocks(anchors: readonly Element[], stop: (el: Element) => boolean): Element[] {
  const blocks: Element[] = new Array(anchors.length);
  // The previous anchor's ancestors, lowest first; the first `own` of them are below its stop and hold no anchor before it.
  // Above a stop no ancestor is asked whether it is one: none is used.
  let chain: Element[] = [];
  let own = 0;
  for (let i = 0; i < anchors.length; i++) {
    const mine: Element[] = [];
    let met = -1;
    let below = -1;
    for (let el = anchors[i].parentElement; el; el = el.parentElement) {
      met = chain.indexOf(el);
      if (met >= 0) break;
      if (below < 0 && stop(el)) below = mine.length;
      mine.push(el);
    }
    // The previous block stops below where this climb met its ancestors: from there up they hold this anchor.
    if (i > 0) blocks[i - 1] = blockAt(anchors[i - 1], chain, met >= 0 && met < own ? met : own);
    own = below >= 0 ? below : mine.length;
    chain = met >= 0 ? mine.concat(chain.slice(met)) : mine;
  }
  if (anchors.length) blocks[anchors.length - 1] = blockAt(anchors[anchors.length - 1], chain, own);
  return blocks;
}

/** The highest of an anchor's first `below` ancestors, or the anchor itself. */
function blockAt(anchor: Element, chain: readonly Element[], below: number): Element {
  return below > 0 ? chain[below - 1] : anchor;
}

/**
 * Elements between `el` and the top of its document. `known`: depths already counted in one pass over a page's items,
 * which share most of their ancestors: each climb stops after a few steps instead of at the root.
 */
export function depthOf(el: Element, known: Map<Element, number>): number {
  const climbed: Element[] = [];
  let depth = 0;
  for (let p: Element | null = el; p; p = p.parentElement) {
    const at = known.get(p);
    if (at !== undefined) {
      depth = at;
      break;
    }
    climbed.push(p);
  }
  for (let i = climbed.length - 1; i >= 0; i--) known.set(climbed[i], climbed[i].parentElement ? ++depth : (depth = 0));
  return depth;
}

/** Elements of the list that are not inside another element of the list (nested wrappers sharing one key). */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/**
 * The date encoded in a time-ordered numeric id: LinkedIn activity and comment ids carry milliseconds in their
 * top bits (shift 22), TikTok video and comment ids carry seconds (shift 32). Undefined outside 2010-2100.
 */
const ID_DATES_FROM = Date.UTC(2010, 0, 1);
const ID_DATES_UNTIL = Date.UTC(2100, 0, 1);

export function dateFromId(id: string | undefined, shift: number, unitMs: number): string | undefined {
  if (!id || !/^\d{15,20}$/.test(id)) return undefined;
  const ms = idHighBits(id, shift) * unitMs;
  if (ms < ID_DATES_FROM || ms > ID_DATES_UNTIL) return undefined;
  return isoFromMs(ms);
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/**
 * What `new Date(ms).toISOString()` prints, for years 0-9999 and whole ms, in arithmetic (civil-from-days): a third of
 * its cost, and every item of a page whose ids carry their date asks it once.
 */
export function isoFromMs(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  // Days since 0000-03-01 in 400-year eras; a year from March, so that February's leap day comes last.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  rest -= seconds * 1000;
  return (
    `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}` +
    `T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${rest < 100 ? (rest < 10 ? '00' : '0') : ''}${rest}Z`
  );
}

/**
 * The id's bits above `shift`, exactly. A double holds a 20-digit id to within 2^11, which decides the division
 * unless the id lies that close to a multiple of 2^shift: only then is BigInt (slow on a cold page) needed.
 */
export function idHighBits(id: string, shift: number): number {
  const unit = 2 ** shift;
  const approx = Number(id);
  const high = Math.floor(approx / unit);
  const rest = approx - high * unit;
  if (approx < 2 ** 53 || (rest > 4096 && unit - rest > 4096)) return high;
  return Number(BigInt(id) >> BigInt(shift));
}

/**
 * A query parameter of a link, or undefined. Read straight from the string with indexOf (several links per item on a
 * 2,000-comment page: no URL parse, no split into arrays); same decoding as URLSearchParams.
 */
export function queryParam(href: string | null | undefined, name: string): string | undefined {
  if (!href) return undefined;
  let end = href.indexOf('#');
  if (end < 0) end = href.length;
  const start = href.indexOf('?');
  if (start < 0 || start > end) return undefined;
  for (let at = start + 1; at <= end; ) {
    let next = href.indexOf('&', at);
    if (next < 0 || next > end) next = end;
    const eq = href.indexOf('=', at);
    const keyEnd = eq >= 0 && eq < next ? eq : next;
    if (keyEnd - at === name.length && href.startsWith(name, at)) {
      const raw = keyEnd < next ? href.slice(keyEnd + 1, next) : '';
      try {
        return decodeURIComponent(raw.includes('+') ? raw.replace(/\+/g, ' ') : raw);
      } catch {
        break; // malformed escapes: let URLSearchParams decide
      }
    }
    at = next + 1;
  }
  if (!href.slice(start + 1, end).includes('%')) return undefined;
  try {
    return new URL(href, 'https://example.invalid').searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether `handle` is one of the brand's handles (case and "@" ignored). */
export function isBrandHandle(handle: string | undefined, ctx?: ReadContext): boolean {
  if (!handle || !ctx?.brandHandles?.length) return false;
  return brandSet(ctx.brandHandles).has(normaliseHandle(handle));
}

/** The brand's handles normalised once per list, not once per handle compared (a post's 2,000 answers are). */
const brandSets = new WeakMap<readonly string[], Set<string>>();
function brandSet(handles: readonly string[]): Set<string> {
  let set = brandSets.get(handles);
  if (!set) brandSets.set(handles, (set = new Set(handles.map((b) => normaliseHandle(b)))));
  return set;
}

/**
 * Links under `root` whose address contains one of the brand's handles: a cheap native pre-filter before an exact
 * author check, so "did the brand answer under this post" looks at a few elements, not at every comment. `exclude`:
 * links that cannot be an author's (a page whose permalinks carry the brand's name lists all of them otherwise).
 */
export function brandLinkCandidates(root: ParentNode, ctx?: ReadContext, exclude?: string): Element[] {
  const handles = (ctx?.brandHandles ?? []).map((h) => normaliseHandle(h).split('@')[0]).filter((h) => /^[\w.-]+$/.test(h));
  if (!handles.length) return [];
  const not = exclude ? `:not(${exclude})` : '';
  return listOf(root.querySelectorAll(handles.map((h) => `a[href*="${h}" i]${not}`).join(', ')));
}

/** The pressed state of the first toggle matched, or undefined when the page shows no state. */
export function pressedState(button: Element | null | undefined): boolean | undefined {
  const value = button?.getAttribute('aria-pressed');
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** Text a person reads as a label (a button, a row): textContent, whitespace collapsed. No layout read. */
export function plainLabel(el: Element | null | undefined): string {
  return collapseWhitespace(el?.textContent ?? '').trim();
}

/** The tag names of our own elements (chips, panels, lint marks) begin with it. */
export const OWN_TAG_PREFIX = 'COCKTAIL-';

/** Our own elements (chips, panels) added to a page: they change nothing an adapter reads. */
export const isOwn = (n: Node) => n.nodeType === 1 && (n as Element).tagName.startsWith(OWN_TAG_PREFIX);
const touchesPage = (r: MutationRecord) => !Array.from(r.addedNodes).every(isOwn) || !Array.from(r.removedNodes).every(isOwn);

/**
 * Per document: an observer of added and removed elements, a count bumped each time the page changed, and the last
 * changes: the elements whose children changed, by the count they led to (untilSubtreeChanges looks there).
 */
interface Watch {
  observer: MutationObserver;
  generation: number;
  /** `targets` null: more elements changed than untilSubtreeChanges looks through. */
  changed: Array<{ generation: number; targets: Node[] | null }>;
}
const watches = new WeakMap<Document, Watch>();

/** Changes kept for untilSubtreeChanges: older entries, or more elements changed than this, rebuild everything. */
const CHANGES_KEPT = 8;
const TARGETS_CHECKED = 32;

function bump(watch: Watch, records: MutationRecord[]): void {
  // Every content script's observer hears every change of the page: a burst past TARGETS_CHECKED changed elements is
  // not looked at further (untilSubtreeChanges rebuilds after it anyway).
  let targets: Set<Node> | null = new Set();
  for (let i = 0; i < records.length && targets; i++) {
    if (!touchesPage(records[i])) continue;
    targets.add(records[i].target);
    if (targets.size > TARGETS_CHECKED) targets = null;
  }
  if (targets?.size === 0) return;
  watch.generation++;
  watch.changed.push({ generation: watch.generation, targets: targets && [...targets] });
  if (watch.changed.length > CHANGES_KEPT) watch.changed.shift();
}

/** The page's change count, or undefined where no MutationObserver exists (a bare DOM in Node): then nothing is cached. */
function generationOf(doc: Document): number | undefined {
  let watch = watches.get(doc);
  if (!watch) {
    const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (!Observer) return undefined;
    const w: Watch = { observer: new Observer((records: MutationRecord[]) => bump(w, records)), generation: 0, changed: [] };
    w.observer.observe(doc, { childList: true, subtree: true });
    watches.set(doc, w);
    watch = w;
  }
  // takeRecords is synchronous: a change made a moment ago counts before the observer's callback would run.
  bump(watch, watch.observer.takeRecords());
  return watch.generation;
}

/** The change count, taken once per task: nothing on the page changes while one scan slice reads its items. */
const generationThisTask = untilTaskEnds(generationOf);

/**
 * Memoises `build(key)` until elements are added to or removed from the page (our own chips excepted): a page-wide
 * lookup (the focused post, item order, who answered whom) is built once and shared by every item read, not rebuilt
 * per item or per scan slice. Keys are the document or elements of it.
 */
export function untilPageChanges<K extends Node, V>(build: (key: K) => V): ((key: K) => V) & { built(key: K): V | undefined } {
  const byDoc = new WeakMap<Document, { generation: number; cache: WeakMap<K, V> }>();
  const entryOf = (doc: Document, generation: number) => {
    let entry = byDoc.get(doc);
    if (!entry || entry.generation !== generation) {
      entry = { generation, cache: new WeakMap() };
      byDoc.set(doc, entry);
    }
    return entry;
  };
  const memo = (key: K): V => {
    const doc = documentOf(key);
    const generation = generationThisTask(doc);
    if (generation === undefined) return build(key);
    const entry = entryOf(doc, generation);
    let value = entry.cache.get(key);
    if (value === undefined && !entry.cache.has(key)) entry.cache.set(key, (value = build(key)));
    return value as V;
  };
  /** The value already built for the page as it is now, without building it: undefined when there is none. */
  const built = (key: K): V | undefined => {
    const doc = documentOf(key);
    const entry = byDoc.get(doc);
    return entry && entry.generation === generationThisTask(doc) ? entry.cache.get(key) : undefined;
  };
  return Object.assign(memo, { built });
}

/**
 * Whether nothing was added to or removed from `el`'s subtree between two change counts of its page; false when the
 * changes of that span are no longer kept, or too many to look through.
 */
function subtreeUnchanged(el: Element, doc: Document, since: number, now: number): boolean {
  const changed = watches.get(doc)?.changed;
  if (!changed?.length || changed[0].generation > since + 1) return false;
  let checked = 0;
  for (const change of changed) {
    if (change.generation <= since || change.generation > now) continue;
    if (!change.targets) return false;
    for (const target of change.targets) {
      if (++checked > TARGETS_CHECKED || el === target || el.contains(target)) return false;
    }
  }
  return true;
}

/**
 * Memoises `build(el)` for as long as nothing is added to or removed from `el`'s subtree (our own chips excepted), for
 * what an element holds and nothing around it says (an item's author, link and time): a comment added to a long
 * thread then costs one item's build, not the page's. Elements only.
 */
export function untilSubtreeChanges<V>(build: (el: Element) => V): (el: Element) => V {
  const cache = new WeakMap<Element, { generation: number; value: V }>();
  return (el) => {
    const doc = documentOf(el);
    const generation = generationThisTask(doc);
    if (generation === undefined) return build(el);
    const entry = cache.get(el);
    if (entry && (entry.generation === generation || subtreeUnchanged(el, doc, entry.generation, generation))) {
      entry.generation = generation;
      return entry.value;
    }
    const value = build(el);
    cache.set(el, { generation, value });
    return value;
  };
}

/**
 * A list of the page's items kept until the page changes, so the scan, the health check and a page-wide lookup (the
 * thread, who answered whom) share one query: `ofPage` for reading it, `find` for callers that get their own copy (a
 * subtree is listed afresh).
 */
export function pageList(listUnder: (root: ParentNode) => Element[]) {
  const ofPage = untilPageChanges((doc: Document) => listUnder(doc));
  const find = (root: ParentNode): Element[] => ((root as Node).nodeType === 9 ? ofPage(root as Document).slice() : listUnder(root));
  return { ofPage, find };
}

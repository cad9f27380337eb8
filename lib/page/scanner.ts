import { isOwn } from '../platforms/dom-social';
import type { Adapter, ItemReader, RawItem, ReadContext } from '../platforms/types';
import { MOUNT_NOW_MAX } from './near-viewport';

export interface Found {
  el: Element;
  item: RawItem;
}

export interface ScannerOptions {
  adapter: Adapter;
  doc: Document;
  signal: AbortSignal;
  /**
   * Called with each slice of newly found items, in page order. `passSize`: how many elements the pass that found
   * them reads in all (a long page's first scan arrives in several slices).
   */
  onFound: (found: Found[], passSize: number) => void;
  readContext?: () => ReadContext;
  /** Longest slice of work before yielding to the page, ms. */
  sliceMs?: number;
}

export interface Scanner {
  /** Forget every element and id seen (single-page navigation), then scan the page again. */
  reset(): void;
  /** Scan now (tests, and after the profile changes). */
  scan(): Promise<void>;
  /** What the scan read of an element (null when unreadable); elements it has not seen are read now. */
  readOf: ItemReader;
  readonly seenCount: number;
}

export { OWN_TAG_PREFIX } from '../platforms/dom-social';

/** Our own hosts are added to the page too: they must not wake the scanner. */
const isPageElement = (n: Node): n is Element => n.nodeType === 1 && !isOwn(n);

/** More elements than this added before the next frame: the whole page is searched, as one search costs less then. */
export const ADDED_ROOTS_MAX = 64;

/**
 * After items were looked for in added elements only, the whole page is searched again this long after (once per such
 * delay, when the page is idle): what an adapter's itemsIn cannot tell from an added element alone (an item that
 * changed shape around it, a fallback family of the page) then comes a moment later.
 */
export const RECHECK_MS = 1000;

/** A pass reading this many items or fewer tells the adapter so (ReadContext.few). */
export const FEW_READS = 4;

const yieldToPage = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

/**
 * Finds the adapter's items on the page: one initial scan, then every later addition through one MutationObserver
 * whose records are coalesced to one pass per animation frame. That pass looks in the added elements only when the
 * adapter can (itemsIn): a comment added to a 2,000-comment page is found without listing the page's 2,000 again.
 * Work is sliced so no task blocks the page for long; everything stops when the signal aborts (extension reload,
 * content script invalidated).
 */
export function createScanner(opts: ScannerOptions): Scanner {
  const { adapter, doc, signal, onFound } = opts;
  const sliceMs = opts.sliceMs ?? 8;
  let seenEls = new WeakMap<Element, RawItem | null>();
  let seenIds = new Set<string>();
  let frame = 0;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  /** What the next pass must look through: the whole page, else the elements added since the last pass. */
  let wholePage = false;
  let roots: Element[] = [];
  /** Elements added since the last frame; null: too many to look through one by one. */
  let added: Element[] | null = [];

  function scan(): Promise<void> {
    wholePage = true;
    return drain();
  }

  function drain(): Promise<void> {
    // A pass running now takes what was asked meanwhile before it ends. (finally runs after the assignment, always.)
    running ??= passes().finally(() => (running = null));
    return running;
  }

  async function passes() {
    while (!signal.aborted && (wholePage || roots.length)) {
      if (wholePage) {
        wholePage = false;
        roots = [];
        await scanOnce(() => adapter.findItems(doc));
      } else {
        const these = roots;
        roots = [];
        await scanOnce(() => itemsAdded(these));
        recheckLater();
      }
    }
  }

  /** The items in elements added to the page, each once, those taken out again since left out. */
  function itemsAdded(elements: readonly Element[]): Element[] {
    const found = new Set<Element>();
    for (const el of elements) if (el.isConnected) for (const item of adapter.itemsIn!(el)) found.add(item);
    return [...found];
  }

  function recheckLater() {
    if (recheck !== undefined) return;
    recheck = setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number }).requestIdleCallback;
      const run = () => {
        recheck = undefined;
        void scan();
      };
      if (idle) idle(run, { timeout: RECHECK_MS });
      else run();
    }, RECHECK_MS);
  }

  function read(el: Element, ctx = opts.readContext?.()): RawItem | null {
    try {
      return adapter.readItem(el, ctx);
    } catch (err) {
      console.debug('Cocktail: could not read an item', err);
      return null;
    }
  }

  async function scanOnce(find: () => Element[]) {
    // Finding the items counts toward the first slice: a long page's search is followed by a yield, not by reads (the
    // first read may build a page-wide lookup of its own). A few new items (a reply posted, a page of comments loaded)
    // are read in the same task however long the search took: their chips then come in the next frame.
    let start = performance.now();
    const candidates = find().filter((el) => !seenEls.has(el));
    const readAtOnce = candidates.length <= MOUNT_NOW_MAX;
    const few = candidates.length <= FEW_READS;
    const readContext = (): ReadContext | undefined => (few ? { ...opts.readContext?.(), few } : opts.readContext?.());
    let batch: Found[] = [];
    // The brand's handles cannot change while a slice runs (a new profile arrives in a task of its own).
    let ctx = readContext();
    for (let i = 0; i < candidates.length; i++) {
      const el = candidates[i];
      if (performance.now() - start > sliceMs && !(i === 0 && readAtOnce)) {
        if (batch.length) onFound(batch, candidates.length);
        batch = [];
        await yieldToPage();
        start = performance.now();
        ctx = readContext();
      }
      if (signal.aborted) return;
      const item = read(el, ctx);
      seenEls.set(el, item);
      if (item) {
        // The same item rendered again by a virtualised list is a new element: it gets its chip again.
        seenIds.add(item.nativeId);
        batch.push({ el, item });
      }
    }
    if (batch.length && !signal.aborted) onFound(batch, candidates.length);
  }

  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    let grew = false;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (!isPageElement(n)) continue;
        grew = true;
        if (added && added.length < ADDED_ROOTS_MAX && adapter.itemsIn) added.push(n);
        else added = null;
      }
    }
    if (!grew || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (added) roots.push(...added);
      else wholePage = true;
      added = [];
      void drain();
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(recheck);
  });
  void scan();

  return {
    reset() {
      seenEls = new WeakMap();
      seenIds = new Set();
      void scan();
    },
    scan,
    readOf: (el) => (seenEls.has(el) ? seenEls.get(el)! : read(el)),
    get seenCount() {
      return seenIds.size;
    },
  };
}

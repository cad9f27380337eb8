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

/** Our own hosts are added to the page too: they must not wake the scanner. */
export const OWN_TAG_PREFIX = 'COCKTAIL-';
const addsPageContent = (r: MutationRecord) =>
  Array.from(r.addedNodes).some((n) => n.nodeType === 1 && !(n as Element).tagName.startsWith(OWN_TAG_PREFIX));

const yieldToPage = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

/**
 * Finds the adapter's items on the page: one initial scan, then every later addition through one MutationObserver
 * whose records are coalesced to one rescan per animation frame. Work is sliced so no task blocks the page for long;
 * everything stops when the signal aborts (extension reload, content script invalidated).
 */
export function createScanner(opts: ScannerOptions): Scanner {
  const { adapter, doc, signal, onFound } = opts;
  const sliceMs = opts.sliceMs ?? 8;
  let seenEls = new WeakMap<Element, RawItem | null>();
  let seenIds = new Set<string>();
  let frame = 0;
  let running: Promise<void> | null = null;
  let again = false;

  async function scan(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await scanOnce();
      } while (again && !signal.aborted);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  }

  function read(el: Element, ctx = opts.readContext?.()): RawItem | null {
    try {
      return adapter.readItem(el, ctx);
    } catch (err) {
      console.debug('Cocktail: could not read an item', err);
      return null;
    }
  }

  async function scanOnce() {
    // Finding the items counts toward the first slice: a long page's search is followed by a yield, not by reads (the
    // first read may build a page-wide lookup of its own). A few new items (a reply posted, a page of comments loaded)
    // are read in the same task however long the search took: their chips then come in the next frame.
    let start = performance.now();
    const candidates = adapter.findItems(doc).filter((el) => !seenEls.has(el));
    const readAtOnce = candidates.length <= MOUNT_NOW_MAX;
    let batch: Found[] = [];
    // The brand's handles cannot change while a slice runs (a new profile arrives in a task of its own).
    let ctx = opts.readContext?.();
    for (let i = 0; i < candidates.length; i++) {
      const el = candidates[i];
      if (performance.now() - start > sliceMs && !(i === 0 && readAtOnce)) {
        if (batch.length) onFound(batch, candidates.length);
        batch = [];
        await yieldToPage();
        start = performance.now();
        ctx = opts.readContext?.();
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
    if (frame || signal.aborted) return;
    if (!records.some(addsPageContent)) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      void scan();
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
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

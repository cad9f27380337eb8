// Bundled into the bench page: the content script's scan path (adapter, scanner, chips) with timers around it.
import { createScanner } from '../../lib/page/scanner';
import { mountChip } from '../../lib/page/chip';
import { chipScheduler } from '../../lib/page/near-viewport';
import { adapters } from '../../lib/platforms/registry';
import type { Adapter, Platform } from '../../lib/platforms/types';

interface ScanState {
  busyMs: number;
  readMs: number;
  reads: number;
  found: number;
  doneAt: number;
  startedAt: number;
  /** Longest long task (>= 50 ms, whole task with style and layout) seen by the page. */
  longest: number;
  longTasks: number;
  /** Longest run of our own code in one task (one scanner slice). */
  longestSlice: number;
}

declare global {
  interface Window {
    __scan: ScanState & {
      start(platform: Platform, brandHandles: string[], expected: number): void;
      /** Adds one small element where the chip of the page's second item goes (no scan): what any change costs the page. */
      touchAnchor(platform: Platform): boolean;
    };
  }
}

const state: ScanState = { busyMs: 0, readMs: 0, reads: 0, found: 0, doneAt: 0, startedAt: 0, longest: 0, longTasks: 0, longestSlice: 0 };
let slice = 0;
let sliceOpen = false;
const timed = <A extends unknown[], R>(fn: (...a: A) => R, read = false) => (...a: A): R => {
  const t = performance.now();
  try {
    return fn(...a);
  } finally {
    const d = performance.now() - t;
    state.busyMs += d;
    if (read) {
      state.readMs += d;
      state.reads++;
    }
    slice += d;
    if (!sliceOpen) {
      // Runs when the current task's stack empties: the end of one scanner slice.
      sliceOpen = true;
      queueMicrotask(() => {
        state.longestSlice = Math.max(state.longestSlice, slice);
        slice = 0;
        sliceOpen = false;
      });
    }
  }
};

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    state.longTasks++;
    state.longest = Math.max(state.longest, e.duration);
  }
}).observe({ type: 'longtask' });

window.__scan = Object.assign(state, {
  touchAnchor(platform: Platform) {
    const adapter = adapters.find((a) => a.platform === platform)!;
    const item = adapter.findItems(document)[1];
    const anchor = item && adapter.anchor(item);
    anchor?.append(Object.assign(document.createElement('span'), { textContent: '·' }));
    return !!anchor;
  },
  start(platform: Platform, brandHandles: string[], expected: number) {
    const base = adapters.find((a) => a.platform === platform)!;
    const adapter: Adapter = { ...base, findItems: timed(base.findItems), itemsIn: base.itemsIn && timed(base.itemsIn), readItem: timed(base.readItem, true) };
    const chips = chipScheduler(
      timed((el: Element) => {
        const anchor = adapter.anchor(el);
        if (anchor) mountChip(anchor, 'light', { label: 'Question', state: 'nouveau', title: 't', tone: 'urgent', done: false }, () => {});
      }),
    );
    state.startedAt = performance.now();
    createScanner({
      adapter,
      doc: document,
      signal: new AbortController().signal,
      readContext: () => ({ brandHandles }),
      // Chips mount as the assistant mounts them: when their item nears the viewport.
      onFound: timed((batch, passSize) => {
        // Posts get no chip in the assistant (only what can be answered does).
        chips.add(batch.filter((f) => f.item.kind !== 'post').map((f) => f.el), passSize);
        state.found += batch.length;
        if (state.found >= expected) state.doneAt = performance.now();
      }),
    });
  },
});

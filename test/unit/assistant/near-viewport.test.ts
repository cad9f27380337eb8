// Chips of a long thread mount run by run as they near the viewport; the browser watches one item per run.
import { afterEach, describe, expect, it } from 'vitest';
import { chipScheduler, MOUNT_NOW_MAX, NEAR_RUN } from '../../../lib/page/near-viewport';

/** An IntersectionObserver the test drives: it records what is watched and says when a target comes near. */
class FakeObserver {
  static last: FakeObserver;
  watched = new Set<Element>();
  constructor(private cb: (records: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) { this.watched.add(el); }
  unobserve(el: Element) { this.watched.delete(el); }
  disconnect() { this.watched.clear(); }
  near(el: Element) { if (this.watched.has(el)) this.cb([{ target: el, isIntersecting: true }]); }
}

const real = globalThis.IntersectionObserver;
afterEach(() => { globalThis.IntersectionObserver = real; });
const items = (n: number) => Array.from({ length: n }, (_, i) => Object.assign(document.createElement('div'), { id: `c${i}` }));

describe('chip scheduler', () => {
  it('mounts a small batch at once, watching nothing', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const mounted: string[] = [];
    const s = chipScheduler((el) => mounted.push(el.id));
    s.add(items(MOUNT_NOW_MAX));
    expect(mounted).toHaveLength(MOUNT_NOW_MAX);
    expect(FakeObserver.last.watched.size).toBe(0);
  });

  it('watches one item per run of a large batch and mounts the whole run, once, when it nears the viewport', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const mounted: string[] = [];
    const s = chipScheduler((el) => mounted.push(el.id));
    const els = items(2001);
    s.add(els);
    expect(FakeObserver.last.watched.size).toBe(Math.ceil(2001 / NEAR_RUN));
    expect(mounted).toEqual([]);
    FakeObserver.last.near(els[NEAR_RUN * 10]);
    expect(mounted).toEqual(els.slice(NEAR_RUN * 10, NEAR_RUN * 11).map((e) => e.id));
    FakeObserver.last.near(els[NEAR_RUN * 10]);
    FakeObserver.last.near(els[NEAR_RUN * 10 + 1]);
    expect(mounted).toHaveLength(NEAR_RUN);
    FakeObserver.last.near(els[2000]);
    expect(mounted.slice(NEAR_RUN)).toEqual(['c2000']);
  });

  it('sends a small part of a large batch (the last slice of a long first scan) to the near path, not at once', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const now: string[] = [];
    const near: string[] = [];
    const s = chipScheduler((el) => now.push(el.id), (el) => near.push(el.id));
    const els = items(3);
    s.add(els, 2000);
    expect(now).toEqual([]);
    FakeObserver.last.near(els[0]);
    expect(near).toEqual(['c0', 'c1', 'c2']);
  });
});

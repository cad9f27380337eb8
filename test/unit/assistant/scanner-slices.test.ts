// The scanner's work is cut in slices: a long page's search for items counts toward the first slice, so the task that
// found them reads none of them (the first read may build a page-wide lookup of its own); a few new items are read at
// once, their chips due in the next frame. Time is a fake clock moved by the fake adapter; yields to the page are
// recorded where they happen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner } from '../../../lib/page/scanner';
import { MOUNT_NOW_MAX } from '../../../lib/page/near-viewport';
import { xAdapter } from '../../../lib/platforms/x';
import type { Adapter } from '../../../lib/platforms/types';

afterEach(() => vi.restoreAllMocks());

async function scanWithClock(findMs: number, items = 200) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const events: string[] = [];
  const realTimeout = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
    events.push('yield');
    return realTimeout(fn, ms);
  }) as typeof setTimeout);
  vi.stubGlobal('scheduler', undefined);
  document.body.innerHTML = '<ul>' + '<li></li>'.repeat(items) + '</ul>';
  let read = 0;
  const adapter: Adapter = {
    ...xAdapter,
    findItems: (root) => {
      now += findMs;
      events.push('find');
      return Array.from(root.querySelectorAll('li'));
    },
    readItem: () => {
      now += 1;
      events.push('read');
      return { platform: 'x', nativeId: String(read++), kind: 'comment', author: { name: 'n' }, text: '' };
    },
  };
  const found: number[] = [];
  const scanner = createScanner({ adapter, doc: document, signal: new AbortController().signal, sliceMs: 8, onFound: (b) => found.push(...b.map((f) => Number(f.item.nativeId))) });
  await scanner.scan();
  vi.unstubAllGlobals();
  const slices = events.join(' ').split('yield').map((s) => s.trim().split(' ').filter(Boolean));
  return { found, slices };
}

describe('scanner slices', () => {
  it('yields before the first read when finding the items already took longer than a slice, then reads slice by slice', async () => {
    const { found, slices } = await scanWithClock(30);
    expect(found).toEqual([...Array(200).keys()]);
    expect(slices[0]).toEqual(['find']);
    // (The scanner's own scan and the one asked here coalesce into a second pass, which finds nothing new to read.)
    expect(slices.slice(1).map((s) => s.filter((e) => e === 'read').length).every((n) => n > 0 && n <= 9)).toBe(true);
  });

  it('reads a few new items in the task that found them, however long the search took', async () => {
    const { found, slices } = await scanWithClock(30, MOUNT_NOW_MAX);
    expect(found).toEqual([...Array(MOUNT_NOW_MAX).keys()]);
    expect(slices[0]).toEqual(['find', 'read']);
  });

  it('yields after a slow search from one item more on', async () => {
    const { slices } = await scanWithClock(30, MOUNT_NOW_MAX + 1);
    expect(slices[0]).toEqual(['find']);
  });

  it('reads in the same task when finding the items was quick', async () => {
    const { slices } = await scanWithClock(2);
    expect(slices[0]).toEqual(['find', ...Array(7).fill('read')]);
  });
});

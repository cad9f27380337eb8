// The scanner's work is cut in slices: a long page's search for items counts toward the first slice, so the task that
// found them does not also read a slice's worth of them. Time is a fake clock moved by the fake adapter.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner } from '../../../lib/page/scanner';
import { xAdapter } from '../../../lib/platforms/x';
import type { Adapter } from '../../../lib/platforms/types';

afterEach(() => vi.restoreAllMocks());

describe('scanner slices', () => {
  it('yields after the first read when finding the items already took longer than a slice, then reads slice by slice', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    document.body.innerHTML = '<ul>' + '<li></li>'.repeat(40) + '</ul>';
    const tasks: number[][] = [];
    let task: number[] = [];
    let read = 0;
    const adapter: Adapter = {
      ...xAdapter,
      findItems: (root) => {
        now += 30; // a long page's search
        return Array.from(root.querySelectorAll('li'));
      },
      readItem: () => {
        now += 1;
        task.push(read);
        return { platform: 'x', nativeId: String(read++), kind: 'comment', author: { name: 'n' }, text: '' };
      },
    };
    const yielded = () => {
      if (task.length) tasks.push(task);
      task = [];
    };
    const found: number[] = [];
    const scanner = createScanner({ adapter, doc: document, signal: new AbortController().signal, sliceMs: 8, onFound: (b) => { found.push(...b.map((f) => Number(f.item.nativeId))); yielded(); } });
    await scanner.scan();
    yielded();
    expect(found).toEqual([...Array(40).keys()]);
    expect(tasks[0]).toEqual([0]);
    expect(tasks.slice(1, -1).every((t) => t.length === 9)).toBe(true);
  });
});

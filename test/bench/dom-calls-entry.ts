// Bundled into a bench page's content-script world: counts the DOM calls one first scan makes (every getter and method
// of the DOM interfaces an adapter reads through) and the nodes it touches, then finds and reads every item the way
// the scanner does.
import { adapters } from '../../lib/platforms/registry';
import type { Platform } from '../../lib/platforms/types';

declare global {
  interface Window {
    __domCalls(platform: Platform, brandHandles: string[]): { items: number; calls: number; nodes: number; top: Array<[string, number]> };
  }
}

const INTERFACES = { Node, Element, Document, NodeList, HTMLCollection, CharacterData, HTMLElement, EventTarget } as const;

/**
 * Wraps every getter and method of the interfaces above (in this world only) with a counter; `touched` gets each node
 * a call is made on or returns (what a list holds is counted when a call is made on it).
 */
function countCalls(touched: Set<unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  const touch = (self: unknown, result: unknown) => {
    touched.add(self);
    if (result instanceof Node) touched.add(result);
    return result;
  };
  for (const [name, type] of Object.entries(INTERFACES)) {
    const proto = type.prototype as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      const id = `${name}.${key}`;
      if (d.get) {
        const get = d.get;
        Object.defineProperty(proto, key, { ...d, get(this: unknown) { counts.set(id, (counts.get(id) ?? 0) + 1); return touch(this, get.call(this)); } });
      } else if (typeof d.value === 'function' && key !== 'constructor') {
        const fn = d.value as (...args: unknown[]) => unknown;
        proto[key] = function (this: unknown, ...args: unknown[]) {
          counts.set(id, (counts.get(id) ?? 0) + 1);
          return touch(this, fn.apply(this, args));
        };
      }
    }
  }
  return counts;
}

window.__domCalls = (platform, brandHandles) => {
  const adapter = adapters.find((a) => a.platform === platform)!;
  const touched = new Set<unknown>();
  const counts = countCalls(touched);
  const ctx = { brandHandles };
  const items = adapter.findItems(document);
  for (const el of items) adapter.readItem(el, ctx);
  const top = [...counts].sort((a, b) => b[1] - a[1]);
  const nodes = [...touched].filter((n) => n instanceof Node).length;
  return { items: items.length, calls: top.reduce((sum, [, n]) => sum + n, 0), nodes, top: top.slice(0, 3) };
};

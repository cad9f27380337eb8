/**
 * Calls `onNear` once per watched element as it comes within a screen or so of the viewport. Without
 * IntersectionObserver (tests in jsdom) every element is near at once.
 */
export function watchNearViewport(onNear: (el: Element) => void, margin = '1500px 0px') {
  if (typeof IntersectionObserver !== 'function') return { observe: onNear, disconnect: () => {} };
  const io = new IntersectionObserver(
    (records) => {
      for (const r of records) {
        if (!r.isIntersecting) continue;
        io.unobserve(r.target);
        onNear(r.target);
      }
    },
    { rootMargin: margin },
  );
  return { observe: (el: Element) => io.observe(el), disconnect: () => io.disconnect() };
}

/** Up to this many new items at once (a reply posted, a page of comments loaded) mount at once, in the same frame. */
export const MOUNT_NOW_MAX = 40;

/**
 * Items of a large batch are watched in runs of this many neighbours: the browser computes the position of one item
 * per run (2,000 watched items cost it ~20 ms of main thread), and the run mounts together when it comes near. A run
 * is a few comments tall, well inside the 1,500 px margin.
 */
export const NEAR_RUN = 4;

/**
 * Where chips go: a few new items are mounted right away (the reader is looking at them); a large batch, such as the
 * first scan of a long thread, mounts run by run as its items near the viewport, through `mountNear`.
 */
export function chipScheduler(mount: (el: Element) => void, mountNear = mount) {
  const runs = new WeakMap<Element, Element[]>();
  const near = watchNearViewport((first) => {
    const run = runs.get(first) ?? [first];
    runs.delete(first);
    for (const el of run) mountNear(el);
  });
  return {
    /** `batchSize`: the whole batch `els` belongs to, when it arrives in parts (a long page's first scan). */
    add(els: Element[], batchSize = els.length) {
      if (batchSize <= MOUNT_NOW_MAX) {
        for (const el of els) mount(el);
        return;
      }
      for (let i = 0; i < els.length; i += NEAR_RUN) {
        const run = els.slice(i, i + NEAR_RUN);
        runs.set(run[0], run);
        near.observe(run[0]);
      }
    },
    disconnect: near.disconnect,
  };
}

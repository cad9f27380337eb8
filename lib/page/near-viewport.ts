/**
 * Calls `onNear` once per element as it comes within a screen or so of the viewport: a 2,000-comment page does not
 * pay for 2,000 chips at once. Without IntersectionObserver (tests in jsdom) every element is near at once.
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
 * Where chips go: a few new items are mounted right away (the reader is looking at them); a large batch, such as the
 * first scan of a long thread, mounts as its items near the viewport.
 */
export function chipScheduler(mount: (el: Element) => void) {
  const near = watchNearViewport(mount);
  return {
    add(els: Element[]) {
      if (els.length <= MOUNT_NOW_MAX) for (const el of els) mount(el);
      else for (const el of els) near.observe(el);
    },
    disconnect: near.disconnect,
  };
}

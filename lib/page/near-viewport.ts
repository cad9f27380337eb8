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

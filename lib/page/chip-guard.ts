import { OWN_TAG_PREFIX } from './scanner';

export interface GuardedChip {
  host: HTMLElement;
  /** The item's element: when it left the page (a virtualised list), the chip is released, not put back. */
  item: Element;
  remounts: number;
}

/**
 * Watches for our chips being taken out of the page while their item stays. Each chip is put back once; a page that
 * removes it again keeps it removed, so a page fighting us cannot start a loop. Chips whose item left are released.
 * Work happens at most once per frame, and only when a removal touched one of our hosts or a node holding one.
 */
export function guardChips<T extends GuardedChip>(
  doc: Document,
  signal: AbortSignal,
  chips: () => Iterable<[Element, T]>,
  remount: (chip: T) => boolean,
  release: (el: Element) => void,
): { readonly remounted: number } {
  let frame = 0;
  let remounted = 0;
  const check = () => {
    frame = 0;
    for (const [el, chip] of chips()) {
      if (chip.host.isConnected) continue;
      if (!el.isConnected) release(el);
      else if (chip.remounts < 1 && remount(chip)) {
        chip.remounts++;
        remounted++;
      } else release(el);
    }
  };
  const touchesUs = (n: Node) =>
    n.nodeType === 1 && ((n as Element).tagName.startsWith(OWN_TAG_PREFIX) || !!(n as Element).querySelector?.(`${OWN_TAG_PREFIX}CHIP`));
  const observer = new MutationObserver((records) => {
    if (frame || signal.aborted) return;
    if (!records.some((r) => r.removedNodes.length && Array.from(r.removedNodes).some(touchesUs))) return;
    frame = requestAnimationFrame(check);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  return {
    get remounted() {
      return remounted;
    },
  };
}

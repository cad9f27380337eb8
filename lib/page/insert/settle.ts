import type { Verdict } from './text';

export interface Settled {
  verdict: Verdict;
  /** ms from start until the verdict last became what it is (the editor's update), or the wait if nothing changed. */
  ms: number;
}

/**
 * Watches the editor from before an action until its text settles: the first verdict other than
 * "unchanged" starts a quiet period that any later change restarts, so a late re-render that
 * duplicates or reverts the text is still seen. Nothing changing for `timeoutMs` is "unchanged".
 */
export function watchSettle(
  editable: HTMLElement,
  judge: () => Verdict,
  quietMs: number,
): { start: (timeoutMs: number) => Promise<Settled> } {
  const t0 = performance.now();
  let verdict: Verdict = judge();
  let changedAt = 0;
  let finish: (() => void) | null = null;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const evaluate = () => {
    const next = judge();
    if (JSON.stringify(next) !== JSON.stringify(verdict)) changedAt = performance.now() - t0;
    verdict = next;
    if (next.ok || next.reason !== 'unchanged') {
      clearTimeout(quiet);
      quiet = setTimeout(() => finish?.(), quietMs);
    }
  };
  const observer = new MutationObserver(evaluate);
  observer.observe(editable, { childList: true, subtree: true, characterData: true });
  editable.addEventListener('input', evaluate);
  return {
    start: (timeoutMs) =>
      new Promise<Settled>((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        finish = () => {
          clearTimeout(timer);
          clearTimeout(quiet);
          observer.disconnect();
          editable.removeEventListener('input', evaluate);
          evaluate();
          clearTimeout(quiet);
          resolve({ verdict, ms: verdict.ok || verdict.reason !== 'unchanged' ? changedAt : performance.now() - t0 });
        };
        timer = setTimeout(() => finish?.(), timeoutMs);
        evaluate();
        setTimeout(evaluate, 0);
      }),
  };
}

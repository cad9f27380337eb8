/** A candidate for "the comment in view": its vertical extent in viewport coordinates. */
export interface InViewCandidate<T> {
  value: T;
  top: number;
  bottom: number;
}

/**
 * The item nearest the viewport's centre line among those at least partly visible: the one that contains the
 * centre wins, else the one whose nearest edge is closest. Null when none is on screen.
 */
export function nearestToCentre<T>(candidates: InViewCandidate<T>[], viewportHeight: number): T | null {
  const centre = viewportHeight / 2;
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.bottom <= 0 || c.top >= viewportHeight || c.bottom <= c.top) continue;
    const distance = c.top <= centre && c.bottom >= centre ? 0 : Math.min(Math.abs(c.top - centre), Math.abs(c.bottom - centre));
    if (distance < bestDistance) {
      best = c.value;
      bestDistance = distance;
    }
  }
  return best;
}

/** The command name in the manifest (wxt.config.ts `commands`). */
export const OPEN_PANEL_COMMAND = 'open-reply-panel';

import type { Adapter, ComposerKind } from '../platforms/types';
import { findEditable } from './insert/detect';

export interface ActiveComposer {
  /** What the adapter calls the composer (its findComposer result). */
  composer: HTMLElement;
  /** The element that takes the text. */
  editable: HTMLElement;
  kind: ComposerKind;
}

const MAX_DEPTH = 8;
const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/**
 * The platform composer a focused element belongs to, through the adapter's own detection: the adapter's composer
 * found around the element must be the element, hold it or sit inside it. Runs on focus only, never per keystroke.
 */
export function composerAt(adapter: Adapter, target: Element): ActiveComposer | null {
  if (!target.closest(EDITABLE) && !target.querySelector?.(EDITABLE) && target.localName !== 'shreddit-composer') return null;
  let scope: Element | null = target.parentElement;
  for (let depth = 0; scope && depth < MAX_DEPTH; depth++, scope = scope.parentElement) {
    const composer = adapter.findComposer(scope);
    if (!composer) continue;
    if (composer === target || composer.contains(target) || target.contains(composer)) {
      const kind = adapter.composerKind(composer);
      const editable = findEditable(target.closest(EDITABLE) ? target : composer, kind) ?? findEditable(composer, kind);
      return editable ? { composer, editable, kind } : null;
    }
  }
  return null;
}

/**
 * Reply or post: a box on a post's own page, inside an item, or in a dialog that shows the item being answered
 * answers someone; any other box (the home timeline's "what's happening") starts a post.
 */
export function draftKind(adapter: Adapter, composer: Element, doc: Document): 'reply' | 'post' {
  try {
    if (adapter.pageKind(new URL(doc.location.href)) === 'post') return 'reply';
  } catch {
    // an unparsable URL tells nothing: look at the markup
  }
  const dialog = composer.closest('[role="dialog"], dialog');
  if (dialog && adapter.findItems(dialog).length > 0) return 'reply';
  for (let el = composer.parentElement, depth = 0; el && depth < MAX_DEPTH * 2; el = el.parentElement, depth++) {
    if (el === dialog) break;
    const items = adapter.findItems(el);
    if (items.length === 1) return 'reply';
    if (items.length > 1) break;
  }
  return 'post';
}

import type { Adapter } from '../platforms/types';
import { findEditable, insertText, requestMainWorldInsert, type InsertResult } from './insert';

export type InsertOutcome = { ok: true; strategy?: string | null } | { ok: false; reason: string };

/** Where the person's caret was before our UI took focus: a range in a rich editor, or a text field's selection. */
export interface SavedCaret {
  node: Element;
  range?: Range;
  start?: number;
  end?: number;
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

export function saveCaret(doc: Document): SavedCaret | null {
  const active = doc.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    return { node: active, start: active.selectionStart ?? undefined, end: active.selectionEnd ?? undefined };
  }
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode) return null;
  const anchor = sel.anchorNode.nodeType === 1 ? (sel.anchorNode as Element) : sel.anchorNode.parentElement;
  const editable = anchor?.closest(EDITABLE);
  return editable ? { node: editable, range: sel.getRangeAt(0).cloneRange() } : null;
}

/** Puts the saved caret back when it was inside this editor, so the text goes where the person left off. */
export function restoreCaret(saved: SavedCaret | null, editable: HTMLElement): boolean {
  if (!saved || !saved.node.isConnected) return false;
  if (!(editable === saved.node || editable.contains(saved.node) || saved.node.contains(editable))) return false;
  if (saved.range) {
    if (!editable.contains(saved.range.startContainer)) return false;
    const sel = editable.ownerDocument.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(saved.range);
    return true;
  }
  if (editable instanceof HTMLTextAreaElement || editable instanceof HTMLInputElement) {
    const end = saved.end ?? editable.value.length;
    editable.setSelectionRange(saved.start ?? end, end);
    return true;
  }
  return false;
}

/**
 * Opening a reply box is the only click we make, and only on a real button: a link that is not http(s)
 * (javascript:) or anything that is not a button is left alone.
 */
export function safeToClick(el: Element): boolean {
  if (el.localName === 'a') {
    const href = el.getAttribute('href');
    return href === null || /^https?:\/\//i.test(new URL(href, el.ownerDocument.baseURI).href);
  }
  return el.localName === 'button' || el.getAttribute('role') === 'button';
}

/**
 * A composer that belongs to this item: inside it, new in its parent (an inline reply box), or in the dialog the
 * reply button opened. A box that was there before the click, outside the item, may belong to another comment.
 */
function composerNear(adapter: Adapter, itemEl: Element, doc: Document, before: HTMLElement | null): HTMLElement | null {
  const own = adapter.findComposer(itemEl);
  if (own) return own;
  const sibling = itemEl.parentElement ? adapter.findComposer(itemEl.parentElement) : null;
  if (sibling && sibling !== before) return sibling;
  const dialogs = doc.querySelectorAll('[role="dialog"], dialog[open]');
  for (let i = dialogs.length - 1; i >= 0; i--) {
    const found = adapter.findComposer(dialogs[i]);
    if (found) return found;
  }
  return null;
}

/**
 * Resolves with `check()` once it is non-null; null when the page stayed still for `idleMs` after the click
 * (nothing is coming) or when `timeoutMs` passed.
 */
function waitForDom<T>(doc: Document, check: () => T | null, timeoutMs: number, idleMs: number): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    let idle: ReturnType<typeof setTimeout>;
    const done = (value: T | null) => {
      observer.disconnect();
      clearTimeout(idle);
      clearTimeout(overall);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const found = check();
      if (found) return done(found);
      clearTimeout(idle);
      idle = setTimeout(() => done(check()), idleMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    idle = setTimeout(() => done(check()), idleMs);
    const overall = setTimeout(() => done(check()), timeoutMs);
  });
}

/**
 * Opens the platform's reply box for the item (its own Reply button: opening a box posts nothing) and waits
 * for the composer. A box that was already on the page is used only if no new one appears.
 */
export async function openReplyBox(adapter: Adapter, itemEl: Element, doc: Document, timeoutMs = 2500): Promise<HTMLElement | null> {
  const before = adapter.findComposer(doc);
  const target = itemEl.isConnected ? adapter.replyTarget(itemEl) : null;
  if (target && safeToClick(target)) target.click();
  const fresh = await waitForDom(
    doc,
    () => {
      const near = composerNear(adapter, itemEl, doc, before);
      if (near) return near;
      const any = adapter.findComposer(doc);
      return any && (any !== before || any.contains(doc.activeElement)) ? any : null;
    },
    timeoutMs,
    target ? 350 : 0,
  );
  return fresh ?? adapter.findComposer(doc);
}

/** Opens the reply box, puts the caret back where the person left it, inserts once and says what happened. */
export async function insertReply(
  adapter: Adapter,
  itemEl: Element,
  text: string,
  doc: Document,
  saved: SavedCaret | null = null,
): Promise<InsertOutcome> {
  if (!itemEl.isConnected) return { ok: false, reason: 'gone' };
  const composer = await openReplyBox(adapter, itemEl, doc);
  if (!composer) return { ok: false, reason: 'no-composer' };
  const kind = adapter.composerKind(composer);
  const editable = findEditable(composer, kind);
  if (editable) restoreCaret(saved, editable);
  let result: InsertResult;
  try {
    result = await insertText(composer, text, { kind, mainWorld: requestMainWorldInsert });
  } catch {
    return { ok: false, reason: 'unchanged' };
  }
  return result.ok ? { ok: true, strategy: result.strategy } : { ok: false, reason: result.reason ?? 'unchanged' };
}

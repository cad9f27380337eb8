import { isTextField } from './read';

/** The last position inside `root` where typing would go: the end of its last text, or before a trailing <br>. */
export function endPoint(root: Node): [Node, number] {
  let node: Node = root;
  while (node.lastChild) {
    const last: Node = node.lastChild;
    if (last.nodeName === 'BR') return [node, node.childNodes.length - 1];
    node = last;
  }
  return node.nodeType === 3 ? [node, (node as Text).length] : [node, node.childNodes.length];
}

export const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Resolves on the document's next selectionchange (the editor has seen the new caret), or after `ms`. */
export function selectionChange(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Focuses the editor and keeps the person's caret if it is inside (a selection collapses to its end:
 * inserting never deletes what they wrote); otherwise the caret goes to the end of the text.
 * Editors copy the DOM selection into their own state on `selectionchange`, so wait for it.
 */
export async function focusAtCaret(editable: HTMLElement): Promise<void> {
  if (isTextField(editable)) {
    editable.focus({ preventScroll: true });
    const end = editable.selectionEnd ?? editable.value.length;
    if (editable.selectionStart !== end) editable.setSelectionRange(end, end);
    return;
  }
  const doc = editable.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  const inside = sel.rangeCount > 0 && editable.contains(sel.anchorNode) && editable.contains(sel.focusNode);
  // Even when the caret is already in place, select it again and wait for `selectionchange`: editors
  // (ProseMirror) may not have read the last caret moves yet and would paste at a stale position.
  let range: Range;
  if (inside) {
    range = sel.getRangeAt(0).cloneRange();
    range.collapse(false);
  } else {
    const [node, offset] = endPoint(editable);
    range = doc.createRange();
    range.setStart(node, offset);
    range.collapse(true);
  }
  await selectInEditor(editable, sel, range);
}

/**
 * Makes `range` the selection in the focused editor and waits until the editor has copied it into its own state
 * (`selectionchange`, then a task): typing or pasting before that lands at a stale position.
 */
export async function selectInEditor(editable: HTMLElement, sel: Selection, range: Range): Promise<void> {
  const doc = editable.ownerDocument;
  const synced = selectionChange(doc, 50);
  if (doc.activeElement !== editable) editable.focus({ preventScroll: true });
  sel.removeAllRanges();
  sel.addRange(range);
  await synced;
  await nextTask();
}

import type { ComposerKind } from '../../platforms/types';
import { focusAtCaret } from './caret';
import { detectEditor, detectLibrary, findEditable } from './detect';
import { PLANS } from './plan';
import { readEditorText } from './read';
import { watchSettle } from './settle';
import { ACTS } from './strategies';
import { verifyInsertion } from './text';
import type { InsertOptions, InsertResult, Strategy } from './types';

const UNHANDLED_WAIT_MS = 120;

function planFor(library: Exclude<ComposerKind, 'shreddit'>, opts: InsertOptions): Strategy[] {
  const plan = (opts.strategies ?? PLANS[library]).filter((s) => s !== 'main-world');
  return opts.mainWorld ? [...plan, 'main-world'] : plan;
}

/**
 * Puts `text` at the caret of the editor behind `el`, once. Each strategy is followed by a wait for the
 * editor's text to settle; the next strategy runs only if the editor did not change at all, so the text
 * is never doubled by a retry. Resolves with what the editor shows, never throws for a page's editor.
 */
export async function insertText(el: Element, text: string, opts: InsertOptions = {}): Promise<InsertResult> {
  const kind = opts.kind ?? detectEditor(el);
  const editable = findEditable(el, kind);
  if (!editable || !(editable.isContentEditable || editable.localName === 'textarea' || editable.localName === 'input')) {
    return { ok: false, kind, strategy: null, reason: 'not-editable', appliedMs: 0 };
  }
  await focusAtCaret(editable);
  const timeoutMs = opts.timeoutMs ?? 1000;
  const quietMs = opts.quietMs ?? 30;
  let spent = 0;
  let last: Strategy | null = null;
  const library = kind === 'shreddit' ? detectLibrary(editable) : kind;
  for (const strategy of planFor(library, opts)) {
    last = strategy;
    const before = readEditorText(editable);
    const watch = watchSettle(editable, () => verifyInsertion(before, readEditorText(editable), text), quietMs);
    let taken = true;
    try {
      if (strategy === 'main-world') opts.mainWorld?.(editable, text);
      else taken = ACTS[strategy](editable, text, library);
    } catch {
      taken = false;
    }
    const { verdict, ms } = await watch.start(taken ? timeoutMs : UNHANDLED_WAIT_MS);
    if (verdict.ok) return { ok: true, kind, strategy, appliedMs: spent + ms };
    if (verdict.reason !== 'unchanged') return { ok: false, kind, strategy, reason: verdict.reason, appliedMs: spent + ms };
    spent += ms;
  }
  return { ok: false, kind, strategy: last, reason: 'unchanged', appliedMs: spent };
}

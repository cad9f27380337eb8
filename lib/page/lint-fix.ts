import type { ComposerKind } from '../platforms/types';
import type { Fix } from '../guidelines/types';
import { detectLibrary } from './insert/detect';
import { PLANS } from './insert/plan';
import { isTextField } from './insert/read';
import { watchSettle } from './insert/settle';
import { selectInEditor } from './insert/caret';
import { ACTS } from './insert/strategies';
import { normalizeText, type Verdict } from './insert/text';
import type { Strategy } from './insert/types';
import { readComposer } from './lint-text';

export type FixOutcome = { ok: true; strategy: Strategy } | { ok: false; reason: 'stale' | 'not-editable' | 'unchanged' | 'lost' };

const UNHANDLED_WAIT_MS = 120;
/** Selects the span in the editor, as the person would before typing over it; false when it cannot be found. */
async function selectSpan(editable: HTMLElement, fix: Fix): Promise<boolean> {
  if (isTextField(editable)) {
    editable.focus({ preventScroll: true });
    editable.setSelectionRange(fix.start, fix.end);
    return true;
  }
  const doc = editable.ownerDocument;
  const sel = doc.getSelection();
  const { locate } = readComposer(editable);
  const from = locate(fix.start, 'start');
  const to = locate(fix.end, 'end');
  if (!sel || !from || !to) return false;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  await selectInEditor(editable, sel, range);
  return true;
}

/** Removing text: the browser's own delete on the selection (a paste of nothing is ignored by most editors). */
const deleteSelection = (editable: HTMLElement) => editable.ownerDocument.execCommand('delete', false);

/**
 * Applies one lint fix in the platform's editor with the insertion strategies the reply suggestions use: select the
 * span, then paste or insert the replacement over it. Each strategy is verified against the text the fix should give;
 * the next one runs only when the editor did not change at all, so a fix is never applied twice.
 */
export async function applyFixInEditor(
  editable: HTMLElement,
  kind: ComposerKind,
  lintedText: string,
  fix: Fix,
  opts: { timeoutMs?: number; quietMs?: number } = {},
): Promise<FixOutcome> {
  if (!editable.isConnected || !(editable.isContentEditable || isTextField(editable))) return { ok: false, reason: 'not-editable' };
  // The person may have typed since the lint ran: a fix computed on other text would land in the wrong place.
  if (readComposer(editable).text !== lintedText) return { ok: false, reason: 'stale' };
  const expected = normalizeText(lintedText.slice(0, fix.start) + fix.replacement + lintedText.slice(fix.end));
  const library = kind === 'shreddit' ? detectLibrary(editable) : kind;
  const plan = fix.replacement ? PLANS[library].filter((s) => s !== 'main-world') : (['exec-command'] as Strategy[]);
  for (const strategy of plan) {
    if (!(await selectSpan(editable, fix))) return { ok: false, reason: 'not-editable' };
    const before = normalizeText(readComposer(editable).text);
    const judge = (): Verdict => {
      const now = normalizeText(readComposer(editable).text);
      if (now === expected) return { ok: true };
      return now === before ? { ok: false, reason: 'unchanged' } : { ok: false, reason: 'lost' };
    };
    const watch = watchSettle(editable, judge, opts.quietMs ?? 30);
    let taken = true;
    try {
      taken = fix.replacement ? ACTS[strategy as Exclude<Strategy, 'main-world'>](editable, fix.replacement, library) : deleteSelection(editable);
    } catch {
      taken = false;
    }
    const { verdict } = await watch.start(taken ? (opts.timeoutMs ?? 1000) : UNHANDLED_WAIT_MS);
    if (verdict.ok) return { ok: true, strategy };
    if (verdict.reason !== 'unchanged') return { ok: false, reason: 'lost' };
  }
  return { ok: false, reason: 'unchanged' };
}

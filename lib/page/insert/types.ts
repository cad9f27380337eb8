import type { ComposerKind } from '../../platforms/types';

/** How the text was put in: a synthetic paste, the browser's own editing command, the textarea value, or the main world. */
export type Strategy = 'paste' | 'exec-command' | 'textarea-value' | 'main-world';

export type FailReason =
  | 'not-editable' // the element is not an editor we can focus
  | 'unchanged' // every strategy ran and the editor did not change
  | 'duplicated' // the text is now there more than once
  | 'lost' // the text is there once but the text around it changed
  | 'partial'; // the editor changed but does not contain the whole text

export interface InsertResult {
  ok: boolean;
  kind: ComposerKind;
  /** The strategy whose result was verified (or the last one tried). */
  strategy: Strategy | null;
  reason?: FailReason;
  /** Milliseconds from the first action until the editor showed the text (or gave up). */
  appliedMs: number;
}

export interface InsertOptions {
  /** Asks the page's main world to insert (see bridge.ts); tried only when the isolated world left the editor unchanged. */
  mainWorld?: (editable: HTMLElement, text: string) => void;
  /** How long to wait for the editor to show a change before calling it unchanged. */
  timeoutMs?: number;
  /** Quiet time after the text appears, so a late re-render (duplicate, revert) is still seen. */
  quietMs?: number;
  /** Replaces the editor's plan (plan.ts), e.g. for a site known to need another path. */
  strategies?: Strategy[];
  /** Force the kind instead of detecting it (an adapter's composerKind). */
  kind?: ComposerKind;
}

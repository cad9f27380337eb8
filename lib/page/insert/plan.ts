import type { ComposerKind } from '../../platforms/types';
import type { Strategy } from './types';

/**
 * Strategies per editor, first choice first (shared/research/TEXT-INSERTION.md and test/e2e/insert.test.ts).
 * A later strategy runs only when the earlier one left the editor unchanged, so none can double the text.
 * - Draft.js: paste; execCommand loses paragraphs (OpenCLI #93) and can double text (draft-js #36).
 * - Lexical, ProseMirror, Quill: their own paste handlers split text/plain into paragraphs.
 * - plain contenteditable: the browser's insertText, which fires the trusted input events pages listen to.
 * - textarea: insertText (keeps undo); the prototype value setter only if that did nothing.
 */
export const PLANS: Record<Exclude<ComposerKind, 'shreddit'>, Strategy[]> = {
  'draft-js': ['paste', 'exec-command'],
  lexical: ['paste', 'exec-command'],
  quill: ['paste', 'exec-command'],
  prosemirror: ['paste', 'exec-command'],
  contenteditable: ['exec-command'],
  textarea: ['exec-command', 'textarea-value'],
};

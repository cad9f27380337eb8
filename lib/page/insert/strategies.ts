import type { ComposerKind } from '../../platforms/types';
import type { Strategy } from './types';
import { isTextField } from './read';

/** Each strategy acts once and says whether the page took the action (a handled paste, an executed command). */
type Act = (editable: HTMLElement, text: string, library: Library) => boolean;
type Library = Exclude<ComposerKind, 'shreddit'>;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** One <p> per line, text escaped: ProseMirror keeps an empty <p> where its text/plain parser drops blank lines. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** A synthetic paste of text/plain: the path Draft.js, Lexical, ProseMirror and Quill handle themselves. */
const paste: Act = (editable, text, library) => {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (library === 'prosemirror' && /[\r\n]/.test(text)) data.setData('text/html', paragraphsHtml(text));
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editable.dispatchEvent(event);
  return event.defaultPrevented;
};

/** The browser's own insertion at the caret: trusted beforeinput/input events, native undo. */
const execCommand: Act = (editable, text) => editable.ownerDocument.execCommand('insertText', false, text);

/**
 * The value setter of the element's prototype, then `input`: React tracks the value on the instance,
 * so the prototype setter leaves its tracker behind and the `input` event reaches onChange.
 */
const textareaValue: Act = (editable, text) => {
  if (!isTextField(editable)) return false;
  const start = editable.selectionStart ?? editable.value.length;
  const end = editable.selectionEnd ?? start;
  const next = editable.value.slice(0, start) + text + editable.value.slice(end);
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(editable), 'value')?.set;
  if (!setter) return false;
  setter.call(editable, next);
  editable.setSelectionRange(start + text.length, start + text.length);
  editable.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

export const ACTS: Record<Exclude<Strategy, 'main-world'>, Act> = {
  paste,
  'exec-command': execCommand,
  'textarea-value': textareaValue,
};

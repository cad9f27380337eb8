import type { ComposerKind } from '../../platforms/types';

// Editor markers, from the editors' own DOM (see shared/research/TEXT-INSERTION.md):
const SHREDDIT = 'shreddit-composer'; // Reddit's composer custom element (Harper editorUtils.ts:86)
const LEXICAL = '[data-lexical-editor="true"]'; // set by Lexical's setRootElement
const DRAFT = '.public-DraftEditor-content, .DraftEditor-root'; // Draft.js editor classes
const QUILL = '.ql-editor, .ql-container'; // Quill 1 and 2
const PROSEMIRROR = '.ProseMirror'; // ProseMirror view root, also TipTap
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

const isTextField = (el: Element) =>
  el.localName === 'textarea' ||
  (el.localName === 'input' && /^(text|search|)$/.test((el.getAttribute('type') ?? '').toLowerCase()));

const near = (el: Element, selector: string) => el.closest(selector) ?? el.querySelector(selector);

/** The editor behind a compose box: the element itself, an ancestor, or the box it wraps. */
export function detectEditor(el: Element): ComposerKind {
  if (el.localName === SHREDDIT || el.closest(SHREDDIT) || el.querySelector(SHREDDIT)) return 'shreddit';
  return detectLibrary(el);
}

/** The editing library itself, looking through wrappers such as shreddit-composer. */
export function detectLibrary(el: Element): Exclude<ComposerKind, 'shreddit'> {
  if (isTextField(el)) return 'textarea';
  if (near(el, LEXICAL)) return 'lexical';
  if (near(el, DRAFT)) return 'draft-js';
  if (near(el, QUILL)) return 'quill';
  if (near(el, PROSEMIRROR)) return 'prosemirror';
  const field = el.querySelector('textarea');
  if (field && !el.querySelector(EDITABLE)) return 'textarea';
  return 'contenteditable';
}

function editableIn(root: ParentNode | null | undefined): HTMLElement | null {
  return (root?.querySelector(`textarea, ${EDITABLE}`) as HTMLElement | null) ?? null;
}

/** The element that takes focus and receives the text. */
export function findEditable(el: Element, kind: ComposerKind): HTMLElement | null {
  if (kind === 'shreddit') {
    const composer = el.closest(SHREDDIT) ?? (el.localName === SHREDDIT ? el : el.querySelector(SHREDDIT));
    if (!composer) return null;
    if ((el as HTMLElement).isContentEditable) return el as HTMLElement;
    return editableIn(composer) ?? editableIn(composer.shadowRoot);
  }
  if (isTextField(el)) return el as HTMLElement;
  if (kind === 'textarea') return (el.querySelector('textarea') as HTMLElement | null) ?? null;
  const inside = el.closest(EDITABLE) as HTMLElement | null;
  if (inside) {
    // The editor root, not an inner node that happens to carry the attribute.
    let top = inside;
    while (top.parentElement?.closest(EDITABLE)) top = top.parentElement.closest(EDITABLE) as HTMLElement;
    return top;
  }
  return editableIn(el);
}

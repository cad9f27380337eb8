// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { detectEditor, findEditable } from '../../../lib/page/insert/detect';

function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  // Test fixture markup built by the test itself, not page text.
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host;
}

test.each([
  ['<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="t"></div></div>', 'draft-js'],
  ['<div contenteditable="true" data-lexical-editor="true" id="t"><p><span>x</span></p></div>', 'lexical'],
  ['<div class="ql-container"><div class="ql-editor" contenteditable="true" id="t"></div></div>', 'quill'],
  ['<div class="tiptap ProseMirror" contenteditable="true" id="t"><p></p></div>', 'prosemirror'],
  ['<textarea id="t"></textarea>', 'textarea'],
  ['<div id="contenteditable-root" contenteditable="true"><span id="t"></span></div>', 'contenteditable'],
  ['<shreddit-composer id="t"><div slot="rte" contenteditable="true" data-lexical-editor="true"></div></shreddit-composer>', 'shreddit'],
])('detects %s', (html, kind) => {
  expect(detectEditor(dom(html).querySelector('#t')!)).toBe(kind);
});

test('a wrapper around the editor is detected through it', () => {
  const host = dom('<div id="w"><div class="ProseMirror" contenteditable="true"></div></div>');
  expect(detectEditor(host.querySelector('#w')!)).toBe('prosemirror');
  expect(findEditable(host.querySelector('#w')!, 'prosemirror')?.className).toBe('ProseMirror');
});

test('an inner node resolves to the editor root', () => {
  const host = dom('<div id="root" data-lexical-editor="true" contenteditable="true"><p><span id="s">x</span></p></div>');
  expect(findEditable(host.querySelector('#s')!, 'lexical')?.id).toBe('root');
});

test('shreddit-composer resolves to its slotted editor', () => {
  const host = dom('<shreddit-composer><div slot="rte" id="e" contenteditable="true" data-lexical-editor="true"></div></shreddit-composer>');
  expect(findEditable(host.querySelector('shreddit-composer')!, 'shreddit')?.id).toBe('e');
});

test('a non-editable element has no editable', () => {
  const host = dom('<div id="x"><span>plain</span></div>');
  expect(findEditable(host.querySelector('#x')!, 'contenteditable')).toBeNull();
});

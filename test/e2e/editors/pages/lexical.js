// Facebook / Instagram web: Lexical with rich text (or plain text with ?plain).
import { $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { registerPlainText } from '@lexical/plain-text';
import { exposeState, sendButton, setSendEnabled } from './shell.js';

const plain = new URLSearchParams(location.search).has('plain');
const root = document.createElement('div');
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-label', 'Write a comment…');
document.getElementById('app').append(root);
const send = sendButton(document.getElementById('app'));

const editor = createEditor({
  namespace: 'comment',
  nodes: plain ? [] : [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
if (plain) registerPlainText(editor);
else registerRichText(editor);

let text = '';
// One line per top-level block: paragraphs (and empty ones) stay visible in the state text.
const readBlocks = () => $getRoot().getChildren().map((block) => block.getTextContent()).join('\n');
editor.registerUpdateListener(({ editorState }) => {
  text = editorState.read(readBlocks);
  setSendEnabled(send, text);
});
exposeState(() => editor.getEditorState().read(readBlocks));
window.__lexicalEditor = editor;

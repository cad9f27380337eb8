// LinkedIn feed / Bluesky: TipTap 3 (ProseMirror).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeState, sendButton } from './shell.js';

const host = document.createElement('div');
document.getElementById('app').append(host);
const send = sendButton(document.getElementById('app'));
const editor = new Editor({
  element: host,
  extensions: [StarterKit],
  onUpdate: ({ editor: e }) => {
    send.disabled = e.isEmpty;
  },
});
exposeState(() => editor.getText({ blockSeparator: '\n' }));

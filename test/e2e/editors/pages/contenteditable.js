// YouTube: a plain contenteditable whose submit button follows input events (like the Polymer box).
import { exposeState, sendButton, setSendEnabled } from './shell.js';

const box = document.createElement('div');
box.id = 'contenteditable-root';
box.contentEditable = 'true';
box.setAttribute('aria-label', 'Add a comment…');
document.getElementById('app').append(box);
const send = sendButton(document.getElementById('app'));

let text = '';
box.addEventListener('input', () => {
  text = box.innerText.replace(/\n$/, '');
  setSendEnabled(send, text);
});
exposeState(() => text);

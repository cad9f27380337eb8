// YouTube: a plain contenteditable whose submit button follows input events (like the Polymer box).
import { exposeState, sendButton, setSendEnabled } from './shell.js';

const box = document.createElement('div');
box.id = 'contenteditable-root';
// ?plain: the plaintext-only variant some sites use for comment boxes.
box.contentEditable = new URLSearchParams(location.search).has('plain') ? 'plaintext-only' : 'true';
box.setAttribute('aria-label', 'Add a comment…');
document.getElementById('app').append(box);
const send = sendButton(document.getElementById('app'));

// The page's model of its text: one line per top-level block, a <br> ends a line.
function readLines() {
  const lines = [];
  let current = null;
  for (const node of box.childNodes) {
    if (node.nodeName === 'DIV' || node.nodeName === 'P') {
      if (current !== null) lines.push(current);
      current = null;
      lines.push(node.textContent);
    } else if (node.nodeName === 'BR') {
      lines.push(current ?? '');
      current = null;
    } else current = (current ?? '') + node.textContent;
  }
  if (current !== null) lines.push(current);
  return lines.join('\n');
}

let text = '';
box.addEventListener('input', () => {
  text = readLines();
  setSendEnabled(send, text);
});
exposeState(() => text);

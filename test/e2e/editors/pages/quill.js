// LinkedIn post pages: Quill 2.
import Quill from 'quill';
import { exposeState, sendButton, setSendEnabled } from './shell.js';

const host = document.createElement('div');
document.getElementById('app').append(host);
const send = sendButton(document.getElementById('app'));
const quill = new Quill(host, { placeholder: 'Add a comment…' });
// Quill's text always ends with one newline of its own.
const readText = () => quill.getText().replace(/\n$/, '');
quill.on('text-change', () => setSendEnabled(send, readText()));
exposeState(readText);

// Reddit: a `shreddit-composer` custom element (open shadow root, submit button inside it) whose
// rich-text editor is a Lexical editor slotted in the light DOM, as on new Reddit.
import { $getRoot, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { exposeState } from './shell.js';

class ShredditComposer extends HTMLElement {
  value = '';
  connectedCallback() {
    const shadow = this.attachShadow({ mode: 'open' });
    const slot = document.createElement('slot');
    slot.name = 'rte';
    const send = document.createElement('button');
    send.id = 'send';
    send.type = 'button';
    send.textContent = 'Comment';
    send.disabled = true;
    shadow.append(slot, send);

    const rte = document.createElement('div');
    rte.slot = 'rte';
    rte.contentEditable = 'true';
    rte.setAttribute('role', 'textbox');
    rte.setAttribute('name', 'body');
    this.append(rte);
    const editor = createEditor({ namespace: 'shreddit', onError: (e) => { throw e; } });
    editor.setRootElement(rte);
    registerRichText(editor);
    const read = () => $getRoot().getChildren().map((b) => b.getTextContent()).join('\n');
    editor.registerUpdateListener(({ editorState }) => {
      this.value = editorState.read(read);
      send.disabled = this.value.trim() === '';
    });
  }
}
customElements.define('shreddit-composer', ShredditComposer);
document.getElementById('app').append(document.createElement('shreddit-composer'));
exposeState(() => document.querySelector('shreddit-composer').value);

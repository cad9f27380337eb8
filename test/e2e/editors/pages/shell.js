// Shared page frame: a send button whose `disabled` the page sets from its editor's own state,
// and window.__editorText() reading that state (never the DOM).
export function sendButton(parent = document.body) {
  const button = document.createElement('button');
  button.id = 'send';
  button.type = 'button';
  button.textContent = 'Send';
  button.disabled = true;
  parent.append(button);
  return button;
}

export function exposeState(readText) {
  window.__editorText = readText;
}

export function setSendEnabled(button, text) {
  button.disabled = text.trim() === '';
}

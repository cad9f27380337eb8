/** What the editor shows, read from the DOM (the isolated world cannot read an editor's private state). */
export function readEditorText(editable: HTMLElement): string {
  if (isTextField(editable)) return (editable as HTMLTextAreaElement).value;
  return editable.innerText ?? editable.textContent ?? '';
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.localName === 'textarea' || el.localName === 'input';
}

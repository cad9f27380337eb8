import { listenForInsertRequests } from './bridge';
import { insertText } from './insert';

/** Runs in the page's main world: inserts what the isolated world asks for and answers nothing. */
export function startMainWorldInserter(doc: Document = document): () => void {
  return listenForInsertRequests(doc, (editable, text) => insertText(editable, text));
}

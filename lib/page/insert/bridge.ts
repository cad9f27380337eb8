/**
 * The one-way bridge to the page's main world, for editors that ignore events from the isolated world
 * (Firefox's Xray wrappers: Briskine editor-paste.js). The isolated side marks the editor with a random
 * token and dispatches one event carrying only that token and the text, as a string. The main-world side
 * only inserts: it sends nothing back and reads nothing from the extension; the isolated side verifies
 * the editor's text itself. A page script can fire the same event, which lets it do what it can already
 * do (put text in its own box) and nothing more.
 */
export const INSERT_EVENT = 'cocktail:insert-text';
export const TARGET_ATTR = 'data-cocktail-insert';
const MAX_TEXT = 20_000;
const TOKEN = /^[A-Za-z0-9-]{16,64}$/;

export interface InsertRequest {
  token: string;
  text: string;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Isolated side: asks the main world to insert `text` into `editable` (the listener runs during dispatch). */
export function requestMainWorldInsert(editable: HTMLElement, text: string): void {
  const token = randomToken();
  editable.setAttribute(TARGET_ATTR, token);
  try {
    editable.ownerDocument.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify({ token, text }) }));
  } finally {
    editable.removeAttribute(TARGET_ATTR);
  }
}

/** Accepts only a JSON string of exactly {token, text} within bounds. */
export function parseInsertRequest(detail: unknown): InsertRequest | null {
  if (typeof detail !== 'string' || detail.length > MAX_TEXT * 7) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { token, text, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length) return null;
  if (typeof token !== 'string' || !TOKEN.test(token)) return null;
  if (typeof text !== 'string' || !text || text.length > MAX_TEXT) return null;
  return { token, text };
}

function findMarked(doc: Document, token: string): Element | null {
  const selector = `[${TARGET_ATTR}="${token}"]`;
  const found = doc.querySelector(selector);
  if (found) return found;
  // Reddit's composer may keep its editor in its (open) shadow root.
  for (const host of doc.querySelectorAll('shreddit-composer')) {
    const inner = host.shadowRoot?.querySelector(selector);
    if (inner) return inner;
  }
  return null;
}

/** Main-world side: listens for requests and hands the marked editor to `insert`. Returns the remover. */
export function listenForInsertRequests(
  doc: Document,
  insert: (editable: HTMLElement, text: string) => unknown,
): () => void {
  const onRequest = (event: Event) => {
    const request = parseInsertRequest((event as CustomEvent).detail);
    if (!request) return;
    const target = findMarked(doc, request.token);
    if (!(target instanceof HTMLElement) || !(target.isContentEditable || target.localName === 'textarea')) return;
    void insert(target, request.text);
  };
  doc.addEventListener(INSERT_EVENT, onRequest);
  return () => doc.removeEventListener(INSERT_EVENT, onRequest);
}

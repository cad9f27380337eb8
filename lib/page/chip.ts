import { OWN_TAG_PREFIX } from './scanner';

export const CHIP_TAG = `${OWN_TAG_PREFIX.toLowerCase()}chip`;

export interface ChipView {
  label: string;
  state: string;
  title: string;
  tone: 'urgent' | 'normal' | 'low';
  done: boolean;
}

export interface ChipHandle {
  host: HTMLElement;
  button: HTMLButtonElement;
  update(view: ChipView): void;
  /** Puts the chip back next to its item after the page removed it. */
  remount(anchor: Element): void;
  remove(): void;
}

// px units only (a page may set html{font-size:6px}); !important on :host wins over page !important rules.
const CSS = `
:host { all: initial !important; display: inline-flex !important; visibility: visible !important; opacity: 1 !important;
  position: relative !important; margin: 0 0 0 6px !important; vertical-align: middle !important; z-index: 1 !important; }
button { all: initial; display: inline-flex; align-items: center; gap: 4px; box-sizing: border-box; height: 20px;
  padding: 0 8px; border-radius: 10px; border: 1px solid var(--b); background: var(--bg); color: var(--fg);
  font: 600 11px/18px system-ui, -apple-system, "Segoe UI", sans-serif; cursor: pointer; white-space: nowrap; }
button:focus-visible { outline: 2px solid var(--ring); outline-offset: 1px; }
.dot { width: 6px; height: 6px; border-radius: 3px; background: var(--dot); }
.state { font-weight: 400; opacity: .8; }
:host([data-scheme=light]) { --bg: #fff; --fg: #1d2430; --b: #c9d1dc; --ring: #0b63ce; }
:host([data-scheme=dark]) { --bg: #1f2630; --fg: #eef2f7; --b: #3d4756; --ring: #7db4ff; }
:host([data-tone=urgent]) { --dot: #d93a2b; } :host([data-tone=normal]) { --dot: #2f7de1; } :host([data-tone=low]) { --dot: #8a94a3; }
:host([data-done]) .dot { background: #2e9d5b; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One constructed stylesheet per page, shared by every chip: parsing CSS per chip cost more than the rest of it. */
function styleChip(root: ShadowRoot, doc: Document) {
  if (!sheets.has(doc)) {
    try {
      const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(CSS);
      sheets.set(doc, sheet);
    } catch {
      sheets.set(doc, null);
    }
  }
  const sheet = sheets.get(doc);
  try {
    if (!sheet) throw new Error('no constructed stylesheets');
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Engines that refuse adopting from an isolated world (older Firefox content scripts): a style element per chip.
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

/** A small chip in its own shadow root, next to the item. Text only: page strings are never parsed as markup. */
export function mountChip(anchor: Element, scheme: 'light' | 'dark', view: ChipView, onOpen: (host: HTMLElement) => void): ChipHandle {
  const doc = anchor.ownerDocument;
  const host = doc.createElement(CHIP_TAG);
  host.setAttribute('style', 'display:inline-flex!important;visibility:visible!important');
  host.dataset.scheme = scheme;
  const root = host.attachShadow({ mode: 'open' });
  styleChip(root, doc);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const dot = doc.createElement('span');
  dot.className = 'dot';
  const label = doc.createElement('span');
  const state = doc.createElement('span');
  state.className = 'state';
  button.append(dot, label, state);
  root.append(button);
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    e.preventDefault();
    onOpen(host);
  });
  // Enter or Space on our chip must not also reach the page's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation());

  const update = (v: ChipView) => {
    label.textContent = v.label;
    state.textContent = v.state;
    button.title = v.title;
    button.setAttribute('aria-label', `Cocktail: ${v.title}`);
    host.dataset.tone = v.tone;
    host.toggleAttribute('data-done', v.done);
  };
  update(view);
  anchor.append(host);
  return { host, button, update, remount: (a) => a.append(host), remove: () => host.remove() };
}

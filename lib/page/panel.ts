import { h, render } from 'preact';
import { Panel, type PanelActions } from '../../components/assistant/Panel';
import { PANEL_CSS } from '../../components/assistant/panel-css';
import type { UiLanguage } from '../i18n';
import type { PanelModel } from './panel-model';
import { panelText } from './messages';
import { OWN_TAG_PREFIX } from './scanner';

export const PANEL_TAG = `${OWN_TAG_PREFIX.toLowerCase()}panel`;

// !important on :host beats the page's own !important rules (shadow context wins for important declarations).
const HOST_CSS = `
:host { all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  position: fixed !important; top: 12px !important; right: 12px !important; left: auto !important; bottom: auto !important;
  width: 380px !important; max-width: calc(100vw - 24px) !important; max-height: calc(100vh - 24px) !important;
  z-index: 2147483647 !important; transform: none !important; filter: none !important; clip-path: none !important; }
.frame { display: block; overflow: auto; max-height: calc(100vh - 24px); border-radius: 10px; border: 1px solid #8a94a3;
  box-shadow: 0 8px 28px rgba(0,0,0,.28); }
.frame > .ck-a { padding: 12px; }
`;

export interface PanelHandle {
  host: HTMLElement;
  /** Shows a newer model (the suggestions arrived) without losing focus or status. */
  update(model: PanelModel): void;
  close(): void;
  readonly open: boolean;
}

export interface OpenPanelOptions {
  model: PanelModel;
  lang: UiLanguage;
  scheme: 'light' | 'dark';
  actions: Omit<PanelActions, 'close'>;
  /** Gets focus back on close (the chip that opened the panel). */
  returnFocus?: HTMLElement | null;
  onClosed?: () => void;
}

/**
 * The panel as a non-modal dialog in its own shadow root at the top of the document. Escape closes it and gives focus
 * back to the chip; key presses never reach the page's own shortcuts (X likes a tweet on "l").
 */
export function openPanel(doc: Document, opts: OpenPanelOptions): PanelHandle {
  const host = doc.createElement(PANEL_TAG);
  host.setAttribute('style', 'display:block!important;visibility:visible!important');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS + PANEL_CSS;
  const frame = doc.createElement('div');
  frame.className = 'frame';
  frame.setAttribute('role', 'dialog');
  frame.setAttribute('aria-modal', 'false');
  frame.setAttribute('aria-labelledby', 'ck-a-title');
  frame.setAttribute('aria-label', panelText(opts.lang)('dialog', { author: opts.model.item.author.name || '?' }));
  frame.tabIndex = -1;
  root.append(style, frame);

  let open = true;
  // Escape with the focus nowhere (the page's body) also closes: the person's last focus may have been dropped.
  const view = doc.defaultView;
  const onStrayEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (doc.activeElement === null || doc.activeElement === doc.body)) close();
  };
  view?.addEventListener('keydown', onStrayEscape, true);
  const close = () => {
    if (!open) return;
    open = false;
    view?.removeEventListener('keydown', onStrayEscape, true);
    render(null, frame);
    host.remove();
    if (opts.returnFocus?.isConnected) opts.returnFocus.focus({ preventScroll: true });
    opts.onClosed?.();
  };
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (e) => {
      e.stopPropagation();
      if (type === 'keydown' && (e as KeyboardEvent).key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
  }

  const actions = { ...opts.actions, close };
  const draw = (model: PanelModel) => render(h(Panel, { model, lang: opts.lang, scheme: opts.scheme, actions }), frame);
  draw(opts.model);
  doc.documentElement.append(host);
  const first = frame.querySelector<HTMLElement>('button.ck-a-primary, .ck-a-sugg button') ?? frame;
  first.focus({ preventScroll: true });
  return {
    host,
    update: (model) => {
      if (open) draw(model);
    },
    close,
    get open() {
      return open;
    },
  };
}

import { h, render } from 'preact';
import type { Problem } from '../guidelines/types';
import { problemMessage } from '../guidelines/messages';
import type { UiLanguage } from '../i18n';
import type { Platform } from '../platforms/types';
import { lintPageText, PLATFORM_LABEL } from './lint-messages';
import { OWN_TAG_PREFIX } from './scanner';

export const LINT_TAG = `${OWN_TAG_PREFIX.toLowerCase()}lint`;

export interface OverlayView {
  problems: Problem[];
  /** The text the problems were found in, for the excerpts. */
  text: string;
  platform: Platform;
  kind: 'reply' | 'post';
  status: { key: 'fixed' | 'stale' | 'unchanged' | 'lost' | 'notEditable' | 'unavailable'; error: boolean } | null;
  busy: boolean;
}

export interface OverlayHandle {
  host: HTMLElement;
  update(view: OverlayView): void;
  /** Puts the badge in the bottom-right corner of the composer's box. */
  place(box: DOMRect): void;
  setOpen(open: boolean): void;
  readonly open: boolean;
  remove(): void;
}

// px units only (a page may set html{font-size:6px}); !important on :host beats the page's own !important rules.
const CSS = `
:host { all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  position: fixed !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important;
  transform: none !important; filter: none !important; clip-path: none !important; margin: 0 !important; }
.ck-l { position: relative; font: 400 13px/18px system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); text-align: left; }
.ck-l[data-scheme=light] { --bg: #fff; --fg: #1d2430; --muted: #5b6675; --b: #c9d1dc; --ring: #0b63ce; --error: #b8281c; --warning: #8a5700; --hint: #5b6675; --ok: #1f7a45; }
.ck-l[data-scheme=dark] { --bg: #1f2630; --fg: #eef2f7; --muted: #a9b3c1; --b: #3d4756; --ring: #7db4ff; --error: #ff8a7d; --warning: #f2c15a; --hint: #a9b3c1; --ok: #6fd39a; }
button { all: initial; box-sizing: border-box; cursor: pointer; font: 600 12px/16px system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); }
button:focus-visible { outline: 2px solid var(--ring); outline-offset: 1px; }
.badge { position: absolute; right: 0; bottom: 0; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; text-align: center;
  line-height: 20px; border: 1px solid var(--b); background: var(--bg); color: var(--muted); box-shadow: 0 1px 3px rgba(0,0,0,.18); }
.badge[data-sev=error] { color: var(--error); border-color: var(--error); }
.badge[data-sev=warning] { color: var(--warning); border-color: var(--warning); }
.badge[data-busy] { opacity: .7; }
.panel { position: absolute; right: 0; bottom: 28px; width: 340px; max-width: calc(100vw - 24px); max-height: 320px; overflow: auto;
  box-sizing: border-box; padding: 10px 12px; border-radius: 10px; border: 1px solid var(--b); background: var(--bg);
  box-shadow: 0 8px 28px rgba(0,0,0,.28); }
.ck-l[data-down] .panel { bottom: auto; top: 4px; }
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
h2 { margin: 0; font-size: 13px; line-height: 18px; font-weight: 700; }
.meta { color: var(--muted); font-size: 12px; flex: 1; }
.close { padding: 0 6px; border-radius: 6px; }
.status { margin: 0 0 6px; font-size: 12px; color: var(--ok); }
.status[data-error] { color: var(--error); }
.status:empty { display: none; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; gap: 8px; align-items: flex-start; padding: 6px 0; border-top: 1px solid var(--b); }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; min-width: 70px; }
.sev[data-sev=error] { color: var(--error); } .sev[data-sev=warning] { color: var(--warning); } .sev[data-sev=hint] { color: var(--hint); }
.msg { flex: 1; overflow-wrap: anywhere; }
.ex { display: block; color: var(--muted); font: 12px/16px ui-monospace, monospace; white-space: pre-wrap; }
.fix { padding: 2px 8px; border-radius: 6px; border: 1px solid var(--ring); color: var(--ring); white-space: nowrap; }
.fix:disabled { opacity: .6; cursor: default; }
p { margin: 0; }
`;

const worst = (ps: Problem[]) => (ps.some((p) => p.severity === 'error') ? 'error' : ps.some((p) => p.severity === 'warning') ? 'warning' : 'hint');

/**
 * The lint's badge and panel, in their own shadow root at the top of the document, fixed over the composer's corner
 * (nothing is inserted into the platform's editor or its layout). Text only: page strings are never parsed as markup.
 */
export function mountLintOverlay(
  doc: Document,
  opts: { lang: UiLanguage; scheme: 'light' | 'dark'; onFix: (p: Problem) => void },
): OverlayHandle {
  const host = doc.createElement(LINT_TAG);
  host.setAttribute('style', 'display:block!important;visibility:visible!important');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const frame = doc.createElement('div');
  frame.className = 'ck-l';
  frame.dataset.scheme = opts.scheme;
  // The position lives in the shadow root too: the page's rules (and :host's all:initial) cannot move it.
  const pos = doc.createElement('style');
  root.append(style, pos, frame);
  const t = lintPageText(opts.lang);
  let open = false;
  let view: OverlayView | null = null;

  const setOpen = (next: boolean) => {
    open = next;
    draw();
    if (open) frame.querySelector<HTMLElement>('.panel button.fix, .panel button.close')?.focus({ preventScroll: true });
  };
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (e) => {
      // Key presses in our panel never reach the page's shortcuts.
      e.stopPropagation();
      if (type === 'keydown' && (e as KeyboardEvent).key === 'Escape' && open) {
        e.preventDefault();
        setOpen(false);
        frame.querySelector<HTMLElement>('.badge')?.focus({ preventScroll: true });
      }
    });
  }

  const item = (p: Problem, i: number, v: OverlayView) => {
    const excerpt = v.text.slice(p.start, p.end);
    const message = problemMessage(p, opts.lang);
    const fixLabel = p.fix ? (p.fix.replacement.trim() ? t('fixTo', { replacement: p.fix.replacement.trim() }) : t('remove')) : '';
    return h('li', { key: `${p.ruleId}-${p.start}-${i}` }, [
      h('span', { class: 'sev', 'data-sev': p.severity }, t(p.severity)),
      h('span', { class: 'msg' }, [message, excerpt.trim() && excerpt.length <= 80 ? h('span', { class: 'ex' }, opts.lang === 'fr' ? `« ${excerpt} »` : `“${excerpt}”`) : null]),
      p.fix
        ? h('button', { type: 'button', class: 'fix', disabled: v.busy, title: fixLabel, 'aria-label': `${fixLabel} : ${message}`, onClick: () => opts.onFix(p) }, p.fix.replacement ? t('fix') : t('remove'))
        : null,
    ]);
  };

  const draw = () => {
    if (!view) return;
    const v = view;
    const n = v.problems.length;
    const label = n ? t('badge', { count: n }) : t('badgeNone');
    const badge = h(
      'button',
      { type: 'button', class: 'badge', 'data-sev': n ? worst(v.problems) : undefined, 'data-busy': v.busy ? '' : undefined, title: label, 'aria-label': label, 'aria-expanded': open, onClick: () => setOpen(!open) },
      String(n),
    );
    const panel = open
      ? h('div', { class: 'panel', role: 'dialog', 'aria-label': t('title') }, [
          h('div', { class: 'head' }, [
            h('h2', null, t('title')),
            h('span', { class: 'meta' }, t(v.kind, { platform: PLATFORM_LABEL[v.platform] ?? v.platform })),
            h('button', { type: 'button', class: 'close', 'aria-label': t('close'), onClick: () => setOpen(false) }, '×'),
          ]),
          h('p', { class: 'status', role: 'status', 'data-error': v.status?.error ? '' : undefined }, v.status ? t(v.status.key) : ''),
          n ? h('ul', null, v.problems.map((p, i) => item(p, i, v))) : h('p', null, t('none')),
        ])
      : null;
    render([panel, badge], frame);
  };

  doc.documentElement.append(host);
  return {
    host,
    update(next) {
      view = next;
      draw();
    },
    place(box) {
      const right = Math.max(8, Math.min(box.right - 6, (doc.defaultView?.innerWidth ?? box.right) - 8));
      const bottom = Math.max(30, box.bottom - 6);
      pos.textContent = `:host { left: ${Math.round(right)}px !important; top: ${Math.round(bottom)}px !important; }`;
      // Room above the box for the panel, or it opens downwards.
      frame.toggleAttribute('data-down', box.top < 340);
    },
    setOpen,
    get open() {
      return open;
    },
    remove() {
      render(null, frame);
      host.remove();
    },
  };
}

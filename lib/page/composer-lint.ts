import type { BrandProfile } from '../../entrypoints/background/profile';
import type { Problem } from '../guidelines/types';
import { resolveLanguage, type UiLanguage } from '../i18n';
import type { CsMessage } from '../messages';
import type { Adapter } from '../platforms/types';
import { composerAt, draftKind, type ActiveComposer } from './lint-composer-find';
import { applyFixInEditor } from './lint-fix';
import { LINT_TAG, mountLintOverlay, type OverlayHandle, type OverlayView } from './lint-overlay';
import { readComposer } from './lint-text';
import { pageScheme } from './scheme';

/** What the content script entry gives the composer lint: messaging and lifecycle, so this file stays testable. */
export interface ComposerLintHost {
  doc: Document;
  signal: AbortSignal;
  send: (msg: CsMessage) => Promise<unknown>;
  onProfileChange: (cb: () => void) => void;
  browserLanguage: string;
  /** Quiet time after the last input before the draft is checked. */
  debounceMs?: number;
}

export const LINT_DEBOUNCE_MS = 150;
const LIVENESS_MS = 1000;

interface Active extends ActiveComposer {
  draft: 'reply' | 'post';
  overlay: OverlayHandle | null;
  listeners: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  /** The text last sent, so a repeated input with no change is not checked twice. */
  linted: string | null;
  seq: number;
  view: OverlayView;
}

/**
 * The brand lint in the platform's own reply and compose boxes: the box is found when it takes focus (focusin on the
 * document, through the adapter), checked after input with a short debounce by the background (which keeps the rules
 * compiled per profile version), and shown as a badge with a panel of problems and one-click fixes.
 * In side-panel mode nothing is added to the page.
 */
export async function startComposerLint(adapter: Adapter, host: ComposerLintHost) {
  const { doc, signal } = host;
  const debounceMs = host.debounceMs ?? LINT_DEBOUNCE_MS;
  let profile = await fetchProfile(host);
  let lang: UiLanguage = languageOf(profile, host);
  let active: Active | null = null;
  const mode = () => profile?.settings.onPageMode?.[adapter.platform] ?? (adapter.platform === 'linkedin' ? 'sidepanel' : 'chips');
  const onPage = () => mode() === 'chips';

  const place = () => {
    if (active?.overlay) active.overlay.place(active.composer.getBoundingClientRect());
  };
  const show = (a: Active) => {
    const empty = !a.view.text.trim();
    if (!onPage() || empty) {
      a.overlay?.remove();
      a.overlay = null;
      return;
    }
    a.overlay ??= mountLintOverlay(doc, { lang, scheme: pageScheme(doc), onFix: (p) => void fix(a, p) });
    a.overlay.update(a.view);
    place();
  };

  const check = async (a: Active, force = false) => {
    clearTimeout(a.timer);
    a.timer = undefined;
    if (active !== a || signal.aborted) return;
    if (!a.editable.isConnected) return deactivate();
    const text = readComposer(a.editable).text;
    if (!force && text === a.linted) return;
    a.linted = text;
    const seq = ++a.seq;
    const problems = text.trim() ? await lintRemote(host, { type: 'draft.lint', text, platform: adapter.platform, kind: a.draft }) : [];
    // A newer check started while this one was away: its answer wins.
    if (seq !== a.seq || active !== a) return;
    a.view = { ...a.view, text, problems: problems ?? [], status: problems ? (a.view.status?.key === 'unavailable' ? null : a.view.status) : { key: 'unavailable', error: true } };
    show(a);
  };

  const fix = async (a: Active, p: Problem) => {
    if (!p.fix || a.view.busy) return;
    a.view = { ...a.view, busy: true, status: null };
    show(a);
    const outcome = await applyFixInEditor(a.editable, a.kind, a.view.text, p.fix);
    a.view = { ...a.view, busy: false, status: outcome.ok ? { key: 'fixed', error: false } : { key: outcome.reason === 'not-editable' ? 'notEditable' : outcome.reason, error: true } };
    show(a);
    await check(a, true);
  };

  const deactivate = () => {
    if (!active) return;
    clearTimeout(active.timer);
    active.listeners.abort();
    active.overlay?.remove();
    active = null;
  };

  const activate = (found: ActiveComposer) => {
    deactivate();
    const listeners = new AbortController();
    const a: Active = {
      ...found,
      draft: draftKind(adapter, found.composer, doc),
      overlay: null,
      listeners,
      linted: null,
      seq: 0,
      view: { problems: [], text: '', platform: adapter.platform, kind: 'reply', status: null, busy: false },
    };
    a.view.kind = a.draft;
    active = a;
    const opts = { signal: listeners.signal };
    // Per keystroke: only a timer is reset; the text is read and sent once typing pauses.
    a.editable.addEventListener('input', () => {
      clearTimeout(a.timer);
      a.timer = setTimeout(() => void check(a), debounceMs);
    }, opts);
    const win = doc.defaultView;
    let frame = 0;
    const onMove = () => {
      if (!frame && a.overlay) frame = requestAnimationFrame(() => ((frame = 0), place()));
    };
    win?.addEventListener('scroll', onMove, { ...opts, capture: true, passive: true });
    win?.addEventListener('resize', onMove, { ...opts, passive: true });
    const alive = setInterval(() => {
      if (!a.editable.isConnected) deactivate();
    }, LIVENESS_MS);
    listeners.signal.addEventListener('abort', () => clearInterval(alive));
    void check(a, true);
  };

  doc.addEventListener(
    'focusin',
    (e) => {
      const path = e.composedPath();
      const target = path[0];
      if (!(target instanceof Element) || path.some((n) => n instanceof Element && n.localName === LINT_TAG)) return;
      if (active && (active.editable === target || active.editable.contains(target))) return;
      const found = composerAt(adapter, target);
      if (found && found.editable !== active?.editable) activate(found);
    },
    { capture: true, signal },
  );

  // A box that already had focus before this script ran.
  const focused = doc.activeElement;
  if (focused && focused !== doc.body) {
    const found = composerAt(adapter, focused);
    if (found) activate(found);
  }

  host.onProfileChange(async () => {
    profile = await fetchProfile(host);
    const nextLang = languageOf(profile, host);
    if (!active) {
      lang = nextLang;
      return;
    }
    if (nextLang !== lang || !onPage()) {
      active.overlay?.remove();
      active.overlay = null;
    }
    lang = nextLang;
    // New rules apply to the draft on screen at once, without waiting for the next keystroke.
    await check(active, true);
  });
  signal.addEventListener('abort', deactivate);

  return {
    get active() {
      return active;
    },
    /** Checks the active draft now (tests and benches). */
    checkNow: () => (active ? check(active, true) : Promise.resolve()),
  };
}

function languageOf(profile: BrandProfile | null, host: ComposerLintHost): UiLanguage {
  return resolveLanguage(profile?.settings.uiLanguage ?? 'auto', host.browserLanguage);
}

async function lintRemote(host: ComposerLintHost, msg: Extract<CsMessage, { type: 'draft.lint' }>): Promise<Problem[] | null> {
  try {
    const reply = (await host.send(msg)) as { ok: boolean; data?: unknown } | undefined;
    return reply?.ok && Array.isArray(reply.data) ? (reply.data as Problem[]) : null;
  } catch {
    return null;
  }
}

async function fetchProfile(host: ComposerLintHost): Promise<BrandProfile | null> {
  try {
    const reply = (await host.send({ type: 'profile.get' })) as { ok: boolean; data?: BrandProfile } | undefined;
    return reply?.ok ? (reply.data ?? null) : null;
  } catch {
    return null;
  }
}

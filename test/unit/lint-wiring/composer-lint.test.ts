// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/cafeboreal/status/101"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startComposerLint } from '../../../lib/page/composer-lint';
import { lintDraft } from '../../../lib/page/lint-draft';
import { xAdapter } from '../../../lib/platforms/x';
import type { CsMessage } from '../../../lib/messages';
import type { Problem } from '../../../lib/guidelines';

type LintMsg = Extract<CsMessage, { type: 'draft.lint' }>;

function page() {
  document.body.replaceChildren();
  const search = document.createElement('input');
  search.setAttribute('data-testid', 'SearchBox_Search_Input');
  const box = document.createElement('div');
  box.setAttribute('data-testid', 'tweetTextarea_0');
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  document.body.append(search, box);
  return { box, search };
}

function fakeHost(mode: 'chips' | 'sidepanel' = 'chips') {
  const lints: LintMsg[] = [];
  const replies: Problem[][] = [];
  let profileChanged: () => void = () => {};
  const ctrl = new AbortController();
  const settings = { uiLanguage: 'fr' as const, enabledPlatforms: [], onPageMode: { x: mode } };
  const host = {
    doc: document,
    signal: ctrl.signal,
    browserLanguage: 'fr-CA',
    send: async (msg: CsMessage) => {
      if (msg.type === 'profile.get') return { ok: true, data: { brand: null, toneRules: null, templates: [], settings } };
      if (msg.type === 'draft.lint') {
        lints.push(msg);
        const problems = lintDraft({ record: null, locale: 'fr-CA' }, msg.text, { platform: msg.platform, kind: msg.kind });
        replies.push(problems);
        return { ok: true, data: problems };
      }
      return { ok: false, error: 'unsupported' };
    },
    onProfileChange: (cb: () => void) => {
      profileChanged = cb;
    },
  };
  return { host, lints, replies, stop: () => ctrl.abort(), changeProfile: () => profileChanged(), settings };
}

const focusIn = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
const typeInto = (el: HTMLElement, text: string) => {
  el.textContent = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
const badge = () => document.querySelector('cocktail-lint')?.shadowRoot?.querySelector('button.badge') ?? null;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the composer lint on the page', () => {
  it('checks once typing pauses, as a reply on a post page, and shows the count the background found', async () => {
    const { box } = page();
    const f = fakeHost();
    await startComposerLint(xAdapter, f.host);
    focusIn(box);
    for (const partial of ['Merci', 'Merci pour ton', 'Merci pour ton e-mail', 'Merci pour ton e-mail, on te rappelle.']) {
      typeInto(box, partial);
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(f.lints).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(150);
    expect(f.lints.map((m) => [m.text, m.kind, m.platform])).toEqual([['Merci pour ton e-mail, on te rappelle.', 'reply', 'x']]);
    expect(f.replies[0].length).toBeGreaterThanOrEqual(2);
    expect(badge()?.textContent).toBe(String(f.replies[0].length));

    // An input that changed nothing is not sent again.
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    expect(f.lints).toHaveLength(1);
    f.stop();
    expect(document.querySelector('cocktail-lint')).toBeNull();
  });

  it('opens the panel with each reason and a fix button', async () => {
    const { box } = page();
    const f = fakeHost();
    await startComposerLint(xAdapter, f.host);
    focusIn(box);
    typeInto(box, 'Merci pour votre e-mail.');
    await vi.advanceTimersByTimeAsync(160);
    (badge() as HTMLButtonElement).click();
    const panel = document.querySelector('cocktail-lint')!.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(panel.textContent).toContain('« e-mail » : préférez « courriel »');
    expect([...panel.querySelectorAll('button.fix')].map((b) => b.getAttribute('title'))).toContain('Corriger en « courriel »');
    f.stop();
  });

  it('ignores boxes that are not the platform composer, and empty drafts', async () => {
    const { box, search } = page();
    const f = fakeHost();
    const lint = await startComposerLint(xAdapter, f.host);
    focusIn(search);
    expect(lint.active).toBeNull();
    focusIn(box);
    expect(lint.active?.editable).toBe(box);
    typeInto(box, '   ');
    await vi.advanceTimersByTimeAsync(200);
    expect(f.lints).toHaveLength(0);
    expect(badge()).toBeNull();
    f.stop();
  });

  it('adds nothing to the page in side-panel mode', async () => {
    const { box } = page();
    const f = fakeHost('sidepanel');
    await startComposerLint(xAdapter, f.host);
    focusIn(box);
    typeInto(box, 'Merci pour ton e-mail!!');
    await vi.advanceTimersByTimeAsync(200);
    expect(document.querySelector('cocktail-lint')).toBeNull();
    f.stop();
  });

  it('re-checks the draft on screen when the profile version changes, without typing', async () => {
    const { box } = page();
    const f = fakeHost('sidepanel');
    await startComposerLint(xAdapter, f.host);
    focusIn(box);
    typeInto(box, 'Merci pour ton e-mail!!');
    await vi.advanceTimersByTimeAsync(200);
    const before = f.lints.length;
    f.settings.onPageMode = { x: 'chips' };
    f.changeProfile();
    await vi.advanceTimersByTimeAsync(10);
    expect(f.lints.length).toBe(before + 1);
    expect(badge()?.textContent).toBe(String(f.replies.at(-1)!.length));
    f.stop();
  });
});

import { understand } from '../../../lib/understand';
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Panel, type PanelActions } from '../../../components/assistant/Panel';
import { buildPanelModel } from '../../../lib/page/panel-model';
import type { Suggestion } from '../../../lib/suggest/types';
import type { RawItem } from '../../../lib/platforms/types';

const hostile: RawItem = {
  platform: 'x', nativeId: '9', kind: 'comment',
  author: { name: '<img src=x onerror=alert(1)>Eve', url: 'javascript:alert(2)' },
  text: 'Froid "><svg onload=alert(3)>',
};
const sugg = (text: string, errors = 0, warnings = 0): Suggestion => ({
  text, templateId: text, title: text, language: 'fr', source: 'template', errors, warnings, why: [],
  problems: errors ? [{ ruleId: 'r', severity: 'error', messageKey: 'signature.missing', params: {}, start: 0, end: 1 }] : [],
});
const flush = () => new Promise((r) => setTimeout(r, 0));

function mount(actions: Partial<PanelActions>, item = hostile, suggestions: Suggestion[] | null = [sugg('Un'), sugg('Deux', 1), sugg('Trois', 0, 2)]) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const model = { ...buildPanelModel(item, understand(item.text)), suggestions };
  render(<Panel model={model} lang="fr" scheme="dark" actions={{ copy: async () => true, setState: async () => true, ...actions }} />, root);
  return root;
}

describe('the panel', () => {
  it('renders page strings as text and no javascript: link', () => {
    const root = mount({});
    expect(root.querySelectorAll('img, svg').length).toBe(0);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>Eve');
    expect(root.textContent).toContain('"><svg onload=alert(3)>');
    expect(root.querySelectorAll('a').length).toBe(0);
  });

  it('links the author only to an http(s) profile', () => {
    const root = mount({}, { ...hostile, author: { name: 'Eve', url: 'https://x.com/eve' } });
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://x.com/eve']);
  });

  it('shows each suggestion with its lint status and the problem in words', () => {
    const root = mount({});
    const items = [...root.querySelectorAll('[data-testid="assistant-suggestion"]')];
    expect(items.map((i) => i.getAttribute('data-lint'))).toEqual(['ok', 'error', 'warn']);
    expect(items[1].textContent).toContain('1 erreur(s), 0 avertissement(s)');
    expect(items[1].textContent).toContain('Signez la réponse');
  });

  it('offers Insert only when a page can take it, and says why an insertion failed', async () => {
    expect(mount({}).textContent).not.toContain('Insérer');
    const root = mount({ insert: async () => ({ ok: false, reason: 'no-composer' }) });
    (root.querySelector('button.ck-a-primary') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(root.querySelector('[data-testid="assistant-status"]')!.textContent).toBe(
      'L’insertion a échoué (la zone de réponse ne s’est pas ouverte). Utilisez « Copier ».',
    );
  });

  it('says suggestions are coming while they are made', () => {
    const root = mount({}, hostile, null);
    expect(root.querySelector('[data-testid="assistant-loading"]')).not.toBeNull();
  });

  it('a state click ticks the checklist only when the background recorded it', async () => {
    const refused = mount({ setState: async () => false });
    (refused.querySelector('[role="group"] button') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(refused.querySelector('[data-step="like"]')!.getAttribute('data-done')).toBe('false');
    const root = mount({ setState: async () => true });
    (root.querySelector('[role="group"] button') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(root.querySelector('[data-step="like"]')!.getAttribute('data-done')).toBe('true');
  });
});

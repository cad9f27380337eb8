import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RepliesSection } from '../../../components/replies-section/RepliesSection';
import { openDb } from '../../../lib/store/db';
import { putTemplate } from '../../../lib/store/library';
import { DEFAULT_TEMPLATES } from '../../../lib/suggest';
import type { Reply, UiMessage } from '../../../lib/messages';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const brand = { id: 'b1', name: 'Café Boréal', agent: 'M.-È.' };

async function mount(name: string, send: (m: UiMessage) => Promise<Reply>) {
  const db = await openDb({ name });
  await putTemplate(db, { id: 'own-1', brandId: 'b1', title: 'Heures', intents: ['question'], language: 'fr', platforms: [], text: 'Bonjour {author}, ouvert de 7 h à 18 h.', builtIn: false, updatedAt: '2026-01-01T00:00:00.000Z' });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<RepliesSection db={db} brand={brand} lang="fr" send={send} />, root));
  await vi.waitFor(() => expect(root.querySelectorAll('[role=option]').length).toBe(1 + DEFAULT_TEMPLATES.length));
  return db;
}

const submit = () => act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));

describe('the dashboard reply library', () => {
  it('lists the brand templates before the defaults and saves an edit through the background', async () => {
    const sent: UiMessage[] = [];
    await mount('replies-1', async (m) => (sent.push(m), { ok: true, data: null }));
    expect(root.querySelector('[role=option]')!.textContent).toContain('Heures');
    submit();
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe('Réponse enregistrée.'));
    expect(sent[0]).toMatchObject({ type: 'templates.save', template: { id: 'own-1', brandId: 'b1' } });
  });

  it('storage full keeps the text on screen and says what to do', async () => {
    await mount('replies-2', async () => ({ ok: false, error: 'storage-full' }));
    const text = root.querySelectorAll('textarea')[0];
    act(() => {
      text.value = 'Bonjour {author}, texte modifié.';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submit();
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toMatch(/stockage est plein/));
    expect(root.querySelectorAll('textarea')[0].value).toBe('Bonjour {author}, texte modifié.');
  });
});

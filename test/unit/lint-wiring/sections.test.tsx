import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftCheck } from '../../../components/draft-check/DraftCheck';
import { RulesSection } from '../../../components/rules-section/RulesSection';
import { defaultPack } from '../../../lib/guidelines';
import type { Reply, UiMessage } from '../../../lib/messages';
import { openDb, type Db } from '../../../lib/store/db';
import { putToneRules } from '../../../lib/store/library';

let root: HTMLElement;
let db: Db;
let n = 0;
const brand = { id: 'b1', name: 'Café Boréal', locale: 'fr-CA' as const };
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 20))));

beforeEach(async () => {
  db = await openDb({ name: `lint-wiring-${n++}` });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

function input(el: Element, value: string) {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))! as HTMLButtonElement;

describe('the dashboard rules section', () => {
  it('starts from the locale pack, saves the record through the background, and keeps edits when storage is full', async () => {
    const sent: UiMessage[] = [];
    let reply: Reply = { ok: false, error: 'storage-full' };
    const send = vi.fn(async (m: UiMessage) => (sent.push(m), reply));
    await act(async () => render(<RulesSection db={db} brand={brand} lang="fr" send={send} />, root));
    await flush();
    expect(root.textContent).toContain('modèle de départ « fr-CA »');
    act(() => button(/Ajouter un terme/).click());
    const rows = root.querySelectorAll('fieldset');
    const termsSet = [...rows].find((f) => f.querySelector('legend')?.textContent === 'Termes')!;
    const lastRow = [...termsSet.children].filter((c) => c.tagName === 'DIV').at(-1)!;
    const [kind] = lastRow.querySelectorAll('select');
    act(() => {
      (kind as HTMLSelectElement).value = 'banned';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => input(lastRow.querySelector('input[type="text"]')!, 'croissant'));
    await act(async () => button(/Enregistrer les règles/).click());
    await flush();
    expect(sent).toHaveLength(1);
    const saved = sent[0] as Extract<UiMessage, { type: 'rules.save' }>;
    expect(saved.rules).toMatchObject({ id: 'b1-rules', brandId: 'b1', pack: 'fr-CA' });
    expect((saved.rules as { rules: { terms: Array<{ term: string; kind: string }> } }).rules.terms.at(-1)).toMatchObject({ term: 'croissant', kind: 'banned' });
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Stockage plein/);
    expect((lastRow.querySelector('input[type="text"]') as HTMLInputElement).value).toBe('croissant');

    reply = { ok: true, data: true };
    await act(async () => button(/Enregistrer les règles/).click());
    await flush();
    expect(root.textContent).toContain('Règles enregistrées');
  });

  it('does not save invalid rules', async () => {
    const send = vi.fn(async () => ({ ok: true, data: true }) as Reply);
    await act(async () => render(<RulesSection db={db} brand={brand} lang="fr" send={send} />, root));
    await flush();
    act(() => button(/Ajouter un terme/).click()); // a discouraged term with no replacement: invalid
    expect(button(/Enregistrer les règles/).disabled).toBe(true);
    await act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(send).not.toHaveBeenCalled();
  });

  it('exports the stored record and refuses an invalid import without changing anything', async () => {
    const stored = { id: 'b1-rules', brandId: 'b1', pack: 'fr-CA' as const, rules: { ...defaultPack('fr-CA'), languages: ['fr' as const] }, updatedAt: '2026-11-01T00:00:00.000Z' };
    await putToneRules(db, stored);
    const files: Array<[string, string]> = [];
    await act(async () => render(<RulesSection db={db} brand={brand} lang="fr" download={(f, t) => files.push([f, t])} />, root));
    await flush();
    act(() => button(/Exporter/).click());
    expect(files[0][0]).toBe('cafe-boreal-regles-de-ton.json');
    expect(JSON.parse(files[0][1])).toEqual(stored);

    const fileInput = root.querySelector('input[type="file"]') as HTMLInputElement;
    const bad = new File([JSON.stringify({ ...stored, rules: { ...stored.rules, custom: [{ id: 'x', pattern: '(a|a)*b', message: 'm' }] } })], 'regles.json', { type: 'application/json' });
    Object.defineProperty(fileInput, 'files', { value: [bad], configurable: true });
    await act(async () => void fileInput.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/Fichier refusé, rien n’a changé/);
    expect(alert.textContent).toMatch(/custom\.0\.pattern/);
    act(() => button(/Exporter/).click());
    expect(JSON.parse(files[1][1])).toEqual(stored);
  });
});

describe('the popup draft check', () => {
  it('lints pasted text live for the chosen platform and applies a fix', async () => {
    await act(async () => render(<DraftCheck db={db} brand={brand} lang="fr" detectPlatform={async () => 'linkedin'} />, root));
    await flush();
    expect((root.querySelector('select') as HTMLSelectElement).value).toBe('linkedin');
    const area = root.querySelector('textarea')!;
    act(() => input(area, 'Voici notre infolettre par e-mail.'));
    expect(root.querySelector('ul')?.textContent).toContain('préférez « courriel »');
    act(() => button(/Corriger/).click());
    expect(area.value).toBe('Voici notre infolettre par courriel.');
  });
});

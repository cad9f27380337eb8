import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuarantinePanel, type QuarantinePanelProps } from '../../../components/data/QuarantinePanel';
import type { QuarantineEntry } from '../../../components/data/types';
import { brand } from '../backup/fixtures';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  delete (window as { __p?: unknown }).__p;
});
const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
});

const hostile = '<img src=x onerror=window.__p=1>';
const entries: QuarantineEntry[] = [
  { qid: 1, store: 'brands', key: 'bad', reason: 'name: Invalid input', at: '2026-04-01T10:00:00.000Z', json: JSON.stringify({ id: 'bad', name: hostile }, null, 2), truncated: false },
  { qid: 2, store: 'templates', key: 'huge', reason: 'text: Too big', at: '2026-04-01T10:00:00.000Z', json: '{"id":"huge","text":"xxxx', truncated: true },
];

function mount(over: Partial<QuarantinePanelProps> = {}) {
  const props: QuarantinePanelProps = {
    lang: 'fr',
    entries,
    onRepair: vi.fn(async () => ({ repaired: true as const })),
    onDelete: vi.fn(async () => ({ repaired: true as const })),
    onChanged: vi.fn(),
    onExport: vi.fn(async () => ({ fileName: 'f.json', text: '{}', bytes: 2, skipped: 0 })),
    saveFile: vi.fn(),
    maxJsonChars: 1_000_000,
    ...over,
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<QuarantinePanel {...props} />, root));
  return props;
}
const row = (qid: number) => root.querySelector<HTMLElement>(`[data-qid="${qid}"]`)!;
const button = (el: HTMLElement, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent === text);
const click = async (el: HTMLElement | undefined) => {
  if (!el) throw new Error('no such button');
  act(() => el.click());
  await flush();
};
const type = async (text: string) => {
  const ta = root.querySelector<HTMLTextAreaElement>('textarea')!;
  act(() => {
    ta.value = text;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
};

describe('the quarantine panel', () => {
  it('counts the records and shows reason and raw JSON as text, never as markup', () => {
    mount();
    expect(root.querySelector('[data-testid="quarantine-count"]')!.textContent).toBe('2 enregistrement(s) en quarantaine');
    expect(row(1).textContent).toContain('Raison : name: Invalid input');
    expect(row(1).querySelector('pre')!.textContent).toContain(hostile);
    expect(root.querySelector('img')).toBeNull();
    expect((window as { __p?: unknown }).__p).toBeUndefined();
  });

  it('a truncated record can be deleted, not edited', () => {
    mount();
    expect(button(row(2), 'Réparer')).toBeUndefined();
    expect(row(2).textContent).toContain('trop long pour être modifié');
    expect(button(row(1), 'Réparer')).toBeDefined();
  });

  it('a repair is parsed and checked against the record schema before it is sent', async () => {
    const props = mount();
    await click(button(row(1), 'Réparer'));
    await type('{"id": "bad", "name": ');
    await click(button(row(1), 'Remettre en place'));
    expect(row(1).querySelector('[role="alert"]')!.textContent).toMatch(/^Ce texte n’est pas du JSON valide/);
    await type('{"id": "bad", "name": 5}');
    await click(button(row(1), 'Remettre en place'));
    expect(row(1).querySelector('[role="alert"]')!.textContent).toMatch(/ne respecte pas encore son schéma : .*name/);
    expect(props.onRepair).not.toHaveBeenCalled();
    const fixed = JSON.stringify({ ...brand('bad'), name: 'Réparée' });
    await type(fixed);
    await click(button(row(1), 'Remettre en place'));
    expect(props.onRepair).toHaveBeenCalledWith(1, JSON.parse(fixed));
    expect(props.onChanged).toHaveBeenCalled();
    expect(root.textContent).toContain('Enregistrement réparé et remis en place.');
  });

  it('storage full on a repair keeps the edited JSON on screen and offers an export', async () => {
    const props = mount({
      onRepair: vi.fn(async () => {
        throw Object.assign(new DOMException('aborted', 'AbortError'), { cause: new DOMException('full', 'QuotaExceededError') });
      }),
    });
    await click(button(row(1), 'Réparer'));
    const fixed = JSON.stringify(brand('bad'));
    await type(fixed);
    await click(button(row(1), 'Remettre en place'));
    expect(root.querySelector('[data-testid="storage-full"]')!.textContent).toContain('rien n’a été enregistré, vos modifications sont toujours à l’écran');
    expect(root.querySelector('textarea')!.value).toBe(fixed);
    expect(props.onChanged).not.toHaveBeenCalled();
    await click(button(root.querySelector('[data-testid="storage-full"]')!, 'Exporter tout maintenant'));
    expect(props.onExport).toHaveBeenCalledWith({ scope: 'all', engagement: true, images: true });
    expect(props.saveFile).toHaveBeenCalledWith('f.json', '{}');
  });

  it('another failure says so and keeps the edit', async () => {
    mount({ onRepair: vi.fn(async () => { throw new Error('l’extension ne répond pas'); }) });
    await click(button(row(1), 'Réparer'));
    await type(JSON.stringify(brand('bad')));
    await click(button(row(1), 'Remettre en place'));
    expect(row(1).textContent).toContain('L’enregistrement a échoué : l’extension ne répond pas. Vos modifications sont toujours à l’écran.');
    expect(root.querySelector('textarea')).not.toBeNull();
  });

  it('delete asks first', async () => {
    const props = mount();
    await click(button(row(2), 'Supprimer'));
    expect(props.onDelete).not.toHaveBeenCalled();
    await click(button(row(2), 'Oui, supprimer'));
    expect(props.onDelete).toHaveBeenCalledWith(2);
    expect(root.textContent).toContain('Enregistrement supprimé.');
  });

  it('English too', () => {
    mount({ lang: 'en', entries: [] });
    expect(root.querySelector('[data-testid="quarantine-count"]')!.textContent).toBe('No record in quarantine.');
  });
});

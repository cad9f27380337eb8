import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ImportScreen } from '../../../components/calendar-section/ImportScreen';
import { splitToday } from '../../../components/today/today-posts';
import type { CalendarPost } from '../../../lib/store/schemas/post';
import { post } from '../calendar/helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

// "é" is 0xE9 and "’" is 0x92 in Windows-1252: invalid UTF-8, as an old French Excel saves it.
const CSV = 'Date;Réseau;Texte\r\n10/03/2026 09:30;LinkedIn;Caf\xe9 d\x92ici\r\n11/03/2026;Myspace;Non\r\n12/03/2026;X;Oui\r\n';
const bytes = Uint8Array.from(CSV, (c) => c.charCodeAt(0));

async function pick(el: HTMLElement) {
  const input = el.querySelector<HTMLInputElement>('#ck-import-file')!;
  const file = new File([bytes], 'cal.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

function mount(importPosts: (p: CalendarPost[]) => Promise<string | null>, onDone = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  let n = 0;
  act(() =>
    render(<ImportScreen brandId="b1" lang="en" timeZone="America/Toronto" now={() => '2026-03-01T00:00:00.000Z'} newId={() => `n${++n}`} importPosts={importPosts} onDone={onDone} />, root),
  );
  return { el: root, onDone };
}

const button = (el: HTMLElement, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('CSV import screen', () => {
  it('decodes, suggests the mapping, previews, lists the bad row with its line, imports the good rows once', async () => {
    const importPosts = vi.fn(async () => null);
    const { el, onDone } = mount(importPosts);
    await pick(el);
    expect(el.querySelector('[data-testid="import-file-info"]')!.textContent).toBe('3 data row(s), Windows-1252 encoding, semicolon delimiter.');
    expect([...el.querySelectorAll('select')].map((s) => s.value)).toEqual(['date', 'platforms', 'text']);
    expect(el.querySelector('.ck-calsec-preview tbody')!.textContent).toContain('Café d’ici');
    expect([...el.querySelectorAll('[data-testid="import-errors"] li')].map((l) => l.textContent)).toEqual(['Line 3: unknown platform: "Myspace".']);
    await act(async () => button(el, 'Import the 2 good rows').click());
    expect(importPosts).toHaveBeenCalledTimes(1);
    const posts = (importPosts.mock.calls[0] as unknown as [CalendarPost[]])[0];
    expect(posts.map((p) => [p.text, p.platforms, p.date])).toEqual([
      ['Café d’ici', ['linkedin'], '2026-03-10T13:30:00.000Z'],
      ['Oui', ['x'], '2026-03-12T13:00:00.000Z'],
    ]);
    expect(onDone).toHaveBeenCalledWith(2);
  });

  it('a remapped column changes the result; "Import nothing" writes nothing', async () => {
    const importPosts = vi.fn(async () => null);
    const { el, onDone } = mount(importPosts);
    await pick(el);
    const platforms = el.querySelector<HTMLSelectElement>('#ck-map-1')!;
    await act(async () => {
      platforms.value = '';
      platforms.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(el.querySelector('[data-testid="import-errors"]')).toBeNull();
    expect(button(el, 'Import the 3 good rows')).toBeTruthy();
    await act(async () => button(el, 'Import nothing').click());
    expect(importPosts).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalledWith(0);
  });

  it('a refused write says so and keeps the report on screen', async () => {
    const { el, onDone } = mount(async () => 'storage-full');
    await pick(el);
    await act(async () => button(el, 'Import the 2 good rows').click());
    expect(el.querySelector('[data-testid="import-outcome"]')!.textContent).toBe('Import refused, nothing was written (storage-full).');
    expect(onDone).not.toHaveBeenCalled();
    expect(button(el, 'Import the 2 good rows')).toBeTruthy();
  });
});

describe('today and overdue', () => {
  it('splits on the viewer day: ideas never, published never overdue, drafts and scheduled late ones are', () => {
    const now = '2026-03-10T15:00:00.000Z'; // 11:00 in Toronto
    const list = [
      post({ id: 'today-late-evening', date: '2026-03-11T03:00:00.000Z' }), // 23:00 on the 10th in Toronto
      post({ id: 'yesterday-draft', date: '2026-03-09T15:00:00.000Z', status: 'draft' }),
      post({ id: 'yesterday-published', date: '2026-03-09T15:00:00.000Z', status: 'published' }),
      post({ id: 'today-idea', date: '2026-03-10T16:00:00.000Z', status: 'idea' }),
      post({ id: 'tomorrow', date: '2026-03-11T15:00:00.000Z' }),
    ];
    const r = splitToday(list, now, 'America/Toronto');
    expect(r.today.map((p) => p.id)).toEqual(['today-late-evening']);
    expect(r.overdue.map((p) => p.id)).toEqual(['yesterday-draft']);
  });
});

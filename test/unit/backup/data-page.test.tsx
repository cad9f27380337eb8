import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPage, type DataPageProps } from '../../../components/data/DataPage';
import { diffImport } from '../../../lib/store/backup/diff';
import { checkImport } from '../../../lib/store/backup/validate';
import { MAX_IMPORT_BYTES } from '../../../lib/store/backup/format';
import type { BackupMeta } from '../../../lib/store/backup/apply';
import { brand, sampleKit } from './fixtures';
import { exportText } from './helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
});

const backups: BackupMeta[] = [
  { id: 'bk2', createdAt: '2026-03-05T15:00:00.000Z', reason: 'import', stores: ['brands', 'templates'], counts: { brands: 2, templates: 3 } },
  { id: 'bk1', createdAt: '2026-03-01T15:00:00.000Z', reason: 'manual', stores: ['brands'], counts: { brands: 1 } },
];

/** A page wired to the real checks and diff against sampleKit, with spies for what the background would do. */
function mount(over: Partial<DataPageProps> = {}) {
  const saved: Array<[string, string]> = [];
  const props: DataPageProps = {
    lang: 'fr',
    brands: [{ id: 'b1', name: 'Café b1' }, { id: 'b2', name: 'Boulangerie' }],
    backups,
    onExport: vi.fn(async (req) => ({ fileName: 'cocktail-backup-2026-04-01.json', text: await exportText(sampleKit(), req), bytes: 2_400_000, skipped: 0 })),
    onPreview: vi.fn(async (bytes, mode) => {
      const r = checkImport(bytes);
      return r.ok ? { ok: true as const, preview: await diffImport(sampleKit(), r.kit, mode) } : r;
    }),
    onImport: vi.fn(async () => ({ ok: true as const, result: { backupId: 'bk3', written: 13, deleted: 0 } })),
    onRestore: vi.fn(async () => {}),
    saveFile: (name, text) => void saved.push([name, text]),
    ...over,
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<DataPage {...props} />, root));
  return { props, saved };
}

const button = (text: string) => {
  const b = [...root.querySelectorAll('button')].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button ${text}: ${[...root.querySelectorAll('button')].map((x) => x.textContent).join(' | ')}`);
  return b;
};
const click = (el: HTMLElement) => act(() => el.click());

async function chooseFile(content: string | { size: number }) {
  const input = root.querySelector<HTMLInputElement>('#data-import-file')!;
  const file =
    typeof content === 'string'
      ? new File([content], 'kit.json', { type: 'application/json' })
      : ({ size: content.size, name: 'huge.json', arrayBuffer: vi.fn() } as unknown as File);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
  return file;
}

describe('DataPage export', () => {
  it('exports everything by default, with the log and images, and saves the file', async () => {
    const { props, saved } = mount();
    await click(button('Exporter'));
    await flush();
    expect(props.onExport).toHaveBeenCalledWith({ scope: 'all', engagement: true, images: true });
    expect(saved[0][0]).toBe('cocktail-backup-2026-04-01.json');
    expect(root.querySelector('[role=status]')!.textContent).toContain('« cocktail-backup-2026-04-01.json » prêt (2,3 Mo)');
  });

  it('exports one brand\'s kit without the log or images', async () => {
    const { props } = mount();
    const radios = root.querySelectorAll<HTMLInputElement>('input[name=export-scope]');
    await click(radios[1]);
    const select = root.querySelector<HTMLSelectElement>('#data-export-brand')!;
    await act(() => {
      select.value = 'b2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    await click(boxes[0]);
    await click(boxes[1]);
    await click(button('Exporter'));
    await flush();
    expect(props.onExport).toHaveBeenCalledWith({ scope: { brandId: 'b2' }, engagement: false, images: false });
  });

  it('warns when the file is too big to be imported again', async () => {
    mount({ onExport: async () => ({ fileName: 'f.json', text: '{}', bytes: MAX_IMPORT_BYTES + 1, skipped: 2 }) });
    await click(button('Exporter'));
    await flush();
    const status = root.querySelector('[role=status]')!.textContent!;
    expect(status).toContain('dépasse la limite d’importation de 64 Mo');
    expect(status).toContain('2 enregistrement(s) illisible(s)');
  });
});

describe('DataPage import', () => {
  it('shows the preview of a file, then imports the same bytes on confirm', async () => {
    const { props } = mount();
    const kit = sampleKit();
    kit.brands[0] = brand('b1', { mission: 'Nouvelle mission <img src=x onerror=window.__p=1>' });
    await chooseFile(await exportText(kit));
    expect(props.onPreview).toHaveBeenCalledTimes(1);
    expect(props.onImport).not.toHaveBeenCalled();
    const preview = root.querySelector('[data-testid=import-preview]')!;
    const brandsRow = [...preview.querySelectorAll('tr[data-store=brands] td')].map((td) => td.textContent);
    expect(brandsRow).toEqual(['0', '1', '1', '0']);
    expect(preview.textContent).toContain('Nouvelle mission <img src=x onerror=window.__p=1>');
    expect(preview.querySelector('img')).toBeNull();
    expect((window as { __p?: unknown }).__p).toBeUndefined();
    await click(button('Importer'));
    await flush();
    const [bytes, mode] = (props.onImport as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(mode).toBe('merge');
    expect(bytes).toEqual((props.onPreview as ReturnType<typeof vi.fn>).mock.calls[0][0]);
    expect(root.querySelector('[role=status]')!.textContent).toContain('13 enregistrement(s) écrit(s)');
  });

  it('re-checks in replace mode and names the column "Supprimés"', async () => {
    const { props } = mount();
    await chooseFile(await exportText({ ...sampleKit(), posts: [] }));
    await click(root.querySelectorAll<HTMLInputElement>('input[name=import-mode]')[1]);
    await flush();
    expect((props.onPreview as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[1])).toEqual(['merge', 'replace']);
    expect(root.querySelector('thead')!.textContent).toContain('Supprimés');
    expect([...root.querySelectorAll('tr[data-store=posts] td')].map((td) => td.textContent)).toEqual(['0', '0', '0', '2']);
  });

  it('lists the reasons of a refused file, in the user\'s language, and never imports it', async () => {
    const { props } = mount({ lang: 'en' });
    const text = (await exportText(sampleKit())).replace('"schemaVersion": 1', '"schemaVersion": 9');
    await chooseFile(text);
    const alert = root.querySelector('[data-testid=import-refused]')!;
    expect(alert.textContent).toContain('File refused; nothing was changed.');
    expect(alert.textContent).toContain('This file comes from a newer Cocktail (format 9; this version reads up to format 1)');
    expect(root.querySelector('[data-testid=import-preview]')).toBeNull();
    expect(props.onImport).not.toHaveBeenCalled();
  });

  it('refuses an oversized file from its size alone, without reading it', async () => {
    const { props } = mount();
    const file = await chooseFile({ size: MAX_IMPORT_BYTES + 1 });
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(props.onPreview).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid=import-refused]')!.textContent).toContain('la limite est de 64 Mo');
  });

  it('storage full (AbortError wrapping QuotaExceededError): says so, keeps the preview, offers the export', async () => {
    const abort = Object.assign(new DOMException('Transaction aborted', 'AbortError'), {
      cause: new DOMException('quota', 'QuotaExceededError'),
    });
    const { props, saved } = mount({ onImport: vi.fn(async () => Promise.reject(abort)) });
    await chooseFile(await exportText(sampleKit()));
    await click(button('Importer'));
    await flush();
    expect(root.querySelector('[data-testid=storage-full]')!.textContent).toContain('L’espace de stockage est plein');
    expect(root.querySelector('[data-testid=import-preview]')).not.toBeNull();
    await click(button('Exporter tout maintenant'));
    await flush();
    expect(props.onExport).toHaveBeenLastCalledWith({ scope: 'all', engagement: true, images: true });
    expect(saved).toHaveLength(1);
  });

  it('loads a team kit from an https address only', async () => {
    const text = await exportText(sampleKit(), { scope: { brandId: 'b1' }, engagement: false });
    const onFetchUrl = vi.fn(async () => new TextEncoder().encode(text));
    const { props } = mount({ onFetchUrl });
    const input = root.querySelector<HTMLInputElement>('#data-import-url')!;
    const submit = async (value: string) => {
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => {
        input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await flush();
    };
    await submit('http://team.example/kit.json');
    expect(onFetchUrl).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Seules les adresses https:// sont acceptées.');
    await submit('https://team.example/kit.json');
    expect(onFetchUrl).toHaveBeenCalledWith('https://team.example/kit.json');
    expect(props.onPreview).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid=import-preview]')!.textContent).toContain('Trousse de la marque « Café b1 »');
  });
});

describe('DataPage backups', () => {
  it('lists backups newest first and restores one after a confirmation', async () => {
    const { props } = mount();
    const items = root.querySelectorAll('[data-backup]');
    expect([...items].map((li) => li.getAttribute('data-backup'))).toEqual(['bk2', 'bk1']);
    expect(items[0].textContent).toContain('avant une importation');
    expect(items[0].textContent).toContain('Marques 2 · Réponses types 3');
    await click(items[1].querySelector('button')!);
    expect(props.onRestore).not.toHaveBeenCalled();
    await click(button('Oui, restaurer'));
    await flush();
    expect(props.onRestore).toHaveBeenCalledWith('bk1');
    expect(root.querySelector('[role=status]')!.textContent).toMatch(/^Données du .+ restaurées\.$/);
  });

  it('a restore that fails says nothing was changed', async () => {
    mount({ onRestore: async () => Promise.reject(new Error('disk error')) });
    await click(root.querySelector<HTMLElement>('[data-backup=bk2] button')!);
    await click(button('Oui, restaurer'));
    await flush();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('La restauration a échoué et rien n’a été modifié : disk error');
  });
});

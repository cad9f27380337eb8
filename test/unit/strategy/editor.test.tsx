import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrategyEditor } from '../../../components/strategy/StrategyEditor';
import { startingBrand } from '../../../lib/strategy/starting-points';
import type { Brand } from '../../../lib/store/schemas/brand';
import type { Reply } from '../../../lib/messages';

const NOW = new Date('2026-11-15T12:00:00Z');
const brand = startingBrand({ name: 'Atelier Nord', audience: 'b2c', locale: 'fr-CA', platforms: ['instagram', 'facebook'] }, NOW, 't');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const $ = <T extends Element = HTMLInputElement>(sel: string) => root.querySelector<T>(sel)!;

async function type(sel: string, value: string) {
  const el = $(sel);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(el: Element) {
  await act(() => (el as HTMLElement).click());
}
async function submit() {
  await act(() => {
    $<HTMLFormElement>('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
}

async function mount(lang: 'fr' | 'en', replies: Reply[] = [{ ok: true, data: null }]) {
  const saved: Brand[] = [];
  const save = async (b: Brand) => {
    saved.push(b);
    return replies.shift() ?? { ok: true, data: null };
  };
  await act(() => render(<StrategyEditor brand={brand} lang={lang} save={save} now={() => NOW} />, root));
  return saved;
}

describe('strategy editor', () => {
  it('shows the starting point, every part with its fields', async () => {
    await mount('fr');
    expect($('#f-name').value).toBe('Atelier Nord');
    expect(root.querySelectorAll('.ck-objective')).toHaveLength(3);
    expect([...root.querySelectorAll('.ck-role legend')].map((l) => l.textContent)).toEqual(['Facebook', 'Instagram']);
    expect($('#f-objectives-0-target').value).toBe('2');
    for (const id of ['identity', 'audiences', 'objectives', 'platforms']) expect(root.querySelector(`#${id}-title`)).not.toBeNull();
  });

  it('refuses a bad form with each error next to its field, in French, and keeps what was typed', async () => {
    const saved = await mount('fr');
    await type('#f-name', '   ');
    await type('#f-objectives-0-target', 'deux heures');
    await type('#f-platformRoles-instagram-cadencePerWeek', '500');
    await submit();
    expect(saved).toHaveLength(0);
    const errorOf = (id: string) => {
      const input = $(`#${id}`);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const err = root.querySelector(`#${id}-error`)!;
      expect(input.getAttribute('aria-describedby')).toContain(`${id}-error`);
      // right under its own field
      expect(input.closest('.ck-field')!.contains(err)).toBe(true);
      return err.textContent;
    };
    expect(errorOf('f-name')).toBe('Ce champ est obligatoire.');
    expect(errorOf('f-objectives-0-target')).toBe('Entrez un nombre, par exemple 2 ou 2,5.');
    expect(errorOf('f-platformRoles-instagram-cadencePerWeek')).toBe('La valeur doit être d’au plus 200.');
    expect(root.querySelector('#strategy-status')!.textContent).toMatch(/3 champ\(s\) à corriger/);
    // Nothing typed is lost.
    expect($('#f-objectives-0-target').value).toBe('deux heures');
    expect($('#f-platformRoles-instagram-cadencePerWeek').value).toBe('500');
    // Focus goes to the first field to fix.
    expect(document.activeElement?.id).toBe('f-name');
  });

  it('errors are in English for an English user', async () => {
    await mount('en');
    await type('#f-objectives-0-statement', '');
    await submit();
    expect(root.querySelector('#f-objectives-0-statement-error')!.textContent).toBe('This field is required.');
  });

  it('a value with a description but no name is an error; a blank row is dropped; French decimals are read', async () => {
    const saved = await mount('fr');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '+ Ajouter une valeur')!);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '+ Ajouter une valeur')!);
    await type('#f-values-3-howItShows', 'On le montre');
    await type('#f-objectives-0-target', '1,5');
    await submit();
    expect(saved).toHaveLength(0);
    expect(root.querySelector('#f-values-3-name-error')!.textContent).toBe('Ce champ est obligatoire.');
    await type('#f-values-3-name', 'Audace');
    await submit();
    expect(saved).toHaveLength(1);
    expect(saved[0].values.map((v) => v.name)).toEqual(['Accueil', 'Proximité', 'Transparence', 'Audace']);
    expect(saved[0].objectives[0].target).toBe(1.5);
    expect(saved[0].updatedAt).toBe(NOW.toISOString());
    expect(root.querySelector('#strategy-status')!.textContent).toBe('Enregistré.');
  });

  it('storage full: says so, offers the export, and the form stays as typed', async () => {
    const saved = await mount('fr', [{ ok: false, error: 'storage-full' }]);
    await type('#f-mission', 'Une mission écrite avec soin');
    await type('#f-platformRoles-facebook-why', 'Parler au quartier');
    await submit();
    expect(saved).toHaveLength(1);
    const status = root.querySelector('#strategy-status')!;
    expect(status.textContent).toMatch(/L’espace de stockage est plein/);
    expect(status.querySelector('a')!.getAttribute('href')).toBe('#data');
    expect($<HTMLTextAreaElement>('#f-mission').value).toBe('Une mission écrite avec soin');
    expect($('#f-platformRoles-facebook-why').value).toBe('Parler au quartier');
    // Retry once space is freed: the same text is saved.
    await submit();
    expect(saved[1].mission).toBe('Une mission écrite avec soin');
    expect(saved[1].platformRoles.facebook!.why).toBe('Parler au quartier');
  });

  it('any other failure keeps the form too and names the reason', async () => {
    await mount('en', [{ ok: false, error: 'no-reply' }]);
    await type('#f-vision', 'Be the best');
    await submit();
    expect(root.querySelector('#strategy-status')!.textContent).toBe('Saving failed (no-reply). Your changes are still on screen.');
    expect($<HTMLTextAreaElement>('#f-vision').value).toBe('Be the best');
  });

  it('adds an objective and a platform, removes a key message, and saves them', async () => {
    const saved = await mount('en');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '+ Add a numeric objective')!);
    await type('#f-objectives-3-statement', 'Median reply time on LinkedIn under 2 h by March');
    await type('#f-objectives-3-metric', 'Median reply time (hours)');
    await type('#f-objectives-3-target', '2');
    await type('#f-objectives-3-baseline', '6');
    await act(() => {
      const box = $('#f-objectives-3-platforms-linkedin');
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      const sel = $<HTMLSelectElement>('#platform-to-add');
      sel.value = 'linkedin';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '+ Add the platform')!);
    await type('#f-platformRoles-linkedin-why', 'Show our expertise');
    await type('#f-platformRoles-linkedin-cadencePerWeek', '2');
    await click(root.querySelector('[aria-label="Remove: Key message 1"]')!);
    await submit();
    const b = saved[0];
    expect(b.objectives[3]).toMatchObject({ kind: 'quantitative', metric: 'Median reply time (hours)', target: 2, baseline: 6, platforms: ['linkedin'] });
    expect(b.platformRoles.linkedin).toMatchObject({ why: 'Show our expertise', cadencePerWeek: 2, stage: 'listen' });
    expect(b.keyMessages).toEqual(brand.keyMessages.slice(1));
  });

  it('every input has a label', async () => {
    await mount('fr');
    for (const el of root.querySelectorAll('input, select, textarea')) {
      const labelled = el.getAttribute('aria-label') || (el.id && root.querySelector(`label[for="${el.id}"]`)) || el.closest('label');
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});

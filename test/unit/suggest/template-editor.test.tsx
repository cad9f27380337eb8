import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateEditor } from '../../../components/suggest/TemplateEditor';
import type { ReplyTemplate } from '../../../lib/store/schemas/template';
import { DEFAULT_TEMPLATES } from '../../../lib/suggest';

const own: ReplyTemplate = {
  id: 'own-1', brandId: 'b1', title: 'Heures d’ouverture', intents: ['question'], language: 'fr', platforms: [],
  text: 'Bonjour {author}, on est ouverts de 7 h à 19 h. {agent}', tuText: 'Salut {author}, on est ouverts de 7 h à 19 h. {agent}',
  builtIn: false, updatedAt: '2026-01-01T00:00:00.000Z',
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(props: Partial<Parameters<typeof TemplateEditor>[0]> = {}) {
  const saved: ReplyTemplate[] = [];
  const deleted: string[] = [];
  root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <TemplateEditor templates={[own, ...DEFAULT_TEMPLATES.slice(0, 6)]} onSave={(t) => saved.push(t)} onDelete={(id) => deleted.push(id)} lang="fr" brandId="b1" brandName="Café Lune" agent="Julie" now={() => '2026-02-01T10:00:00.000Z'} newId={() => 'new-1'} {...props} />,
      root,
    );
  });
  return { saved, deleted };
}

const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('TemplateEditor', () => {
  it('lists and searches templates, accents ignored', () => {
    mount();
    expect(root.querySelectorAll('[role=option]').length).toBe(7);
    type(root.querySelector('input[type=search]')!, 'ouverture');
    const options = root.querySelectorAll('[role=option]');
    expect(options.length).toBe(1);
    expect(options[0].textContent).toContain('Heures d’ouverture');
    type(root.querySelector('input[type=search]')!, 'zzzz');
    expect(root.querySelector('[role=status]')!.textContent).toBe('Aucun modèle ne correspond.');
  });

  it('previews both variants on the sample comment, live as the text changes', () => {
    mount();
    expect(root.querySelector('[data-testid=preview-vous]')!.textContent).toContain('Bonjour Marie, on est ouverts de 7 h à 19 h. – Julie');
    expect(root.querySelector('[data-testid=preview-tu]')!.textContent).toContain('Salut Marie');
    type(root.querySelectorAll('textarea')[0], 'Merci {author} de la part de {brand}.');
    expect(root.querySelector('[data-testid=preview-vous]')!.textContent).toContain('Merci Marie de la part de Café Lune.');
  });

  it('saves an edited template with a fresh date, and deletes the brand own template', () => {
    const { saved, deleted } = mount();
    type(root.querySelector('form input:not([type])') as HTMLInputElement, 'Horaire');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: 'own-1', title: 'Horaire', updatedAt: '2026-02-01T10:00:00.000Z' });
    const del = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Supprimer')!;
    act(() => del.click());
    expect(deleted).toEqual(['own-1']);
  });

  it('refuses an invalid template with a message and does not save', () => {
    const { saved } = mount();
    type(root.querySelectorAll('textarea')[0], '');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(saved).toHaveLength(0);
    expect(root.querySelector('[role=alert]')!.textContent).toMatch(/n’est pas valide/);
  });

  it('copies a default template for the brand instead of editing it, in English too', () => {
    const { saved } = mount({ lang: 'en', templates: DEFAULT_TEMPLATES.filter((t) => t.language === 'en').slice(0, 2) });
    expect(root.querySelector('h2')!.textContent).toBe('Reply library');
    expect(root.querySelector('.note')!.textContent).toMatch(/copy/);
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(saved[0]).toMatchObject({ id: 'new-1', builtIn: false, brandId: 'b1' });
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Delete')).toBe(false);
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LintBadge } from '../../../components/guidelines/LintBadge';
import { LintList } from '../../../components/guidelines/LintList';
import { RulesEditor } from '../../../components/guidelines/RulesEditor';
import { compileRules, defaultPack, lint, type Problem, type ToneRules } from '../../../lib/guidelines';

let root: HTMLElement;
function mount(vnode: preact.VNode) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = "Merci pour ton e-mail!!! <b>gras</b>";
const problems = lint(text, { platform: 'x', kind: 'reply', language: 'fr' }, compileRules(defaultPack('fr-CA')));

function type(el: Element, value: string) {
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function choose(el: Element, value: string) {
  act(() => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const byLabel = (r: HTMLElement, label: string) => {
  const l = [...r.querySelectorAll('label')].find((x) => x.textContent === label);
  if (!l) throw new Error(`no label ${label}`);
  return r.querySelector(`#${CSS.escape(l.htmlFor)}`)!;
};

describe('LintBadge', () => {
  it('shows the count with an accessible label in both languages', () => {
    const r = mount(<LintBadge problems={problems} lang="fr" />);
    expect(r.textContent).toBe(String(problems.length));
    expect(r.firstElementChild!.getAttribute('aria-label')).toBe(`${problems.length} problème(s) de ton`);
    act(() => render(<LintBadge problems={[]} lang="en" onClick={() => {}} />, r));
    expect(r.querySelector('button')!.getAttribute('aria-label')).toBe('No tone problems');
  });
});

describe('LintList', () => {
  it('lists reasons as text and calls onFix with the problem', () => {
    const onFix = vi.fn();
    const r = mount(<LintList problems={problems} text={text} lang="fr" onFix={onFix} />);
    expect(r.querySelectorAll('li')).toHaveLength(problems.length);
    expect(r.textContent).toContain('préférez « courriel »');
    expect(r.querySelector('b')).toBeNull();
    const buttons = [...r.querySelectorAll('button')];
    expect(buttons.length).toBe(problems.filter((p) => p.fix).length);
    act(() => buttons[0].click());
    expect(onFix).toHaveBeenCalledWith(problems.filter((p) => p.fix)[0]);
  });
  it('says so when there is nothing to fix', () => {
    expect(mount(<LintList problems={[] as Problem[]} text="" lang="en" />).textContent).toMatch(/Nothing to report/);
  });
});

describe('RulesEditor', () => {
  const start = (): ToneRules => ({ ...defaultPack('fr-CA'), formality: { ...defaultPack('fr-CA').formality, value: 'either' } });

  it('updates the live preview as a rule changes', () => {
    const r = mount(<RulesEditor initial={start()} lang="fr" onSave={() => {}} sampleText="Merci pour ton message." />);
    const count = () => Number(r.querySelector('#ck-preview-title [role=status]')!.textContent);
    const before = count();
    choose(r.querySelector('fieldset select')!.closest('form')!.querySelectorAll('fieldset')[1].querySelector('select')!, 'vous');
    expect(count()).toBe(before + 1);
    expect(r.textContent).toContain('Tutoiement');
  });

  it('shows an unsafe pattern error beside the field, keeps what was typed and does not save', () => {
    const onSave = vi.fn();
    const r = mount(<RulesEditor initial={start()} lang="en" onSave={onSave} />);
    act(() => [...r.querySelectorAll('button')].find((b) => b.textContent === 'Add a pattern')!.click());
    const pattern = byLabel(r, 'Pattern (regular expression)');
    type(pattern, '(a+)+$');
    type(byLabel(r, 'Message shown'), 'no');
    expect((pattern as HTMLInputElement).value).toBe('(a+)+$');
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(pattern.getAttribute('aria-describedby')!)!.textContent).toMatch(/exponential time/);
    const save = [...r.querySelectorAll('button')].find((b) => b.textContent === 'Save rules')! as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    act(() => {
      r.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSave).not.toHaveBeenCalled();
    type(pattern, 'promo\\d+');
    expect(save.disabled).toBe(false);
    act(() => save.click());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].custom.at(-1).pattern).toBe('promo\\d+');
  });

  it('keeps list text as typed and an unreadable number as typed', () => {
    const r = mount(<RulesEditor initial={start()} lang="en" onSave={() => {}} />);
    const allow = byLabel(r, 'Allowed acronyms (comma separated)');
    type(allow, 'FAQ, PME, ');
    expect((allow as HTMLInputElement).value).toBe('FAQ, PME, ');
    const max = r.querySelectorAll('fieldset')[4].querySelector('input[inputmode=numeric]') as HTMLInputElement;
    type(max, '3x');
    expect(max.value).toBe('3x');
    expect(max.getAttribute('aria-invalid')).toBe('true');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyFixInEditor } from '../../../lib/page/lint-fix';

const textarea = (value: string) => {
  const ta = document.createElement('textarea');
  ta.value = value;
  document.body.append(ta);
  return ta;
};

describe('a lint fix applied in the editor', () => {
  it('replaces exactly the span in a textarea and says which path worked', async () => {
    const ta = textarea('Merci pour ton e-mail!');
    const out = await applyFixInEditor(ta, 'textarea', ta.value, { start: 15, end: 21, replacement: 'courriel' }, { timeoutMs: 200 });
    expect(out.ok).toBe(true);
    expect(ta.value).toBe('Merci pour ton courriel!');
  });

  it('refuses a fix computed on text the person has changed since', async () => {
    const ta = textarea('Merci pour ton e-mail!');
    const out = await applyFixInEditor(ta, 'textarea', 'Merci pour ton e-mail', { start: 15, end: 21, replacement: 'courriel' });
    expect(out).toEqual({ ok: false, reason: 'stale' });
    expect(ta.value).toBe('Merci pour ton e-mail!');
  });

  it('says so when the editor takes none of the strategies', async () => {
    const ta = textarea('Merci pour ton e-mail!');
    // A page that swallows every change to its box.
    const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.setPrototypeOf(ta, Object.create(HTMLTextAreaElement.prototype, { value: { get() { return value.get!.call(this); }, set() {} } }));
    const out = await applyFixInEditor(ta, 'textarea', 'Merci pour ton e-mail!', { start: 15, end: 21, replacement: 'courriel' }, { timeoutMs: 100 });
    expect(out).toEqual({ ok: false, reason: 'unchanged' });
    expect(ta.value).toBe('Merci pour ton e-mail!');
  });

  it('refuses a box that is gone', async () => {
    const ta = textarea('x');
    ta.remove();
    expect(await applyFixInEditor(ta, 'textarea', 'x', { start: 0, end: 1, replacement: 'y' })).toEqual({ ok: false, reason: 'not-editable' });
  });
});

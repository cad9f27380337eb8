// The strategy sequence with stand-in editors: what runs after what, and what never runs twice.
import { afterEach, expect, test, vi } from 'vitest';
import { insertText } from '../../../lib/page/insert/insert';

afterEach(() => document.body.replaceChildren());

function editor(onPaste: (box: HTMLElement, text: string) => void): HTMLElement {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.className = 'ProseMirror';
  box.addEventListener('paste', (e) => {
    e.preventDefault();
    onPaste(box, (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  });
  document.body.append(box);
  return box;
}

const fast = { timeoutMs: 150, quietMs: 10 };

test('a handled paste is verified and nothing else runs', async () => {
  const box = editor((b, t) => b.append(t));
  const mainWorld = vi.fn();
  const result = await insertText(box, 'Merci', { ...fast, mainWorld });
  expect(result).toMatchObject({ ok: true, kind: 'prosemirror', strategy: 'paste' });
  expect(box.textContent).toBe('Merci');
  expect(mainWorld).not.toHaveBeenCalled();
});

test('a paste that doubles the text is reported, and no other strategy runs on top', async () => {
  const box = editor((b, t) => b.append(t + t));
  const mainWorld = vi.fn();
  const exec = vi.fn(() => true); // happy-dom has no execCommand: a stand-in that records calls
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  try {
    const result = await insertText(box, 'Merci', { ...fast, mainWorld });
    expect(result).toMatchObject({ ok: false, strategy: 'paste', reason: 'duplicated' });
    expect(exec).not.toHaveBeenCalled();
    expect(mainWorld).not.toHaveBeenCalled();
  } finally {
    delete (document as unknown as Record<string, unknown>).execCommand;
  }
});

test('an editor that ignores the isolated world gets one request to the main world', async () => {
  const box = editor(() => {});
  const mainWorld = vi.fn((el: HTMLElement, text: string) => el.append(text));
  const result = await insertText(box, 'Allo', { ...fast, mainWorld });
  expect(mainWorld).toHaveBeenCalledTimes(1);
  expect(result).toMatchObject({ ok: true, strategy: 'main-world' });
});

test('unchanged everywhere is a clear failure', async () => {
  const box = editor(() => {});
  const result = await insertText(box, 'Allo', { ...fast, strategies: ['paste'] });
  expect(result).toMatchObject({ ok: false, reason: 'unchanged' });
});

test('a textarea gets the text at its caret through the value setter when the command is missing', async () => {
  const field = document.createElement('textarea');
  field.value = 'Bonjour monde';
  document.body.append(field);
  field.setSelectionRange(8, 8);
  const onInput = vi.fn();
  field.addEventListener('input', onInput);
  const result = await insertText(field, 'le ', { ...fast, strategies: ['textarea-value'] });
  expect(result).toMatchObject({ ok: true, strategy: 'textarea-value' });
  expect(field.value).toBe('Bonjour le monde');
  expect(onInput).toHaveBeenCalled();
});

test('not an editor', async () => {
  const div = document.createElement('div');
  document.body.append(div);
  expect(await insertText(div, 'x')).toMatchObject({ ok: false, reason: 'not-editable' });
});

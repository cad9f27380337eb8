// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readComposer } from '../../../lib/page/lint-text';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  // Test markup is our own constant, not page text.
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** Every span maps back to the DOM: the range between the two located points reads the same characters. */
function expectSpansMapBack(el: HTMLElement) {
  const { text, locate } = readComposer(el);
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= Math.min(text.length, start + 12); end++) {
      const a = locate(start, 'start')!;
      const b = locate(end, 'end')!;
      const r = document.createRange();
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1]);
      const want = text.slice(start, end).replace(/\n/g, '');
      expect(r.toString().replace(/\n/g, '')).toBe(want);
    }
  }
}

describe('readComposer', () => {
  it('reads plain text, <br> and blocks as lines', () => {
    expect(readComposer(box('Bonjour <b>Julie</b>,<br>merci')).text).toBe('Bonjour Julie,\nmerci');
    expect(readComposer(box('<div>Ligne un</div><div>Ligne deux</div><div><br></div>')).text).toBe('Ligne un\nLigne deux');
  });

  it('reads Draft.js and Lexical markup block by block', () => {
    const draft = box(
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Merci pour ton </span></span><span><span data-text="true">e-mail</span></span></div></div>' +
        '<div data-block="true"><div><span><span data-text="true">M.-È.</span></span></div></div></div>',
    );
    expect(readComposer(draft).text).toBe('Merci pour ton e-mail\nM.-È.');
    expectSpansMapBack(draft);
    const lexical = box('<p dir="ltr"><span data-lexical-text="true">Allô ASAP</span></p><p><br></p><p><span data-lexical-text="true">toi</span></p>');
    expect(readComposer(lexical).text).toBe('Allô ASAP\n\ntoi');
    expectSpansMapBack(lexical);
  });

  it('leaves out non-editable islands and hidden helpers', () => {
    expect(readComposer(box('Salut <span contenteditable="false">@marc</span> <span aria-hidden="true">x</span>toi')).text).toBe('Salut  toi');
  });

  it('maps textarea offsets one to one', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Merci, ton e-mail';
    const c = readComposer(ta);
    expect(c.text).toBe('Merci, ton e-mail');
    expect(c.locate(11, 'start')).toEqual([ta, 11]);
    expect(c.locate(99, 'start')).toBeNull();
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { openReplyBox, restoreCaret, safeToClick, saveCaret } from '../../../lib/page/insert-target';
import type { Adapter } from '../../../lib/platforms/types';

const COMPOSER = '[data-testid="composer"]';
const adapter = {
  findComposer: (root: ParentNode) => root.querySelector<HTMLElement>(COMPOSER),
  replyTarget: (el: Element) => el.querySelector<HTMLElement>('[data-reply]'),
  composerKind: () => 'contenteditable',
} as unknown as Adapter;

function page(replyButton: string) {
  document.body.innerHTML = `<div id="item">${replyButton}</div><div data-testid="composer" contenteditable="true">existing</div>`;
  return document.getElementById('item')!;
}

describe('opening the reply box', () => {
  it('prefers the box the reply button opens (a dialog) over one already on the page', async () => {
    const item = page('<button data-reply>Reply</button>');
    item.querySelector('button')!.addEventListener('click', () =>
      setTimeout(() => {
        const d = document.createElement('div');
        d.setAttribute('role', 'dialog');
        d.innerHTML = '<div data-testid="composer" id="modal" contenteditable="true"></div>';
        document.body.append(d);
      }, 50),
    );
    expect((await openReplyBox(adapter, item, document))?.id).toBe('modal');
  });

  it('falls back to the box on the page when the click changes nothing', async () => {
    const item = page('<button data-reply>Reply</button>');
    const box = await openReplyBox(adapter, item, document);
    expect(box?.textContent).toBe('existing');
  });

  it('never clicks a javascript: link or an element that is not a button', async () => {
    let clicked = 0;
    for (const markup of ['<a data-reply href="javascript:void 0">R</a>', '<div data-reply>R</div>']) {
      const item = page(markup);
      item.querySelector('[data-reply]')!.addEventListener('click', () => clicked++);
      await openReplyBox(adapter, item, document);
    }
    expect(clicked).toBe(0);
    document.body.innerHTML = '<a id="h" href="https://x.com/i/reply">R</a><div id="r" role="button">R</div><a id="rel" href="/compose">R</a>';
    expect(['h', 'r', 'rel'].map((id) => safeToClick(document.getElementById(id)!))).toEqual([true, true, true]);
  });
});

describe('the caret saved before our panel takes focus', () => {
  it('puts a textarea selection back', () => {
    document.body.innerHTML = '<textarea id="t">Bonjour monde</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    t.setSelectionRange(8, 8);
    const saved = saveCaret(document);
    t.setSelectionRange(0, 0);
    expect(restoreCaret(saved, t)).toBe(true);
    expect([t.selectionStart, t.selectionEnd]).toEqual([8, 8]);
  });

  it('puts a range in a rich editor back, but only into the same editor', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true">Bonjour monde</div><div id="o" contenteditable="true">x</div>';
    const e = document.getElementById('e')!;
    const range = document.createRange();
    range.setStart(e.firstChild!, 7);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const saved = saveCaret(document);
    document.getSelection()!.removeAllRanges();
    expect(restoreCaret(saved, document.getElementById('o')!)).toBe(false);
    expect(restoreCaret(saved, e)).toBe(true);
    expect(document.getSelection()!.anchorOffset).toBe(7);
  });

  it('saves nothing when the caret is not in an editor', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    document.getSelection()!.removeAllRanges();
    expect(saveCaret(document)).toBeNull();
  });
});

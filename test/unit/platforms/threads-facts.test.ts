// @vitest-environment jsdom
/** Facts of PLATFORM-SELECTORS.md (Threads reply box) that other tests leave unproven. */
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../lib/platforms/threads';
import { loadHtml } from './load-page';

const POST_URL = 'https://www.threads.com/@cafecocktail.mtl/post/DAbCdEfGhIj';

// official5ETa/ThreadsAutoComment threadsQs.ts: the reply box is `div[role="dialog"] … div[role="textbox"]
// [contenteditable="true"]:has(p)`; the page may hold another textbox (the inline "Reply to …" box) before the dialog.
describe('Threads reply box', () => {
  const textbox = (label: string) => `<div contenteditable="true" role="textbox" aria-label="${label}" data-lexical-editor="true"><p><br></p></div>`;

  it('the reply dialog’s textbox, not a textbox of the page drawn before it', () => {
    const doc = loadHtml(
      `<html lang="en"><body><div role="main"><div>${textbox('inline')}</div></div>
       <div role="dialog" aria-label="Reply"><div aria-hidden="false"><div>${textbox('dialog')}</div></div></div></body></html>`,
      POST_URL,
    );
    const composer = threadsAdapter.findComposer(doc)!;
    expect(composer.getAttribute('aria-label')).toBe('dialog');
    expect(threadsAdapter.composerKind(composer)).toBe('lexical');
  });

  it('without a dialog, the page’s textbox; a page without an editable textbox has none', () => {
    const doc = loadHtml(`<html lang="en"><body><div role="main">${textbox('inline')}</div></body></html>`, POST_URL);
    expect(threadsAdapter.findComposer(doc)?.getAttribute('aria-label')).toBe('inline');
    const none = loadHtml('<html lang="en"><body><div role="textbox" contenteditable="false"><p>x</p></div></body></html>', POST_URL);
    expect(threadsAdapter.findComposer(none)).toBeNull();
  });
});

// Text insertion into the real editor libraries (Draft.js, Lexical, Quill, TipTap, React textarea, a plain
// contenteditable, a shreddit-composer), run from an isolated world as a content script runs.
// Every check reads the editor's own state (window.__editorText) and the page's send button.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EDITORS, launchEditors, openEditor, type EditorName, type Launched } from './editors/harness';

const FRENCH = '« Évidemment, ça coûte 5 $ »';
const EMOJI = 'Merci 👍🏽 du 🇨🇦 de la 👨‍👩‍👧‍👦';
const MULTI = 'Bonjour Marie,\nMerci pour votre message.\n\nL’équipe Cocktail';
const HOSTILE = '<img src=x onerror=window.__p=1> "><svg onload=window.__p=2>';
const NAMES = Object.keys(EDITORS) as EditorName[];

let browser: Launched;
beforeAll(async () => {
  browser = await launchEditors();
});
afterAll(async () => {
  await browser?.close();
});

async function withEditor(
  name: EditorName,
  run: (e: Awaited<ReturnType<typeof openEditor>>) => Promise<void>,
  query = '',
  pageErrorsExpected = false,
) {
  const editor = await openEditor(browser, name, { query, mainWorldScript: true });
  const errors: string[] = [];
  editor.page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await run(editor);
    if (!pageErrorsExpected) expect(errors).toEqual([]);
  } finally {
    await editor.page.close();
  }
}

describe.each(NAMES)('%s, from the isolated world', (name) => {
  test('empty box: French text, the send button follows the editor state', async () => {
    await withEditor(name, async (e) => {
      expect(await e.sendDisabled()).toBe(true);
      const result = await e.insert(FRENCH);
      expect(result).toMatchObject({ ok: true, kind: EDITORS[name].kind });
      expect(await e.editorText()).toBe(FRENCH);
      expect(await e.sendDisabled()).toBe(false);
    });
  });

  test('existing text with the caret in the middle: inserted there, nothing lost or doubled', async () => {
    await withEditor(name, async (e) => {
      await e.typeThenMoveLeft('Bonjour le monde', 5);
      const result = await e.insert('cher ');
      expect(result.ok).toBe(true);
      expect(await e.editorText()).toBe('Bonjour le cher monde');
    });
  });

  test('multi-line text keeps its paragraphs, blank line included', async () => {
    await withEditor(name, async (e) => {
      expect((await e.insert(MULTI)).ok).toBe(true);
      expect(await e.editorText()).toBe(MULTI);
      expect(await e.sendDisabled()).toBe(false);
    });
  });

  test('multi-line text at a caret inside existing text splits it there', async () => {
    await withEditor(name, async (e) => {
      await e.typeThenMoveLeft('Allo toi', 3);
      expect((await e.insert('A\nB'))).toMatchObject({ ok: true });
      expect(await e.editorText()).toBe('Allo A\nBtoi');
    });
  });

  test('emoji with skin tone, flag and ZWJ family arrive whole', async () => {
    await withEditor(name, async (e) => {
      expect((await e.insert(EMOJI)).ok).toBe(true);
      expect(await e.editorText()).toBe(EMOJI);
    });
  });

  test('hostile markup stays text and runs nothing', async () => {
    await withEditor(name, async (e) => {
      expect((await e.insert(HOSTILE)).ok).toBe(true);
      expect(await e.editorText()).toBe(HOSTILE);
      await e.page.waitForTimeout(50);
      expect(await e.page.evaluate(() => (window as unknown as { __p?: number }).__p)).toBeUndefined();
      expect(await e.page.locator('img, svg').count()).toBe(0);
    });
  });

  test('the main-world bridge inserts from a token and a string only', async () => {
    await withEditor(name, async (e) => {
      await e.requestMainWorld(FRENCH);
      await e.page.waitForFunction(
        (t) => (window as unknown as { __editorText: () => string }).__editorText() === t,
        FRENCH,
      );
      expect(await e.sendDisabled()).toBe(false);
      expect(await e.page.locator('[data-cocktail-insert]').count()).toBe(0);
    });
  });
});

describe('variants', () => {
  test('Lexical plain-text editor keeps lines', async () => {
    await withEditor(
      'lexical',
      async (e) => {
        await e.typeThenMoveLeft('Salut', 0);
        expect((await e.insert('\n' + MULTI)).ok).toBe(true);
        expect(await e.editorText()).toBe('Salut\n' + MULTI);
      },
      '?plain',
    );
  });

  test('plaintext-only contenteditable', async () => {
    await withEditor(
      'contenteditable',
      async (e) => {
        expect((await e.insert(MULTI)).ok).toBe(true);
        expect(await e.editorText()).toBe(MULTI);
        expect(await e.sendDisabled()).toBe(false);
      },
      '?plain',
    );
  });
});

describe('verification, not blind retries', () => {
  test('a second insertion of the same text is one more copy, verified', async () => {
    await withEditor('draft', async (e) => {
      expect((await e.insert('Merci!')).ok).toBe(true);
      expect((await e.insert('Merci!')).ok).toBe(true);
      expect(await e.editorText()).toBe('Merci!Merci!');
    });
  });

  test('execCommand into Draft.js with paragraphs is caught as a failure and not retried', async () => {
    // execCommand paragraphs break Draft.js's React tree (a removeChild error in the page): the reason the
    // plan pastes. Forced first here, its bad result must be reported and the paste must not run on top.
    await withEditor(
      'draft',
      async (e) => {
        const result = await e.insert(MULTI, { strategies: ['exec-command', 'paste'] });
        expect(result).toMatchObject({ ok: false, strategy: 'exec-command' });
        expect(['lost', 'partial', 'duplicated']).toContain(result.reason);
        expect(await e.editorText()).not.toBe(MULTI);
      },
      '',
      true,
    );
  });

  test('an editor that ignores every isolated-world path falls through to the main world once', async () => {
    await withEditor('textarea', async (e) => {
      // A textarea does not handle paste: with a plan of paste only, the isolated world leaves it unchanged
      // and the bridge is the one path left (the main world then runs the textarea's own plan).
      const result = await e.insert(FRENCH, { strategies: ['paste'], mainWorld: true });
      expect(result).toMatchObject({ ok: true, strategy: 'main-world' });
      expect(await e.editorText()).toBe(FRENCH);
    });
  });

  test('page-forged bridge events with bad payloads insert nothing', async () => {
    await withEditor('lexical', async (e) => {
      await e.page.evaluate(() => {
        const el = document.querySelector('[data-lexical-editor]')!;
        el.setAttribute('data-cocktail-insert', 'x');
        for (const detail of [{ token: 'x', text: 'a' }, '{"token":"x","text":"a"}', 'not json', '{"token":"short","text":"a"}'])
          document.dispatchEvent(new CustomEvent('cocktail:insert-text', { detail }));
      });
      await e.page.waitForTimeout(100);
      expect(await e.editorText()).toBe('');
    });
  });
});

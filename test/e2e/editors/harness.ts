// Chromium + the editor test pages + the insertion library in an isolated world, as a content script has it.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
// @ts-expect-error plain ESM build script without types
import { buildEditors, OUT_DIR, root } from './build.mjs';

export const ORIGIN = 'https://editors.test';

/** Each page's editor as an adapter would hand it over, and where a person clicks to type. */
export const EDITORS = {
  draft: { target: '[data-testid="tweetTextarea_0"]', click: '[data-testid="tweetTextarea_0"]', kind: 'draft-js' },
  lexical: { target: '[data-lexical-editor="true"]', click: '[data-lexical-editor="true"]', kind: 'lexical' },
  quill: { target: '.ql-editor', click: '.ql-editor', kind: 'quill' },
  tiptap: { target: '.ProseMirror', click: '.ProseMirror', kind: 'prosemirror' },
  textarea: { target: 'textarea', click: 'textarea', kind: 'textarea' },
  contenteditable: { target: '#contenteditable-root', click: '#contenteditable-root', kind: 'contenteditable' },
  shreddit: { target: 'shreddit-composer', click: 'shreddit-composer [slot="rte"]', kind: 'shreddit' },
} as const;
export type EditorName = keyof typeof EDITORS;

export interface Launched {
  context: BrowserContext;
  isolatedBundle: string;
  mainBundle: string;
  close: () => Promise<void>;
}

export async function launchEditors(): Promise<Launched> {
  await buildEditors();
  const profile = resolve(root, '.cache/chromium-editors');
  mkdirSync(profile, { recursive: true });
  process.env.TMPDIR = resolve(root, '.cache/tmp');
  mkdirSync(process.env.TMPDIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await context.route(/^https?:/, (route) => route.abort());
  await context.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (!/^[a-z-]+\.(html|js)$/.test(name)) return route.fulfill({ status: 404, body: '' });
    const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    return route.fulfill({ contentType: type, body: readFileSync(resolve(OUT_DIR, name)) });
  });
  return {
    context,
    isolatedBundle: readFileSync(resolve(OUT_DIR, 'insert-isolated.js'), 'utf8'),
    mainBundle: readFileSync(resolve(OUT_DIR, 'insert-main.js'), 'utf8'),
    close: () => context.close(),
  };
}

export interface InsertOutcome {
  ok: boolean;
  kind: string;
  strategy: string | null;
  reason?: string;
  appliedMs: number;
}

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly name: EditorName,
    private cdp: CDPSession,
    private contextId: number,
  ) {}

  /** After a reload: a new isolated world with the library, as the content script would be injected again. */
  async reattach(isolatedBundle: string): Promise<void> {
    await this.page.waitForFunction(() => typeof (window as unknown as { __editorText?: unknown }).__editorText === 'function');
    await this.page.locator(EDITORS[this.name].target).waitFor();
    this.contextId = await isolatedWorld(this.cdp);
    await this.isolated(isolatedBundle);
  }

  /** Evaluates `expression` in the isolated world (the content script's side). */
  async isolated<T>(expression: string): Promise<T> {
    const res = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  }

  insert(text: string, opts: { mainWorld?: boolean; strategies?: string[] } = {}): Promise<InsertOutcome> {
    const target = JSON.stringify(EDITORS[this.name].target);
    const options = `{ ${opts.mainWorld ? 'mainWorld: __cocktailInsert.requestMainWorldInsert,' : ''} strategies: ${JSON.stringify(opts.strategies)} }`;
    return this.isolated(
      `__cocktailInsert.insertText(document.querySelector(${target}), ${JSON.stringify(text)}, ${options})`,
    );
  }

  /** Only the bridge: the isolated world marks the editor and the main world inserts. */
  requestMainWorld(text: string): Promise<void> {
    const target = JSON.stringify(EDITORS[this.name].target);
    return this.isolated(
      `{ const el = document.querySelector(${target}); const kind = __cocktailInsert.detectEditor(el);
         __cocktailInsert.requestMainWorldInsert(__cocktailInsert.findEditable(el, kind), ${JSON.stringify(text)}); }`,
    );
  }

  /** The editor's own state text (Draft.js EditorState, Lexical state, Quill getText, TipTap, React state). */
  editorText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { __editorText: () => string }).__editorText());
  }

  sendDisabled(): Promise<boolean> {
    return this.page.locator('#send').isDisabled();
  }

  /** Types like a person (trusted key events), then moves the caret `left` characters back. */
  async typeThenMoveLeft(text: string, left: number): Promise<void> {
    await this.page.click(EDITORS[this.name].click);
    await this.page.keyboard.type(text);
    await this.page.waitForFunction((t) => (window as unknown as { __editorText: () => string }).__editorText() === t, text);
    for (let i = 0; i < left; i++) await this.page.keyboard.press('ArrowLeft');
  }
}

async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'cocktail-content-script',
  });
  return executionContextId;
}

export async function openEditor(l: Launched, name: EditorName, opts: { mainWorldScript?: boolean; query?: string } = {}) {
  const page = await l.context.newPage();
  await page.goto(`${ORIGIN}/${name}.html${opts.query ?? ''}`);
  await page.waitForFunction(() => typeof (window as unknown as { __editorText?: unknown }).__editorText === 'function');
  await page.locator(EDITORS[name].target).waitFor();
  if (opts.mainWorldScript) await page.addScriptTag({ content: l.mainBundle });
  const cdp = await l.context.newCDPSession(page);
  const editor = new EditorPage(page, name, cdp, await isolatedWorld(cdp));
  await editor.isolated(l.isolatedBundle);
  return editor;
}

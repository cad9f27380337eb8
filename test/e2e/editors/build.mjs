// Bundles the editor test pages (real npm editors) and the insertion library into .cache/editors.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Found by walking up, so the same code works when a bench bundles it into .cache/bench.
function projectRoot(from) {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'test/e2e/editors/pages'))) return dir;
  }
  throw new Error(`project root not found above ${from}`);
}
export const root = projectRoot(dirname(fileURLToPath(import.meta.url)));
const here = resolve(root, 'test/e2e/editors');
export const OUT_DIR = resolve(root, '.cache/editors');

/** name -> stylesheet the editor needs to render as on the real sites (white-space rules). */
export const PAGES = {
  draft: 'node_modules/draft-js/dist/Draft.css',
  lexical: null,
  quill: 'node_modules/quill/dist/quill.core.css',
  tiptap: null,
  textarea: null,
  contenteditable: null,
  shreddit: null,
};

const common = {
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
};

function pageHtml(name, css) {
  const style = css ? readFileSync(resolve(root, css), 'utf8') : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${name}</title>
<style>${style}
body{font:16px sans-serif;margin:24px}#app{max-width:560px}
[contenteditable],textarea,.ql-editor{border:1px solid #888;min-height:60px;padding:6px;width:100%;box-sizing:border-box}
.ProseMirror{white-space:pre-wrap}</style></head>
<body><div id="app"></div><script src="${name}.js"></script></body></html>`;
}

export async function buildEditors() {
  mkdirSync(OUT_DIR, { recursive: true });
  await Promise.all(
    Object.keys(PAGES).map((name) =>
      build({ ...common, entryPoints: [resolve(here, 'pages', `${name}.js`)], outfile: resolve(OUT_DIR, `${name}.js`) }),
    ),
  );
  for (const [name, css] of Object.entries(PAGES)) writeFileSync(resolve(OUT_DIR, `${name}.html`), pageHtml(name, css));
  await build({
    ...common,
    entryPoints: [resolve(here, 'isolated-entry.ts')],
    outfile: resolve(OUT_DIR, 'insert-isolated.js'),
  });
  await build({
    ...common,
    entryPoints: [resolve(here, 'main-world-entry.ts')],
    outfile: resolve(OUT_DIR, 'insert-main.js'),
  });
  return OUT_DIR;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildEditors();
  console.log(`built into ${OUT_DIR}`);
}

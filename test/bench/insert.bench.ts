// Insertion time per editor in Chromium: from the first action until the editor's text shows the insertion
// (InsertResult.appliedMs), and the whole insertText call (caret sync + quiet period), median of several.
import { EDITORS, launchEditors, openEditor, type EditorName } from '../e2e/editors/harness';
import { percentile, row, type BenchRow } from './row';

const RUNS = 7;
const TEXT = 'Bonjour Marie,\nMerci pour votre message 👍🏽\n\n« L’équipe »';

export default async function bench(): Promise<BenchRow[]> {
  const browser = await launchEditors();
  const rows: BenchRow[] = [];
  try {
    for (const name of Object.keys(EDITORS) as EditorName[]) {
      const applied: number[] = [];
      const total: number[] = [];
      const editor = await openEditor(browser, name);
      for (let i = 0; i < RUNS; i++) {
        if (i) {
          await editor.page.reload();
          await editor.reattach(browser.isolatedBundle);
        }
        const t = await editor.isolated<{ ok: boolean; appliedMs: number; totalMs: number }>(
          `(async () => { const t0 = performance.now();
             const r = await __cocktailInsert.insertText(document.querySelector(${JSON.stringify(EDITORS[name].target)}), ${JSON.stringify(TEXT)});
             return { ...r, totalMs: performance.now() - t0 }; })()`,
        );
        if (!t.ok) throw new Error(`${name}: insertion failed`);
        applied.push(t.appliedMs);
        total.push(t.totalMs);
      }
      await editor.page.close();
      applied.sort((a, b) => a - b);
      total.sort((a, b) => a - b);
      rows.push(row(`insert into ${name}: editor updated (median ms)`, percentile(applied, 50), 'ms', null));
      rows.push(row(`insert into ${name}: insertText call (median ms)`, percentile(total, 50), 'ms', null));
    }
  } finally {
    await browser.close();
  }
  return rows;
}

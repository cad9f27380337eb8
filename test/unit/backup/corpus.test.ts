// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../lib/store/backup/pipeline';
import { checkImport } from '../../../lib/store/backup/validate';
import { describeImportError } from '../../../lib/store/backup/messages';
import { FAULT_KINDS, generateCorpus, type MalformedFile } from './corpus';
import { exportText } from './helpers';
import { freshDb, seed, snapshot } from './db-helpers';
import { sampleKit } from './fixtures';

let base: string;
let corpus: MalformedFile[];
beforeAll(async () => {
  base = await exportText(sampleKit());
  corpus = generateCorpus(base);
});

describe('generated corpus of malformed kit files', () => {
  it('has more than 1,000 files covering every fault kind, the same for the same seed', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(corpus.map((f) => f.kind))).toEqual(new Set(FAULT_KINDS));
    const again = generateCorpus(base);
    expect(again.map((f) => f.variant)).toEqual(corpus.map((f) => f.variant));
    expect(checkImport(base).ok).toBe(true); // the mutations start from a file that is accepted
  });

  it('refuses every file with the expected reason and a complete message in French and English', () => {
    const wrong: string[] = [];
    for (const f of corpus) {
      const r = checkImport(f.input);
      if (r.ok) {
        wrong.push(`${f.kind} ${f.variant}: accepted`);
        continue;
      }
      if (!f.expect.includes(r.errors[0].key)) wrong.push(`${f.kind} ${f.variant}: ${r.errors[0].key} ${r.errors[0].path}`);
      for (const e of r.errors) {
        for (const lang of ['fr', 'en'] as const) {
          const msg = describeImportError(e, lang);
          if (!msg || /\{\w+\}/.test(msg)) wrong.push(`${f.kind} ${f.variant}: bad ${lang} message "${msg}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves the database exactly as it was, with no backup added, and Object.prototype clean', async () => {
    const db = await freshDb();
    await seed(db, sampleKit());
    const before = await snapshot(db);
    let accepted = 0;
    for (const f of corpus) if ((await importFile(db, f.input)).ok) accepted++;
    expect(accepted).toBe(0);
    expect(await snapshot(db)).toBe(before);
    expect(await db.count('backups')).toBe(0);
    for (const k of ['polluted', 'isAdmin']) expect(k in {}).toBe(false);
  });
});

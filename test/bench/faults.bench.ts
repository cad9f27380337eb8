// The fault table of issue 10: each fault injected into imports and restores, and how many records were lost
// (a stored record missing, changed or half-written afterwards). Budget: 0.
import 'fake-indexeddb/auto';
import { openDb, type Db } from '../../lib/store/db';
import { applyImport, restoreBackup } from '../../lib/store/backup/apply';
import { dumpDb } from '../../lib/store/backup/dump';
import { exportDb, importFile } from '../../lib/store/backup/pipeline';
import { checkImport } from '../../lib/store/backup/validate';
import { MAX_IMPORT_BYTES } from '../../lib/store/backup/format';
import { FAULT_KINDS, generateCorpus } from '../unit/backup/corpus';
import { brand, item, post, sampleKit, template } from '../unit/backup/fixtures';
import { exportText } from '../unit/backup/helpers';
import { materialize, seed } from '../unit/backup/db-helpers';
import { row, type BenchRow } from './row';

let dbCount = 0;
const newDb = () => openDb({ name: `faults-${dbCount++}` });

/** id -> serialised record, per store. */
async function picture(db: Db): Promise<Map<string, string>> {
  const dump = (await materialize(await dumpDb(db))) as Record<string, Array<{ id: string }>>;
  const out = new Map<string, string>();
  for (const [store, recs] of Object.entries(dump)) for (const r of recs) out.set(`${store}/${r.id}`, JSON.stringify(r));
  return out;
}

/** Records of `before` missing or different in `after`, plus records in `after` that were never in `before`. */
function lost(before: Map<string, string>, after: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of before) if (after.get(k) !== v) n++;
  for (const k of after.keys()) if (!before.has(k)) n++;
  return n;
}

/** Makes the n-th put on a kit store throw `make()`; returns the restore function. */
function failNthPut(n: number, make: () => Error): () => void {
  const proto = IDBObjectStore.prototype;
  const real = proto.put;
  let calls = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<typeof real>) {
    if (this.name !== 'backups' && ++calls === n) throw make();
    return real.apply(this, args);
  };
  return () => {
    proto.put = real;
  };
}

const quota = () => {
  const e = new DOMException('Transaction aborted', 'AbortError');
  (e as { cause?: unknown }).cause = new DOMException('Quota exceeded', 'QuotaExceededError');
  return e;
};

export default async (): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  const base = await exportText(sampleKit());
  const db = await newDb();
  await seed(db, sampleKit());
  const before = await picture(db);

  // Malformed files: every one goes through the whole import path against the same database.
  const corpus = generateCorpus(base);
  for (const kind of FAULT_KINDS) {
    const files = corpus.filter((f) => f.kind === kind);
    let accepted = 0;
    for (const f of files) if ((await importFile(db, f.input)).ok) accepted++;
    rows.push(row(`fault: malformed file, ${kind} (${files.length} injected, ${accepted} accepted)`, lost(before, await picture(db)) + accepted, 'lost', 0));
  }

  // Write faults: a valid import (13 records) fails at each of its puts in turn, as an error and as storage full.
  const incoming = sampleKit();
  incoming.brands[0] = brand('b1', { name: 'Café renommé' });
  incoming.templates.push(template('t4', 'b2'));
  const text = await exportText(incoming);
  const puts = 13;
  for (const [name, make] of [
    ['put throws midway', () => new DOMException('disk error', 'UnknownError')],
    ['storage full midway (AbortError wrapping QuotaExceededError)', quota],
  ] as const) {
    let total = 0;
    for (let n = 1; n <= puts; n++) {
      const target = await newDb();
      await seed(target, sampleKit());
      const old = await picture(target);
      const restore = failNthPut(n, make);
      const kit = checkImport(text);
      try {
        if (kit.ok) await applyImport(target, kit.kit);
      } catch {
        // expected: the transaction aborted
      } finally {
        restore();
      }
      total += lost(old, await picture(target)) + (await target.count('backups'));
      target.close();
    }
    rows.push(row(`fault: ${name} (${puts} injected)`, total, 'lost', 0));
  }

  // A restore that fails at each store, then an import undone by its automatic backup.
  {
    let total = 0;
    for (let n = 1; n <= 6; n++) {
      const target = await newDb();
      await seed(target, sampleKit());
      const imported = checkImport(text);
      if (!imported.ok) throw new Error('valid file refused');
      const { backupId } = await applyImport(target, imported.kit);
      const old = await picture(target);
      const restore = failNthPut(n, () => new DOMException('disk error', 'UnknownError'));
      await restoreBackup(target, backupId).catch(() => {});
      restore();
      total += lost(old, await picture(target));
      target.close();
    }
    rows.push(row('fault: restore fails midway (6 injected)', total, 'lost', 0));
  }
  {
    let total = 0;
    const runs = 10;
    for (let k = 0; k < runs; k++) {
      const target = await newDb();
      await seed(target, sampleKit());
      const old = await picture(target);
      const r = await importFile(target, text);
      if (!r.ok) throw new Error('valid file refused');
      await restoreBackup(target, r.result.backupId);
      total += lost(old, await picture(target));
      target.close();
    }
    rows.push(row(`fault: import then undo by automatic backup (${runs} injected)`, total, 'lost', 0));
  }

  rows.push(...(await sizeRows()));
  return rows;
};

/** The largest store DESIGN.md budgets for (10,000 posts, 50,000 engagement items), exported without images. */
async function sizeRows(): Promise<BenchRow[]> {
  const db = await newDb();
  const brands = [brand('b1'), brand('b2')];
  const posts = Array.from({ length: 10_000 }, (_, i) =>
    post(`p${i}`, i % 2 ? 'b1' : 'b2', { text: `Publication ${i} : un texte de longueur moyenne pour le calendrier, avec #motclic et un appel à l’action.`, hashtags: ['cafe', 'quartier'] }),
  );
  const items = Array.from({ length: 50_000 }, (_, i) =>
    item(String(i), {
      text: `Commentaire ${i} : bonjour, est-ce que vous livrez dans le quartier Rosemont ce week-end? Merci!`,
      author: { name: `Personne ${i}`, handle: `@personne${i}`, url: `https://x.com/personne${i}` },
      permalink: `https://x.com/personne${i}/status/${1_800_000_000_000 + i}`,
    }),
  );
  await seed(db, { brands, posts, engagement: items });
  const exported = await exportDb(db, { scope: 'all', engagement: true, images: false, appVersion: '0.1.0' });
  const t = performance.now();
  const r = checkImport(exported.text);
  const checkMs = performance.now() - t;
  if (!r.ok) throw new Error('large export refused');
  return [
    row('backup: full export, 10k posts + 50k items, no images', exported.bytes / 1e6, 'MB', MAX_IMPORT_BYTES / 1e6),
    row('backup: check of that file before import', checkMs, 'ms', null),
  ];
}

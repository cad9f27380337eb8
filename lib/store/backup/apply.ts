import type { IDBPTransaction } from 'idb';
import type { Db } from '../db';
import { KIT_STORES, type KitData, type KitStore } from './format';
import type { ImportMode } from './diff';
import { inScope } from './scope';
import { isCheckedImport, type CheckedImport } from './validate';

/** The automatic backups kept; older ones are deleted in the transaction that adds a new one. */
export const MAX_BACKUPS = 5;
const BACKUPS = 'backups';

export type BackupReason = 'import' | 'restore' | 'manual';

/** Listed from the `createdAt` index; the data lives in a second record (`<id>:data`) that has no createdAt. */
export interface BackupMeta {
  id: string;
  createdAt: string;
  reason: BackupReason;
  stores: KitStore[];
  counts: Partial<Record<KitStore, number>>;
}
interface BackupData {
  id: string;
  data: Partial<KitData>;
}

type Tx = IDBPTransaction<unknown, string[], 'readwrite'>;

export interface ApplyResult {
  backupId: string;
  written: number;
  deleted: number;
}

/**
 * Writes a checked kit in ONE transaction over every store it touches plus `backups`: first a snapshot of those stores
 * (the automatic backup), then the records. Any failure (a put that throws, storage full) aborts the transaction:
 * the database keeps its old data and no backup is added.
 * merge: records in the file are added or replaced, others kept. replace: in-scope records absent from the file go.
 */
export async function applyImport(db: Db, kit: CheckedImport, opts: { mode?: ImportMode; now?: Date } = {}): Promise<ApplyResult> {
  if (!isCheckedImport(kit)) throw new TypeError('applyImport takes only what checkImport returned');
  const mode = opts.mode ?? 'merge';
  const stores = KIT_STORES.filter((s) => kit.data[s] !== undefined);
  return inTransaction(db, stores, async (tx) => {
    const snapshot = await readStores(tx, stores);
    const backupId = await writeBackup(tx, snapshot, stores, 'import', opts.now);
    let written = 0;
    let deleted = 0;
    const requests: Promise<unknown>[] = [];
    for (const store of stores) {
      const incoming = kit.data[store]!;
      const os = tx.objectStore(store);
      if (mode === 'replace') {
        const keep = new Set(incoming.map((r) => r.id));
        for (const rec of snapshot[store] ?? []) {
          const id = (rec as { id: string }).id;
          if (!keep.has(id) && inScope(store, rec, kit.scope)) {
            requests.push(quiet(os.delete(id)));
            deleted++;
          }
        }
      }
      for (const rec of incoming) {
        requests.push(quiet(os.put(rec)));
        written++;
      }
    }
    await Promise.all(requests);
    return { backupId, written, deleted };
  });
}

/** Puts the stores of a backup back exactly as they were, in one transaction, after backing up the present state. */
export async function restoreBackup(db: Db, id: string, opts: { now?: Date } = {}): Promise<{ backupId: string; written: number }> {
  const meta = (await db.get(BACKUPS, id)) as BackupMeta | undefined;
  if (!meta || !Array.isArray(meta.stores)) throw new Error(`No backup ${id}`);
  const stores = KIT_STORES.filter((s) => meta.stores.includes(s));
  return inTransaction(db, stores, async (tx) => {
    const saved = (await tx.objectStore(BACKUPS).get(`${id}:data`)) as BackupData | undefined;
    if (!saved) throw new Error(`Backup ${id} has no data`);
    const snapshot = await readStores(tx, stores);
    const backupId = await writeBackup(tx, snapshot, stores, 'restore', opts.now);
    const requests: Promise<unknown>[] = [];
    let written = 0;
    for (const store of stores) {
      const os = tx.objectStore(store);
      requests.push(quiet(os.clear()));
      for (const rec of saved.data[store] ?? []) {
        requests.push(quiet(os.put(rec)));
        written++;
      }
    }
    await Promise.all(requests);
    return { backupId, written };
  });
}

/** A backup of every kit store on demand (the "back up now" button). */
export async function createBackup(db: Db, opts: { now?: Date } = {}): Promise<string> {
  const stores = KIT_STORES.filter((s) => db.objectStoreNames.contains(s));
  return inTransaction(db, stores, async (tx) => writeBackup(tx, await readStores(tx, stores), stores, 'manual', opts.now));
}

export async function listBackups(db: Db): Promise<BackupMeta[]> {
  const metas = (await db.getAllFromIndex(BACKUPS, 'createdAt')) as BackupMeta[];
  return metas.reverse();
}

/** Issued requests reject with AbortError when a later one throws: they are awaited together, or not at all. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

async function inTransaction<T>(db: Db, stores: readonly string[], body: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = db.transaction([...stores, BACKUPS], 'readwrite') as unknown as Tx;
  const done = tx.done;
  done.catch(() => {}); // awaited below; this only keeps an abort from surfacing as unhandled
  try {
    const result = await body(tx);
    await done;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request, or finished
    }
    throw (tx as { error?: unknown }).error ?? err;
  }
}

async function readStores(tx: Tx, stores: readonly KitStore[]): Promise<Partial<KitData>> {
  const all = await Promise.all(stores.map((s) => tx.objectStore(s).getAll()));
  return Object.fromEntries(stores.map((s, i) => [s, all[i]])) as Partial<KitData>;
}

let seq = 0;
async function writeBackup(tx: Tx, data: Partial<KitData>, stores: readonly KitStore[], reason: BackupReason, now = new Date()) {
  const createdAt = now.toISOString();
  const id = `backup-${createdAt}-${(seq++ % 1296).toString(36).padStart(2, '0')}${Math.random().toString(36).slice(2, 6)}`;
  const counts = Object.fromEntries(stores.map((s) => [s, data[s]?.length ?? 0]));
  const os = tx.objectStore(BACKUPS);
  await Promise.all([
    os.put({ id, createdAt, reason, stores: [...stores], counts } satisfies BackupMeta),
    os.put({ id: `${id}:data`, data } satisfies BackupData),
  ]);
  const metas = (await os.index('createdAt').getAllKeys()) as string[];
  for (const old of metas.slice(0, Math.max(0, metas.length - MAX_BACKUPS))) {
    await Promise.all([os.delete(old), os.delete(`${old}:data`)]);
  }
  return id;
}

import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, migrate } from './migrations';

export type Db = IDBPDatabase<unknown>;
export const STORE_NAMES = [
  'brands',
  'toneRules',
  'templates',
  'posts',
  'engagement',
  'settings',
  'quarantine',
  'postStats',
  'backups',
  'engagementSummary',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface OpenOptions {
  name?: string;
  /** Another tab asks for a newer schema: we have closed our connection; tell the user to reload. */
  onClosedForUpgrade?: () => void;
}

/** Opens (and upgrades) the one Cocktail database. A throw inside an upgrade aborts it: the old version stays. */
export async function openDb(opts: OpenOptions = {}): Promise<Db> {
  const db: Db = await openDB(opts.name ?? DB_NAME, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => runUpgrade(tx, () => migrate(database, oldVersion, tx as never)),
    blocking() {
      db.close();
      opts.onClosedForUpgrade?.();
    },
  });
  return db;
}

/**
 * idb does not abort the upgrade when an async step rejects: the versionchange transaction would commit half-done.
 * Abort it ourselves so the database stays at its old version with its old data.
 */
export async function runUpgrade(tx: { abort(): void; done?: Promise<void> }, steps: () => Promise<void>) {
  tx.done?.catch(() => {}); // openDB itself rejects on abort: that is the error the caller sees
  try {
    await steps();
  } catch (err) {
    console.error('Cocktail: database upgrade failed, old version kept', err);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
  }
}

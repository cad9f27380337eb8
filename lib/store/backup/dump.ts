import type { Db } from '../db';
import { KIT_STORES, type KitData, type KitStore } from './format';

/** Every record of the given stores, read in one transaction so the snapshot is consistent. */
export async function dumpDb(db: Db, stores: readonly KitStore[] = KIT_STORES): Promise<Partial<KitData>> {
  const present = stores.filter((s) => db.objectStoreNames.contains(s));
  const tx = db.transaction(present, 'readonly');
  const all = await Promise.all(present.map((s) => tx.objectStore(s).getAll()));
  await tx.done;
  return Object.fromEntries(present.map((s, i) => [s, all[i]])) as Partial<KitData>;
}

import { openDb, type Db } from '../../../lib/store/db';
import { dumpDb } from '../../../lib/store/backup/dump';
import type { KitData } from '../../../lib/store/backup/format';

let n = 0;
export const freshDb = () => openDb({ name: `backup-test-${Date.now()}-${n++}` });

export async function seed(db: Db, data: Partial<KitData>) {
  const stores = Object.keys(data) as (keyof KitData)[];
  const tx = db.transaction(stores, 'readwrite');
  for (const s of stores) for (const r of data[s] ?? []) await tx.objectStore(s).put(r);
  await tx.done;
}

/** A comparable picture of every kit store: blobs replaced by their type and bytes. */
export async function snapshot(db: Db) {
  const dump = await dumpDb(db);
  return JSON.stringify(await materialize(dump));
}

export async function materialize(v: unknown): Promise<unknown> {
  if (v instanceof Blob) return { blob: v.type, bytes: [...new Uint8Array(await v.arrayBuffer())] };
  if (Array.isArray(v)) return Promise.all(v.map(materialize));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = await materialize((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

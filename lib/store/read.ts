import type { z } from 'zod';
import type { Db, StoreName } from './db';
import { parseOrQuarantine, type ParsedRead } from './quarantine';

/** Every read goes through a schema: valid records come back, bad ones are moved to the quarantine and counted. */
export async function readValid<S extends z.ZodType>(
  db: Db,
  store: StoreName,
  schema: S,
  query?: { index?: string; range?: IDBKeyRange | IDBValidKey; count?: number },
): Promise<ParsedRead<z.infer<S>>> {
  const tx = db.transaction(store, 'readonly');
  const source = query?.index ? tx.store.index(query.index) : tx.store;
  const [keys, raws] = await Promise.all([
    query?.index
      ? (source as ReturnType<typeof tx.store.index>).getAllKeys(query?.range, query?.count)
      : tx.store.getAllKeys(query?.range, query?.count),
    source.getAll(query?.range, query?.count),
  ]);
  await tx.done;
  return parseOrQuarantine(db, store, keys, raws, schema);
}

export async function getValid<S extends z.ZodType>(db: Db, store: StoreName, schema: S, key: IDBValidKey) {
  const raw = await db.get(store, key);
  if (raw === undefined) return undefined;
  const { valid } = await parseOrQuarantine(db, store, [key], [raw], schema);
  return valid[0] as z.infer<S> | undefined;
}

/** Writes are checked too: what does not fit the schema never reaches the database. */
export async function putValid<S extends z.ZodType>(db: Db, store: StoreName, schema: S, value: unknown) {
  const parsed = schema.parse(value) as z.infer<S>;
  await db.put(store, parsed);
  return parsed;
}

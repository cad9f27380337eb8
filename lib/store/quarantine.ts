import type { z } from 'zod';
import type { Db, StoreName } from './db';
import { outdateSummaries, SUMMARY_STORE } from './engagement-summary';

export interface QuarantinedRecord {
  qid?: number;
  store: StoreName;
  key: IDBValidKey;
  value: unknown;
  reason: string;
  at: string;
}

export interface ParsedRead<T> {
  valid: T[];
  quarantined: number;
}

/** Splits raw records into valid ones and failures; the failures are moved to the quarantine, never dropped. */
export async function parseOrQuarantine<S extends z.ZodType>(
  db: Db,
  store: StoreName,
  keys: IDBValidKey[],
  raws: unknown[],
  schema: S,
): Promise<ParsedRead<z.infer<S>>> {
  const valid: z.infer<S>[] = [];
  const bad: QuarantinedRecord[] = [];
  const at = new Date().toISOString();
  raws.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) valid.push(r.data);
    else bad.push({ store, key: keys[i], value: raw, reason: describeIssues(r.error), at });
  });
  if (bad.length) await moveToQuarantine(db, bad);
  return { valid, quarantined: bad.length };
}

/** The log's week summaries count every item: a log record moved out or put back makes them rebuild. */
const withSummaries = (stores: StoreName[]) => (stores.includes('engagement') ? [...stores, SUMMARY_STORE] : stores);

export async function moveToQuarantine(db: Db, records: QuarantinedRecord[]) {
  const stores = [...new Set(records.map((r) => r.store))];
  const tx = db.transaction(withSummaries([...stores, 'quarantine']), 'readwrite');
  for (const rec of records) {
    await tx.objectStore('quarantine').add(rec);
    await tx.objectStore(rec.store).delete(rec.key);
  }
  if (stores.includes('engagement')) await outdateSummaries(tx as unknown as Parameters<typeof outdateSummaries>[0]);
  await tx.done;
}

export const quarantineCount = (db: Db) => db.count('quarantine');
export const listQuarantine = (db: Db) => db.getAll('quarantine') as Promise<QuarantinedRecord[]>;

/** Puts a repaired record back where it came from, or deletes it for good: the user's choice in the dashboard. */
export async function resolveQuarantined(db: Db, qid: number, repaired?: unknown) {
  const tx = db.transaction(withSummaries(['quarantine', ...(await storesOf(db, qid))]), 'readwrite');
  const rec = (await tx.objectStore('quarantine').get(qid)) as QuarantinedRecord | undefined;
  if (rec && repaired !== undefined) await tx.objectStore(rec.store).put(repaired);
  if (rec?.store === 'engagement' && repaired !== undefined) await outdateSummaries(tx as unknown as Parameters<typeof outdateSummaries>[0]);
  await tx.objectStore('quarantine').delete(qid);
  await tx.done;
}

async function storesOf(db: Db, qid: number): Promise<StoreName[]> {
  const rec = (await db.get('quarantine', qid)) as QuarantinedRecord | undefined;
  return rec ? [rec.store] : [];
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ')
    .slice(0, 1000);
}

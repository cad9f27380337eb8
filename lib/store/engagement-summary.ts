import type { IDBPTransaction } from 'idb';
import type { Db } from './db';
import { engagementItemSchema, type EngagementItem } from './schemas/engagement';
import { weekSummarySchema, summaryMetaSchema } from './schemas/engagement-summary';
import { applyItem, weekOf, emptyWeek, metaDelta, summarise, toMutable, toStored, SUMMARY_FORMAT, type WeekSummary, type MutableWeek, type SummaryMeta } from '../engagement/week-summary';

/**
 * The log's week summaries (lib/engagement/week-summary.ts) in IndexedDB. Every write to the log in lib/store/engagement.ts
 * updates them in its own transaction. They are current when their meta record exists, has today's format, and no
 * import or restore has rewritten the log since they were built (those write the log without this module; each adds a
 * backup record in the same transaction, which is how it is noticed). Otherwise they are rebuilt from the items.
 */
export const SUMMARY_STORE = 'engagementSummary';
const META = 'meta';

type AnyTx = IDBPTransaction<unknown, string[], 'readwrite' | 'readonly'>;

/** Backups that rewrote the log: imports and restores that included it (a manual backup only reads it). */
async function rewriteBackups(tx: AnyTx): Promise<string[]> {
  if (!tx.objectStoreNames.contains('backups')) return [];
  const metas = (await tx.objectStore('backups').index('createdAt').getAll()) as Array<{ id?: unknown; reason?: unknown; stores?: unknown }>;
  return metas
    .filter((m) => m.reason !== 'manual' && Array.isArray(m.stores) && m.stores.includes('engagement') && typeof m.id === 'string')
    .map((m) => m.id as string);
}

function parseMeta(raw: unknown): SummaryMeta | undefined {
  const parsed = summaryMetaSchema.safeParse(raw);
  return parsed.success && parsed.data.format === SUMMARY_FORMAT ? parsed.data : undefined;
}

const isCurrent = (meta: SummaryMeta | undefined, rewrites: readonly string[]): meta is SummaryMeta =>
  !!meta && rewrites.every((id) => meta.backups.includes(id));

/**
 * Inside a write transaction that changes the log without this module (a record moved to quarantine or put back
 * repaired): the summaries stop being current, and the next read rebuilds them from the items.
 */
export const outdateSummaries = (tx: IDBPTransaction<unknown, string[], 'readwrite'>) => tx.objectStore(SUMMARY_STORE).delete(META);

/** The open and urgent counts, when the summary is current (else undefined: count the index). */
export async function currentCounts(db: Db): Promise<{ open: number; urgent: number } | undefined> {
  const tx = db.transaction([SUMMARY_STORE, 'backups'], 'readonly') as unknown as AnyTx;
  const [raw, rewrites] = await Promise.all([tx.objectStore(SUMMARY_STORE).get(META), rewriteBackups(tx)]);
  const meta = parseMeta(raw);
  return isCurrent(meta, rewrites) ? { open: meta.open, urgent: meta.urgent } : undefined;
}

/** The week summaries when current and built in `zone`; undefined when they must be rebuilt. */
export async function readSummaries(db: Db, zone: string): Promise<WeekSummary[] | undefined> {
  const tx = db.transaction([SUMMARY_STORE, 'backups'], 'readonly') as unknown as AnyTx;
  const [records, rewrites] = await Promise.all([tx.objectStore(SUMMARY_STORE).getAll(), rewriteBackups(tx)]);
  const meta = parseMeta(records.find((r) => (r as { key?: unknown })?.key === META));
  if (!isCurrent(meta, rewrites) || meta.zone !== zone) return undefined;
  const weeks: WeekSummary[] = [];
  for (const r of records) {
    if ((r as { key?: unknown })?.key === META) continue;
    const parsed = weekSummarySchema.safeParse(r);
    if (!parsed.success) return undefined;
    weeks.push(parsed.data as WeekSummary);
  }
  return weeks;
}

/**
 * Builds the summaries from every item, in one transaction (reading 50,000 items takes seconds: once after the
 * upgrade, after an import or restore, or when the user's time zone changed). Items that fail their schema are left
 * out, as every read leaves them out.
 */
export async function rebuildSummaries(db: Db, zone: string): Promise<WeekSummary[]> {
  const tx = db.transaction(['engagement', SUMMARY_STORE, 'backups'], 'readwrite') as unknown as AnyTx;
  const [raws, rewrites] = await Promise.all([tx.objectStore('engagement').getAll(), rewriteBackups(tx)]);
  const items: EngagementItem[] = [];
  for (const raw of raws) {
    const parsed = engagementItemSchema.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
  }
  const built = summarise(items, zone);
  const store = tx.objectStore(SUMMARY_STORE);
  await store.clear!();
  const meta: SummaryMeta = { key: META, format: SUMMARY_FORMAT, zone, items: built.items, open: built.open, urgent: built.urgent, backups: rewrites };
  await Promise.all([...[...built.weeks.values()].map((d) => store.put!(d)), store.put!(meta), tx.done]);
  return [...built.weeks.values()];
}

/** Current summaries in `zone`: read, or rebuilt when they are not. */
export async function summariesFor(db: Db, zone: string): Promise<WeekSummary[]> {
  return (await readSummaries(db, zone)) ?? rebuildSummaries(db, zone);
}

/** Builds the summaries unless they are current (in whatever zone they were built): the background on start. */
export async function ensureSummaries(db: Db, zone: string): Promise<boolean> {
  if (await currentCounts(db)) return false;
  await rebuildSummaries(db, zone);
  return true;
}

export interface SummaryWriter {
  /** One item's change: undefined before (added) or after (deleted). */
  change(before: EngagementItem | undefined, after: EngagementItem | undefined): void;
  /** Writes the touched weeks and the counts; drops the meta record when they no longer add up (the next read rebuilds). */
  flush(): Promise<void>;
}

/**
 * Inside a write transaction over the log and the summary store: collects the items' changes, then updates the weeks
 * they touch. Null when no summary is kept (not built yet): a later read builds it from the items.
 */
export async function summaryWriter(tx: AnyTx): Promise<SummaryWriter | null> {
  const store = tx.objectStore(SUMMARY_STORE);
  const meta = parseMeta(await store.get(META));
  if (!meta) return null;
  const changes: Array<[EngagementItem | undefined, EngagementItem | undefined]> = [];
  return {
    change: (before, after) => void changes.push([before, after]),
    async flush() {
      if (!changes.length) return;
      const keys = new Set<number>();
      for (const [before, after] of changes) {
        if (before) keys.add(weekOf(before, meta.zone));
        if (after) keys.add(weekOf(after, meta.zone));
      }
      const raws = await Promise.all([...keys].map((k) => store.get(k)));
      const weeks = new Map<number, MutableWeek>();
      let ok = true;
      [...keys].forEach((key, i) => {
        const parsed = raws[i] === undefined ? undefined : weekSummarySchema.safeParse(raws[i]);
        if (parsed && !parsed.success) ok = false;
        weeks.set(key, parsed?.success ? toMutable(parsed.data as WeekSummary) : emptyWeek(key));
      });
      const next = { ...meta };
      const count = (item: EngagementItem, sign: 1 | -1) => {
        const d = metaDelta(item, sign);
        next.items += d.items;
        next.open += d.open;
        next.urgent += d.urgent;
      };
      for (const [before, after] of changes) {
        if (before) {
          ok = applyItem(weeks.get(weekOf(before, meta.zone))!, before, -1) && ok;
          count(before, -1);
        }
        if (after) {
          applyItem(weeks.get(weekOf(after, meta.zone))!, after, 1);
          count(after, 1);
        }
      }
      const stored = [...weeks.values()].map(toStored);
      if (!ok || stored.includes(undefined) || next.items < 0 || next.open < 0 || next.urgent < 0) {
        await store.delete!(META);
        return;
      }
      await Promise.all([...(stored as WeekSummary[]).map((d) => (d.cells.length ? store.put!(d) : store.delete!(d.key))), store.put!(next)]);
    },
  };
}

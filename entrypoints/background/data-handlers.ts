import type { z } from 'zod';
import { browser } from 'wxt/browser';
import type { Db, StoreName } from '../../lib/store/db';
import type { Handlers } from './router';
import type { BackgroundDeps } from './handlers';
import { exportDb, importFile, previewFile } from '../../lib/store/backup/pipeline';
import { listBackups, restoreBackup } from '../../lib/store/backup/apply';
import { listQuarantine, resolveQuarantined, describeIssues, type QuarantinedRecord } from '../../lib/store/quarantine';
import { readValid } from '../../lib/store/read';
import { STORE_SCHEMAS, schemaOf } from '../../components/data/store-schemas';
import { countUrgent } from '../../lib/store/engagement';
import { MAX_JSON_CHARS, type QuarantineEntry, type RepairOutcome } from '../../components/data/types';

/** Import, export, backups and the quarantine: page-only messages (the router refuses them from content scripts). */
export function dataHandlers(deps: BackgroundDeps, appVersion = manifestVersion()): Handlers {
  const changed = async (db: Db) => {
    await deps.bumpProfile();
    await deps.setBadge(await countUrgent(db));
  };
  return {
    'data.export': async (msg) => {
      const db = await deps.db();
      const brandName = typeof msg.scope === 'object' ? ((await db.get('brands', msg.scope.brandId)) as { name?: string } | undefined)?.name : undefined;
      return exportDb(db, { scope: msg.scope, engagement: msg.engagement, images: msg.images, appVersion, brandName });
    },
    'data.preview': async (msg) => previewFile(await deps.db(), fromBase64(msg.base64), msg.mode),
    'data.import': async (msg) => {
      const db = await deps.db();
      const out = await importFile(db, fromBase64(msg.base64), msg.mode);
      if (out.ok) await changed(db);
      return out;
    },
    'data.restore': async (msg) => {
      const db = await deps.db();
      const out = await restoreBackup(db, msg.backupId);
      await changed(db);
      return out;
    },
    'data.backups': async () => listBackups(await deps.db()),
    'quarantine.list': async () => {
      const db = await deps.db();
      await sweep(db);
      return (await listQuarantine(db)).map(toEntry);
    },
    // Replaces the unchecked resolve: a repaired record goes back only if its store's schema accepts it.
    'quarantine.resolve': async (msg) => repairOrDelete(await deps.db(), msg.qid, msg.repaired),
  };
}

/** Reads every record of every schema'd store: bad ones move to the quarantine (readValid does it), none is dropped. */
export async function sweep(db: Db) {
  for (const [store, schema] of Object.entries(STORE_SCHEMAS) as Array<[StoreName, z.ZodType]>) {
    if (db.objectStoreNames.contains(store)) await readValid(db, store, schema);
  }
}

export async function repairOrDelete(db: Db, qid: number, repaired: unknown): Promise<RepairOutcome> {
  if (repaired === undefined) {
    await resolveQuarantined(db, qid);
    return { repaired: true };
  }
  const rec = (await db.get('quarantine', qid)) as QuarantinedRecord | undefined;
  if (!rec) return { repaired: false, issues: 'gone' };
  const schema = schemaOf(rec.store);
  if (!schema) return { repaired: false, issues: `store ${rec.store}` };
  const parsed = schema.safeParse(keepBlob(rec.value, repaired));
  if (!parsed.success) return { repaired: false, issues: describeIssues(parsed.error) };
  const id = (parsed.data as { id?: unknown }).id;
  if (id !== rec.key) return { repaired: false, issues: `id: ${JSON.stringify(rec.key)}` };
  await resolveQuarantined(db, qid, parsed.data);
  return { repaired: true };
}

/**
 * A post's image Blob cannot travel as JSON: the list shows it as `{ "storedImage": "image/png, 1234 B" }`, and when
 * the repaired record still has that placeholder, the stored image goes back in its place. Removing it drops the image.
 */
function keepBlob(original: unknown, repaired: unknown): unknown {
  const blob = (original as { visual?: { blob?: unknown } } | null)?.visual?.blob;
  const visual = (repaired as { visual?: Record<string, unknown> } | null)?.visual;
  if (!(blob instanceof Blob) || !visual || typeof visual !== 'object') return repaired;
  const placeholder = visual.blob as { storedImage?: unknown } | undefined;
  if (!placeholder || typeof placeholder !== 'object' || typeof placeholder.storedImage !== 'string') return repaired;
  return { ...(repaired as object), visual: { ...visual, blob } };
}
const blobPlaceholder = (_key: string, v: unknown) => (v instanceof Blob ? { storedImage: `${v.type || 'blob'}, ${v.size} B` } : v);

function toEntry(rec: QuarantinedRecord): QuarantineEntry {
  let json: string;
  try {
    json = JSON.stringify(rec.value, blobPlaceholder, 2) ?? String(rec.value);
  } catch {
    json = String(rec.value);
  }
  const truncated = json.length > MAX_JSON_CHARS;
  return {
    qid: rec.qid ?? -1,
    store: rec.store,
    key: typeof rec.key === 'string' ? rec.key : JSON.stringify(rec.key),
    reason: rec.reason,
    at: rec.at,
    json: truncated ? json.slice(0, MAX_JSON_CHARS) : json,
    truncated,
  };
}

/** The page sends file bytes as base64 (messages are JSON). */
export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

import type { Db } from '../db';
import { applyImport, type ApplyResult } from './apply';
import { diffImport, type ImportMode, type ImportPreview } from './diff';
import { dumpDb } from './dump';
import { buildExport, exportFileName, serializeExport, type ExportOptions } from './export';
import { KIT_STORES, isBrandScope, type KitStore } from './format';
import type { ImportError } from './messages';
import { checkImport, type CheckOptions } from './validate';

/**
 * What the background runs for the Data page. No state is kept between preview and confirm (the service worker may
 * stop in between): the page sends the same bytes again and they are checked again before the write.
 */
export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; errors: ImportError[]; more: number };
export type ImportOutcome = { ok: true; result: ApplyResult } | { ok: false; errors: ImportError[]; more: number };

export async function previewFile(db: Db, input: string | ArrayBuffer | Uint8Array, mode: ImportMode = 'merge', opts?: CheckOptions): Promise<PreviewOutcome> {
  const checked = checkImport(input, opts);
  if (!checked.ok) return checked;
  const stores = (Object.keys(checked.kit.data) as KitStore[]).filter((s) => checked.kit.data[s] !== undefined);
  return { ok: true, preview: await diffImport(await dumpDb(db, stores), checked.kit, mode) };
}

export async function importFile(db: Db, input: string | ArrayBuffer | Uint8Array, mode: ImportMode = 'merge', opts?: CheckOptions): Promise<ImportOutcome> {
  const checked = checkImport(input, opts);
  if (!checked.ok) return checked;
  return { ok: true, result: await applyImport(db, checked.kit, { mode }) };
}

export async function exportDb(db: Db, opts: ExportOptions & { brandName?: string }) {
  const stores = KIT_STORES.filter((s) => (s !== 'engagement' || opts.engagement) && (s !== 'settings' || !isBrandScope(opts.scope)));
  const { file, skipped } = await buildExport(await dumpDb(db, stores), opts);
  const text = serializeExport(file);
  return { fileName: exportFileName(opts.scope, opts.brandName, opts.now), text, bytes: new TextEncoder().encode(text).byteLength, skipped };
}

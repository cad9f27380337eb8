import { buildExport, serializeExport, type ExportOptions } from '../../../lib/store/backup/export';
import type { KitData, KitFile } from '../../../lib/store/backup/format';
import { checkImport, type CheckedImport, type CheckOptions } from '../../../lib/store/backup/validate';

export const NOW = new Date('2026-04-01T09:30:00.000Z');

export async function exportFile(data: Partial<KitData>, opts: Partial<ExportOptions> = {}): Promise<KitFile> {
  const { file } = await buildExport(data, { scope: 'all', engagement: true, images: true, appVersion: '0.1.0', now: NOW, ...opts });
  return file;
}

export async function exportText(data: Partial<KitData>, opts: Partial<ExportOptions> = {}) {
  return serializeExport(await exportFile(data, opts));
}

export function mustCheck(input: string | Uint8Array, opts?: CheckOptions): CheckedImport {
  const r = checkImport(input, opts);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.kit;
}

export function mustRefuse(input: string | Uint8Array, opts?: CheckOptions) {
  const r = checkImport(input, opts);
  if (r.ok) throw new Error('accepted a file that should be refused');
  return r.errors;
}

export async function blobBytes(b: Blob) {
  return [...new Uint8Array(await b.arrayBuffer())];
}

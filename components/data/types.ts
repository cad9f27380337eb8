import type { UiLanguage } from '../../lib/i18n';
import type { BackupMeta } from '../../lib/store/backup/apply';
import type { ImportMode } from '../../lib/store/backup/diff';
import type { Scope } from '../../lib/store/backup/format';
import type { ImportOutcome, PreviewOutcome } from '../../lib/store/backup/pipeline';

export interface ExportRequest {
  scope: Scope;
  engagement: boolean;
  images: boolean;
}
export interface ExportedFile {
  fileName: string;
  text: string;
  bytes: number;
  skipped: number;
}

/** Everything the Data page needs; the dashboard passes callbacks that call the background. */
export interface DataPageProps {
  lang: UiLanguage;
  brands: Array<{ id: string; name: string }>;
  /** Newest first (listBackups). */
  backups: BackupMeta[];
  onExport(req: ExportRequest): Promise<ExportedFile>;
  /** Checks the file and describes what an import would do. Nothing is kept: confirm sends the same bytes again. */
  onPreview(bytes: Uint8Array, mode: ImportMode): Promise<PreviewOutcome>;
  onImport(bytes: Uint8Array, mode: ImportMode): Promise<ImportOutcome>;
  onRestore(id: string): Promise<void>;
  /** Loads a team's kit from an https address (the background asks for that host's permission first). */
  onFetchUrl?(url: string): Promise<Uint8Array>;
  /** Hands the export to the user; by default a download of the file. */
  saveFile?(fileName: string, text: string): void;
}

/** A quarantined record as the dashboard shows it: the raw value as JSON text, never as markup. */
export interface QuarantineEntry {
  qid: number;
  store: string;
  key: string;
  reason: string;
  at: string;
  json: string;
  /** The JSON was too long to send whole: it can be deleted or exported, not edited here. */
  truncated: boolean;
}
export type RepairOutcome = { repaired: true } | { repaired: false; issues: string };

/** About 1 MB of text per record in the list; longer ones (a 5 MB string) are shown cut and cannot be edited. */
export const MAX_JSON_CHARS = 1_000_000;

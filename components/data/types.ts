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

import type { UiLanguage } from '../../lib/i18n';
import type { UiMessage } from '../../lib/messages';
import type { BackupMeta } from '../../lib/store/backup/apply';
import type { ImportMode } from '../../lib/store/backup/diff';
import type { ImportOutcome, PreviewOutcome } from '../../lib/store/backup/pipeline';
import { sendToBackground } from '../../lib/store/client';
import { dataText } from './messages';
import type { ExportRequest, ExportedFile, QuarantineEntry, RepairOutcome } from './types';

const ERROR_KEY = {
  'storage-full': 'errStorageFull',
  invalid: 'errInvalid',
  'no-reply': 'errNoReply',
  forbidden: 'errForbidden',
} as const;

/**
 * A refusal from the background as an Error the Data components understand: storage full is named QuotaExceededError
 * (isQuotaError recognises it, StorageFull is shown), every other code gets a sentence in the page language.
 */
export class BackgroundError extends Error {
  constructor(readonly code: string, lang: UiLanguage) {
    super(dataText(lang)(ERROR_KEY[code as keyof typeof ERROR_KEY] ?? 'errFailed'));
    this.name = code === 'storage-full' ? 'QuotaExceededError' : 'BackgroundError';
  }
}

type Send = (msg: UiMessage) => Promise<{ ok: true; data: unknown } | { ok: false; error: string }>;

/** The Data page's calls, each one message to the background; a refusal throws a BackgroundError. */
export function dataApi(lang: UiLanguage, send: Send = sendToBackground) {
  const call = async <T>(msg: UiMessage): Promise<T> => {
    const reply = await send(msg);
    if (!reply.ok) throw new BackgroundError(reply.error, lang);
    return reply.data as T;
  };
  return {
    exportData: (req: ExportRequest) => call<ExportedFile>({ type: 'data.export', ...req }),
    preview: (bytes: Uint8Array, mode: ImportMode) => call<PreviewOutcome>({ type: 'data.preview', base64: toBase64(bytes), mode }),
    importData: (bytes: Uint8Array, mode: ImportMode) => call<ImportOutcome>({ type: 'data.import', base64: toBase64(bytes), mode }),
    restore: async (backupId: string) => void (await call({ type: 'data.restore', backupId })),
    backups: () => call<BackupMeta[]>({ type: 'data.backups' }),
    quarantine: () => call<QuarantineEntry[]>({ type: 'quarantine.list' }),
    repair: (qid: number, repaired: unknown) => call<RepairOutcome>({ type: 'quarantine.resolve', qid, repaired }),
    remove: (qid: number) => call<RepairOutcome>({ type: 'quarantine.resolve', qid }),
  };
}
export type DataApi = ReturnType<typeof dataApi>;

/** Bytes to base64 in slices: String.fromCharCode over a whole 60 MB array would overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let bin = '';
  for (let i = 0; i < bytes.length; i += SLICE) bin += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(bin);
}

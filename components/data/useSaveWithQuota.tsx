import { useCallback, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { isQuotaError } from '../../lib/store/backup/quota';
import { dataText } from './messages';
import { reasonOf } from './save-file';
import { StorageFull } from './StorageFull';
import type { DataPageProps } from './types';

export type SaveStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'full' } | { kind: 'failed'; reason: string };

/**
 * One save from a dashboard form. The hook never touches the form's draft: on any failure the edit stays on screen,
 * and storage full (QuotaExceededError, also inside an AbortError, or the background's 'storage-full' reply turned into
 * a BackgroundError by wire.ts) switches to the StorageFull notice that offers an export.
 *
 *   const save = useSaveWithQuota();
 *   const onSubmit = () => save.run(() => api.saveBrand(draft));   // resolves true when saved
 *   <SaveNotice status={save.status} lang={lang} onExport={api.exportData} />
 */
export function useSaveWithQuota() {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const busy = useRef(false);
  const run = useCallback(async (save: () => Promise<unknown>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setStatus({ kind: 'saving' });
    try {
      await save();
      setStatus({ kind: 'saved' });
      return true;
    } catch (e) {
      setStatus(isQuotaError(e) ? { kind: 'full' } : { kind: 'failed', reason: reasonOf(e) });
      return false;
    } finally {
      busy.current = false;
    }
  }, []);
  const reset = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, run, reset, saving: status.kind === 'saving' };
}

/** What the form shows under its save button for each status. */
export function SaveNotice(props: { status: SaveStatus; lang: UiLanguage } & Pick<DataPageProps, 'onExport' | 'saveFile'>) {
  const t = dataText(props.lang);
  const s = props.status;
  if (s.kind === 'saving') return <p role="status">{t('saving')}</p>;
  if (s.kind === 'saved') return <p role="status">{t('saved')}</p>;
  if (s.kind === 'failed') return <p class="ck-error" role="alert">{t('saveFailed', { reason: s.reason })}</p>;
  if (s.kind === 'full') return <StorageFull lang={props.lang} onExport={props.onExport} saveFile={props.saveFile} message={t('saveStorageFull')} />;
  return null;
}

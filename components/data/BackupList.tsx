import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/i18n';
import { MAX_BACKUPS, type BackupMeta } from '../../lib/store/backup/apply';
import { KIT_STORES } from '../../lib/store/backup/format';
import { isQuotaError } from '../../lib/store/backup/quota';
import { dataText } from './messages';
import { reasonOf } from './save-file';
import { StorageFull } from './StorageFull';
import type { DataPageProps } from './types';

const REASON = { import: 'reasonImport', restore: 'reasonRestore', manual: 'reasonManual' } as const;

type Status = { kind: 'idle' } | { kind: 'confirm' | 'busy' | 'done'; id: string } | { kind: 'error'; reason: string; quota: boolean };

/** The automatic backups, newest first, each restorable after one confirmation. */
export function BackupList(props: Pick<DataPageProps, 'lang' | 'backups' | 'onRestore' | 'onExport' | 'saveFile'>) {
  const t = dataText(props.lang);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const when = (b: BackupMeta) => formatDate(b.createdAt, props.lang, { dateStyle: 'long', timeStyle: 'short' });
  const dateOf = (id: string) => {
    const b = props.backups.find((x) => x.id === id);
    return b ? when(b) : id;
  };

  const restore = async (id: string) => {
    setStatus({ kind: 'busy', id });
    try {
      await props.onRestore(id);
      setStatus({ kind: 'done', id });
    } catch (e) {
      setStatus({ kind: 'error', reason: reasonOf(e), quota: isQuotaError(e) });
    }
  };

  return (
    <section class="ck-card" aria-labelledby="data-backups-title">
      <h2 id="data-backups-title">{t('backupsTitle')}</h2>
      <p class="ck-muted">{t('backupsIntro', { max: MAX_BACKUPS })}</p>
      {!props.backups.length && <p class="ck-empty">{t('noBackups')}</p>}
      <ul class="ck-list" style={{ listStyle: 'none', paddingLeft: 0 }}>
        {props.backups.map((b) => (
          <li key={b.id} class="ck-field" data-backup={b.id}>
            <div class="ck-row">
              <strong>{when(b)}</strong>
              <span class="ck-pill">{t(REASON[b.reason] ?? 'reasonManual')}</span>
              <span class="ck-muted">{summary(b, t)}</span>
              <button type="button" disabled={status.kind === 'busy'} onClick={() => setStatus({ kind: 'confirm', id: b.id })}>
                {t('restore')}
              </button>
            </div>
            {status.kind === 'confirm' && status.id === b.id && (
              <div class="ck-row" role="group">
                <span>{t('confirmRestore', { date: when(b) })}</span>
                <button type="button" class="primary" onClick={() => restore(b.id)}>{t('confirmRestoreButton')}</button>
                <button type="button" onClick={() => setStatus({ kind: 'idle' })}>{t('cancel')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {status.kind === 'busy' && <p role="status">{t('restoring')}</p>}
      {status.kind === 'done' && <p role="status">{t('restored', { date: dateOf(status.id) })}</p>}
      {status.kind === 'error' &&
        (status.quota ? (
          <StorageFull lang={props.lang} onExport={props.onExport} saveFile={props.saveFile} />
        ) : (
          <p class="ck-error" role="alert">{t('restoreFailed', { reason: status.reason })}</p>
        ))}
    </section>
  );
}

function summary(b: BackupMeta, t: ReturnType<typeof dataText>): string {
  return KIT_STORES.filter((s) => b.counts?.[s] !== undefined)
    .map((s) => `${t(`store_${s}`)} ${b.counts[s]}`)
    .join(' · ');
}

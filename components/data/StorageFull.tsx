import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { dataText } from './messages';
import { downloadText, reasonOf } from './save-file';
import type { DataPageProps } from './types';

/** Storage full: nothing was written; offer the export that keeps the data safe before space is freed. */
export function StorageFull(props: { lang: UiLanguage; message?: string } & Pick<DataPageProps, 'onExport' | 'saveFile'>) {
  const t = dataText(props.lang);
  const [error, setError] = useState('');
  const exportAll = async () => {
    try {
      const out = await props.onExport({ scope: 'all', engagement: true, images: true });
      (props.saveFile ?? downloadText)(out.fileName, out.text);
    } catch (e) {
      setError(t('exportFailed', { reason: reasonOf(e) }));
    }
  };
  return (
    <div role="alert" class="ck-error" data-testid="storage-full">
      <p>{props.message ?? t('storageFull')}</p>
      <button type="button" class="primary" onClick={exportAll}>{t('exportNow')}</button>
      {error && <p>{error}</p>}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { formatNumber, type UiLanguage } from '../../lib/i18n';
import { MAX_IMPORT_BYTES } from '../../lib/store/backup/format';
import { dataText } from './messages';
import { downloadText, reasonOf } from './save-file';
import type { DataPageProps } from './types';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string; bytes: number; skipped: number } | { kind: 'error'; reason: string };

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Everything, or one brand's kit, with or without the engagement log and the images. */
export function ExportCard(props: Pick<DataPageProps, 'lang' | 'brands' | 'onExport' | 'saveFile'>) {
  const t = dataText(props.lang);
  const [scope, setScope] = useState<'all' | 'brand'>('all');
  const [brandId, setBrandId] = useState(props.brands[0]?.id ?? '');
  const [engagement, setEngagement] = useState(true);
  const [images, setImages] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const run = async () => {
    setStatus({ kind: 'busy' });
    try {
      const out = await props.onExport({ scope: scope === 'all' ? 'all' : { brandId }, engagement, images });
      (props.saveFile ?? downloadText)(out.fileName, out.text);
      setStatus({ kind: 'done', file: out.fileName, bytes: out.bytes, skipped: out.skipped });
    } catch (e) {
      setStatus({ kind: 'error', reason: reasonOf(e) });
    }
  };

  return (
    <section class="ck-card" aria-labelledby="data-export-title">
      <h2 id="data-export-title">{t('exportTitle')}</h2>
      <p class="ck-muted">{t('exportIntro')}</p>
      <fieldset class="ck-field">
        <legend class="ck-visually-hidden">{t('exportTitle')}</legend>
        <Radio name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} label={t('scopeAll')} />
        <Radio name="export-scope" checked={scope === 'brand'} onChange={() => setScope('brand')} label={t('scopeBrand')} disabled={!props.brands.length} />
      </fieldset>
      {scope === 'brand' && (
        <div class="ck-field">
          <label for="data-export-brand">{t('brand')}</label>
          <select id="data-export-brand" value={brandId} onChange={(e) => setBrandId((e.target as HTMLSelectElement).value)}>
            {props.brands.map((b) => (
              <option key={b.id} value={b.id}>{b.name}</option>
            ))}
          </select>
        </div>
      )}
      <Check checked={engagement} onChange={setEngagement} label={t('withEngagement')} />
      <Check checked={images} onChange={setImages} label={t('withImages')} />
      <button type="button" class="primary" disabled={status.kind === 'busy'} onClick={run}>
        {status.kind === 'busy' ? t('exporting') : t('exportButton')}
      </button>
      <ExportStatus status={status} lang={props.lang} />
    </section>
  );
}

function ExportStatus({ status, lang }: { status: Status; lang: UiLanguage }) {
  const t = dataText(lang);
  if (status.kind === 'error') return <p class="ck-error" role="alert">{t('exportFailed', { reason: status.reason })}</p>;
  if (status.kind !== 'done') return null;
  return (
    <div role="status">
      <p>{t('exported', { file: status.file, size: formatNumber(mb(status.bytes), lang) })}</p>
      {status.skipped > 0 && <p class="ck-muted">{t('exportedSkipped', { count: status.skipped })}</p>}
      {status.bytes > MAX_IMPORT_BYTES && <p class="ck-error">{t('exportTooBig', { limit: mb(MAX_IMPORT_BYTES) })}</p>}
    </div>
  );
}

function Radio(p: { name: string; checked: boolean; onChange: () => void; label: string; disabled?: boolean }) {
  return (
    <label class="ck-row" style={{ fontWeight: 400 }}>
      <input type="radio" name={p.name} checked={p.checked} disabled={p.disabled} onChange={p.onChange} style={{ width: 'auto' }} />
      {p.label}
    </label>
  );
}

export function Check(p: { checked: boolean; onChange: (v: boolean) => void; label: string }) {
  return (
    <label class="ck-row ck-field" style={{ fontWeight: 400 }}>
      <input type="checkbox" checked={p.checked} onChange={(e) => p.onChange((e.target as HTMLInputElement).checked)} style={{ width: 'auto' }} />
      {p.label}
    </label>
  );
}

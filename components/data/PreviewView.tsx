import { formatDate, type UiLanguage } from '../../lib/i18n';
import type { ImportPreview, StoreDiff } from '../../lib/store/backup/diff';
import { KIT_STORES, isBrandScope } from '../../lib/store/backup/format';
import { dataText } from './messages';

const MAX_RECORDS_SHOWN = 20;

/** What an import will add, replace (field by field), leave unchanged, keep or delete. All values shown as text. */
export function PreviewView({ preview, lang, brandName }: { preview: ImportPreview; lang: UiLanguage; brandName?: string }) {
  const t = dataText(lang);
  const replace = preview.mode === 'replace';
  const stores = KIT_STORES.filter((s) => preview.stores[s]);
  return (
    <div data-testid="import-preview">
      <h3>{t('previewTitle')}</h3>
      <p>
        {isBrandScope(preview.scope) ? t('previewBrandKit', { brand: brandName ?? preview.scope.brandId }) : t('previewAll')}{' '}
        {t('previewFrom', { date: formatDate(preview.exportedAt, lang, { dateStyle: 'long', timeStyle: 'short' }), version: preview.appVersion })}
      </p>
      {preview.migratedFrom !== undefined && <p class="ck-muted">{t('previewMigrated', { from: preview.migratedFrom, to: preview.schemaVersion })}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colStore')}</th>
            <th scope="col">{t('colAdded')}</th>
            <th scope="col">{t('colReplaced')}</th>
            <th scope="col">{t('colUnchanged')}</th>
            <th scope="col">{replace ? t('colRemoved') : t('colKept')}</th>
          </tr>
        </thead>
        <tbody>
          {stores.map((s) => {
            const d = preview.stores[s]!;
            return (
              <tr key={s} data-store={s}>
                <th scope="row">{t(`store_${s}`)}</th>
                <td>{d.added.length}</td>
                <td>{d.replaced.length}</td>
                <td>{d.unchanged}</td>
                <td>{replace ? d.removed.length : d.kept.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {stores.map((s) => (
        <StoreDetails key={s} diff={preview.stores[s]!} lang={lang} replace={replace} title={t(`store_${s}`)} />
      ))}
    </div>
  );
}

function StoreDetails({ diff, lang, replace, title }: { diff: StoreDiff; lang: UiLanguage; replace: boolean; title: string }) {
  const t = dataText(lang);
  const gone = replace ? diff.removed : [];
  if (!diff.added.length && !diff.replaced.length && !gone.length) return null;
  return (
    <details>
      <summary>{title}</summary>
      <RefList title={t('colAdded')} refs={diff.added} lang={lang} />
      {diff.replaced.length > 0 && (
        <>
          <h4>{t('colReplaced')}</h4>
          {diff.replaced.slice(0, MAX_RECORDS_SHOWN).map((r) => (
            <div key={r.id} class="ck-field">
              <div>{t('changesOf', { label: r.label })}</div>
              <ul class="ck-list">
                {r.changes.map((c) => (
                  <li key={c.path}>
                    <code>{c.path}</code> — {t('before')} : <q>{c.before || t('empty')}</q>, {t('after')} : <q>{c.after || t('empty')}</q>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <More count={diff.replaced.length - MAX_RECORDS_SHOWN} lang={lang} />
        </>
      )}
      <RefList title={t('colRemoved')} refs={gone} lang={lang} />
    </details>
  );
}

function RefList({ title, refs, lang }: { title: string; refs: Array<{ id: string; label: string }>; lang: UiLanguage }) {
  if (!refs.length) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul class="ck-list">
        {refs.slice(0, MAX_RECORDS_SHOWN).map((r) => (
          <li key={r.id}>{r.label}</li>
        ))}
      </ul>
      <More count={refs.length - MAX_RECORDS_SHOWN} lang={lang} />
    </>
  );
}

function More({ count, lang }: { count: number; lang: UiLanguage }) {
  return count > 0 ? <p class="ck-muted">{dataText(lang)('moreChanges', { count })}</p> : null;
}

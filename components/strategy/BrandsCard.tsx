import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Reply, UiMessage } from '../../lib/messages';
import type { Brand } from '../../lib/store/schemas/brand';
import { Welcome } from '../app/Welcome';
import { strategyText } from './messages';

interface Props {
  brands: Brand[];
  activeId: string;
  lang: UiLanguage;
  send: (msg: UiMessage) => Promise<Reply>;
}

/** The agency's brands: which one is active, make another active, add one from a starting point, delete one. */
export function BrandsCard({ brands, activeId, lang, send }: Props) {
  const t = strategyText(lang);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState('');
  const act = async (msg: UiMessage) => {
    const r = await send(msg);
    setError(r.ok ? '' : r.error === 'storage-full' ? t('storageFull') : t('failed', { reason: r.error }));
    setConfirming(undefined);
  };
  return (
    <section class="ck-card" aria-labelledby="brands-title">
      <h2 id="brands-title">{t('brandsTitle')}</h2>
      <p class="ck-muted">{t('brandsIntro')}</p>
      <ul class="ck-brand-list">
        {brands.map((b) => (
          <li key={b.id} class={b.id === activeId ? 'is-active' : undefined}>
            <span class="ck-brand-list-name">{b.name}</span>
            <span class="ck-pill">{b.locale}</span>
            {b.id === activeId ? (
              <span class="ck-badge-active">{t('activeNow')}</span>
            ) : (
              <button type="button" aria-label={t('activateName', { name: b.name })} onClick={() => void act({ type: 'brand.activate', brandId: b.id })}>{t('activate')}</button>
            )}
            {confirming === b.id ? (
              <span class="ck-confirm" role="group" aria-label={t('deleteName', { name: b.name })}>
                <span>{t('confirmDelete', { name: b.name })}</span>
                <button type="button" class="ck-danger-button" onClick={() => void act({ type: 'brand.delete', brandId: b.id })}>{t('confirmYes')}</button>
                <button type="button" onClick={() => setConfirming(undefined)}>{t('cancel')}</button>
              </span>
            ) : (
              <button type="button" class="ck-link-button ck-danger" aria-label={t('deleteName', { name: b.name })} onClick={() => setConfirming(b.id)}>{t('deleteBrand')}</button>
            )}
          </li>
        ))}
      </ul>
      {error && <p class="ck-error" role="alert">{error}</p>}
      {adding ? (
        <Welcome lang={lang} headingLevel={3} onCreated={() => setAdding(false)} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" class="ck-add" onClick={() => setAdding(true)}>+ {t('addBrand')}</button>
      )}
    </section>
  );
}

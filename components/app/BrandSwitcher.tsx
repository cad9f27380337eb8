import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Reply, UiMessage } from '../../lib/messages';
import type { Brand } from '../../lib/store/schemas/brand';
import { sendToBackground } from '../../lib/store/client';
import { appText } from './messages';
import '../strategy/strategy.css';

interface Props {
  brands: Brand[];
  activeId: string;
  lang: UiLanguage;
  layout?: 'row' | 'column';
  send?: (msg: UiMessage) => Promise<Reply>;
}

/**
 * One click to change the active brand (agencies): a button per brand. Every page reloads its state when the profile
 * version changes, so nothing else is needed here. Hidden with a single brand.
 */
export function BrandSwitcher({ brands, activeId, lang, layout = 'row', send = sendToBackground }: Props) {
  const t = appText(lang);
  const [error, setError] = useState('');
  const [pending, setPending] = useState<string>();
  if (brands.length < 2) return null;
  const activate = async (id: string) => {
    if (id === activeId) return;
    setPending(id);
    const r = await send({ type: 'brand.activate', brandId: id });
    setPending(undefined);
    setError(r.ok ? '' : t('saveFailed', { reason: r.error }));
  };
  return (
    <>
      <fieldset class={`ck-switcher ${layout === 'column' ? 'is-column' : ''}`} data-testid="brand-switcher">
        <legend>{t('activeBrand')}</legend>
        {brands.map((b) => (
          <button type="button" key={b.id} aria-pressed={b.id === (pending ?? activeId)} onClick={() => void activate(b.id)}>{b.name}</button>
        ))}
      </fieldset>
      {error && <p class="ck-error" role="alert">{error}</p>}
    </>
  );
}

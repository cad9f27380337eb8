import { useState } from 'preact/hooks';
import { appText } from './messages';
import type { UiLanguage } from '../../lib/i18n';
import { sendToBackground } from '../../lib/store/client';
import { brandSchema } from '../../lib/store/schemas/brand';

interface Props {
  lang: UiLanguage;
  onCreated: () => void;
}

/** First run: an empty database gets this instead of empty cards. */
export function Welcome({ lang, onCreated }: Props) {
  const t = appText(lang);
  const [name, setName] = useState('');
  const [locale, setLocale] = useState<'fr-CA' | 'fr-FR' | 'en'>(lang === 'fr' ? 'fr-CA' : 'en');
  const [audience, setAudience] = useState<'b2c' | 'b2b'>('b2c');
  const [error, setError] = useState('');

  const create = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('brandNameRequired'));
    const at = new Date().toISOString();
    const brand = brandSchema.parse({ id: `brand-${Date.now().toString(36)}`, name: name.trim(), locale, audience, createdAt: at, updatedAt: at });
    const saved = await sendToBackground({ type: 'brand.save', brand });
    if (!saved.ok) return setError(t('saveFailed', { reason: saved.error }));
    await sendToBackground({ type: 'brand.activate', brandId: brand.id });
    onCreated();
  };
  const demo = async () => {
    const r = await sendToBackground({ type: 'demo.seed' });
    if (!r.ok) return setError(t('saveFailed', { reason: r.error }));
    onCreated();
  };

  return (
    <section class="ck-card" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcomeTitle')}</h1>
      <p>{t('welcomeBody')}</p>
      <form onSubmit={create} noValidate>
        <div class="ck-field">
          <label for="brand-name">{t('brandName')}</label>
          <input id="brand-name" value={name} onInput={(e) => { setName(e.currentTarget.value); setError(''); }}
            aria-invalid={!!error} aria-describedby={error ? 'brand-name-error' : undefined} />
          {error && <div id="brand-name-error" class="ck-error" role="alert">{error}</div>}
        </div>
        <div class="ck-row">
          <div class="ck-field" style={{ flex: 1 }}>
            <label for="brand-locale">{t('startingLanguage')}</label>
            <select id="brand-locale" value={locale} onChange={(e) => setLocale(e.currentTarget.value as typeof locale)}>
              <option value="fr-CA">{t('localeFrCA')}</option>
              <option value="fr-FR">{t('localeFrFR')}</option>
              <option value="en">{t('localeEn')}</option>
            </select>
          </div>
          <div class="ck-field" style={{ flex: 1 }}>
            <label for="brand-audience">{t('audience')}</label>
            <select id="brand-audience" value={audience} onChange={(e) => setAudience(e.currentTarget.value as typeof audience)}>
              <option value="b2c">{t('audienceB2c')}</option>
              <option value="b2b">{t('audienceB2b')}</option>
            </select>
          </div>
        </div>
        <div class="ck-row">
          <button type="submit" class="primary">{t('createBrand')}</button>
          <button type="button" onClick={demo}>{t('loadDemo')}</button>
        </div>
      </form>
    </section>
  );
}

import type { Brand } from '../../lib/store/schemas/brand';
import type { UiLanguage } from '../../lib/i18n';
import { appText } from './messages';

/** The active brand's essentials: name, mission, values, voice. */
export function GuidelinesCard({ brand, lang }: { brand: Brand; lang: UiLanguage }) {
  const t = appText(lang);
  return (
    <section class="ck-card" aria-labelledby="guidelines-title">
      <h2 id="guidelines-title">{brand.name}</h2>
      <h3>{t('mission')}</h3>
      <p>{brand.mission || <span class="ck-muted">{t('noMission')}</span>}</p>
      {brand.values.length > 0 && (
        <>
          <h3>{t('values')}</h3>
          <ul class="ck-list">
            {brand.values.map((v) => (
              <li key={v.name}>
                <strong>{v.name}</strong>
                {v.howItShows ? ` — ${v.howItShows}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {brand.voice.length > 0 && (
        <>
          <h3 style={{ marginTop: '8px' }}>{t('voice')}</h3>
          <ul class="ck-list">{brand.voice.slice(0, 3).map((v) => <li key={v}>{v}</li>)}</ul>
        </>
      )}
    </section>
  );
}

import type { UiLanguage } from '../../lib/i18n';
import type { PageState } from '../app/usePageState';
import { sendToBackground } from '../../lib/store/client';
import { strategyText } from './messages';
import { StrategyEditor } from './StrategyEditor';
import { BrandsCard } from './BrandsCard';
import { useProgress } from './useProgress';
import './strategy.css';

const PARTS = [['identity', 'identityTitle'], ['audiences', 'audiencesTitle'], ['objectives', 'objectivesTitle'], ['platforms', 'platformsTitle']] as const;

/** The dashboard's strategy section: the brands of the agency, then the active brand's strategy editor. */
export function StrategySection({ state, lang }: { state: PageState; lang: UiLanguage; reload?: () => Promise<void> }) {
  const t = strategyText(lang);
  const brand = state.brand!;
  const { byId } = useProgress(state.db, brand);
  const jump = (id: string) => {
    const el = document.getElementById(`${id}-title`);
    el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    el?.setAttribute('tabindex', '-1');
    el?.focus({ preventScroll: true });
  };
  return (
    <div class="ck-strategy-section">
      <p class="ck-muted">{t('intro')}</p>
      <div role="navigation" aria-label={t('partsNav')} class="ck-row ck-parts">
        {PARTS.map(([id, key]) => (
          <button type="button" class="ck-part" key={id} onClick={() => jump(id)}>{t(key)}</button>
        ))}
      </div>
      <BrandsCard brands={state.brands} activeId={brand.id} lang={lang} send={sendToBackground} />
      <StrategyEditor key={brand.id} brand={brand} lang={lang} progress={byId} save={(b) => sendToBackground({ type: 'brand.save', brand: b })} />
    </div>
  );
}

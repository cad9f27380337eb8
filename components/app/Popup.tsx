import { usePageState } from './usePageState';
import { appText } from './messages';
import { Welcome } from './Welcome';
import { GuidelinesCard } from './GuidelinesCard';
import { QueueSummary } from './QueueSummary';
import { HealthNotice } from './HealthNotice';
import { TodayCard } from '../today/TodayCard';
import { resolveLanguage } from '../../lib/i18n';
import { CurrentComment } from '../assistant/CurrentComment';
import { DraftCheck } from '../draft-check/DraftCheck';
import { QueuePanel, prefetchQueue } from '../engagement-section/QueuePanel';
import { useState } from 'preact/hooks';
import { openDashboard, pageDb } from '../../lib/store/client';

/** The toolbar popup; the side panel shows the same content with more room. */
export function Popup({ surface = 'popup' }: { surface?: 'popup' | 'sidepanel' }) {
  // The queue is what the popup is opened for: its read goes first, before the page state's (usePageState's effect).
  useState(() => void pageDb().then((db) => prefetchQueue(db, surface), () => {}));
  const { state, reload, closed } = usePageState();
  const lang = state?.lang ?? resolveLanguage('auto', navigator.language);
  const t = appText(lang);
  if (closed) return <main class={surface}><p class="ck-error" role="alert">{t('dbClosed')}</p></main>;
  if (!state) return <main class={surface}><p class="ck-muted">{t('loading')}</p></main>;
  return (
    <main class={surface}>
      <header class="ck-row" style={{ justifyContent: 'space-between', marginBottom: '8px' }}>
        <h1 style={{ margin: 0 }}>{t('appName')}</h1>
        <button type="button" onClick={() => void openDashboard()}>{t('openDashboard')}</button>
      </header>
      {state.quarantined > 0 && <p class="ck-error" role="status">{t('quarantined', { count: state.quarantined })}</p>}
      {!state.brand ? (
        <Welcome lang={lang} onCreated={() => void reload()} />
      ) : (
        <>
          <QueueSummary open={state.openCount} urgent={state.urgentCount} lang={lang} />
          <QueuePanel db={state.db} lang={lang} surface={surface} totalOpen={state.openCount ?? undefined} onChanged={() => void reload()} />
          {state.brand && <CurrentComment db={state.db} lang={lang} />}
          <TodayCard db={state.db} brandId={state.brand.id} lang={lang} />
          <DraftCheck db={state.db} brand={state.brand} lang={lang} />
          <HealthNotice lang={lang} />
          <GuidelinesCard brand={state.brand} lang={lang} />
          <button type="button" onClick={() => void openDashboard('#strategy')}>{t('openStrategy')}</button>
        </>
      )}
    </main>
  );
}

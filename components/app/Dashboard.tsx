import { useEffect, useState } from 'preact/hooks';
import { usePageState } from './usePageState';
import { appText } from './messages';
import { Welcome } from './Welcome';
import { GuidelinesCard } from './GuidelinesCard';
import { DataSection } from '../data/DataSection';
import { resolveLanguage } from '../../lib/i18n';

export const SECTIONS = ['strategy', 'rules', 'replies', 'calendar', 'engagement', 'data', 'settings'] as const;
type Section = (typeof SECTIONS)[number];
const NAV_KEY = {
  strategy: 'navStrategy', rules: 'navRules', replies: 'navReplies', calendar: 'navCalendar',
  engagement: 'navEngagement', data: 'navData', settings: 'navSettings',
} as const;

const sectionFromHash = (): Section => {
  const h = location.hash.slice(1);
  return (SECTIONS as readonly string[]).includes(h) ? (h as Section) : 'strategy';
};

/** The options page, in a full tab: one section at a time, chosen from the navigation or the URL hash. */
export function Dashboard() {
  const { state, reload, closed } = usePageState();
  const [section, setSection] = useState<Section>(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const lang = state?.lang ?? resolveLanguage('auto', navigator.language);
  const t = appText(lang);
  if (closed) return <main><p class="ck-error" role="alert">{t('dbClosed')}</p></main>;
  if (!state) return <main><p class="ck-muted">{t('loading')}</p></main>;
  if (!state.brand) return <main class="dashboard-welcome"><Welcome lang={lang} onCreated={() => void reload()} /></main>;
  return (
    <div class="dashboard">
      <nav aria-label={t('dashboardNav')}>
        <div class="brand-name">{state.brand.name}</div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`} aria-current={s === section ? 'page' : undefined}>{t(NAV_KEY[s])}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="section" aria-labelledby="section-title">
        <h1 id="section-title">{t(NAV_KEY[section])}</h1>
        {section === 'data' ? <DataSection lang={lang} brands={state.brands} /> : section === 'strategy' ? <GuidelinesCard brand={state.brand} lang={lang} /> : <p class="ck-muted">{t('sectionSoon')}</p>}
      </main>
    </div>
  );
}

import { RepliesSection } from '../replies-section/RepliesSection';
import { useEffect, useState } from 'preact/hooks';
import { usePageState } from './usePageState';
import { appText } from './messages';
import { Welcome } from './Welcome';
import { BrandSwitcher } from './BrandSwitcher';
import { resolveLanguage } from '../../lib/i18n';
import { CalendarSection } from '../calendar-section/CalendarSection';
import { StrategySection } from '../strategy/StrategySection';
import { SettingsSection } from '../strategy/settings/SettingsSection';
import { RulesSection } from '../rules-section/RulesSection';
import { DataSection } from '../data/DataSection';
import { EngagementSection } from '../engagement-section/EngagementSection';

export const SECTIONS = ['strategy', 'rules', 'replies', 'calendar', 'engagement', 'data', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];
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
  useEffect(() => {
    document.title = `${t(NAV_KEY[section])} · Cocktail`;
  }, [section, lang]);
  if (closed) return <main><p class="ck-error" role="alert">{t('dbClosed')}</p></main>;
  if (!state) return <main><p class="ck-muted">{t('loading')}</p></main>;
  if (!state.brand) {
    return (
      <main class="dashboard-welcome">
        <Welcome lang={lang} headingLevel={1} onCreated={() => { location.hash = '#strategy'; void reload(); }} />
      </main>
    );
  }
  const props = { state, lang, reload };
  // One line per section (SECTIONS lists them all, so the chain ends on the last one).
  const body =
    section === 'strategy' ? <StrategySection {...props} /> :
    section === 'settings' ? <SettingsSection settings={state.settings} lang={lang} /> :
    section === 'calendar' ? <CalendarSection db={state.db} brand={state.brand} lang={lang} /> :
    section === 'rules' ? <RulesSection db={state.db} brand={state.brand} lang={lang} /> :
    section === 'replies' ? <RepliesSection db={state.db} brand={state.brand} lang={lang} /> :
    section === 'data' ? <DataSection lang={lang} brands={state.brands} /> :
    <EngagementSection db={state.db} brand={state.brand} lang={lang} />;
  return (
    <div class="dashboard">
      <nav aria-label={t('dashboardNav')}>
        {state.brands.length < 2 && <div class="brand-name">{state.brand.name}</div>}
        <BrandSwitcher brands={state.brands} activeId={state.brand.id} lang={lang} layout="column" />
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
        {body}
      </main>
    </div>
  );
}

import { PLATFORMS } from '../../lib/platforms/types';
import { PILLARS, POST_STATUSES } from '../../lib/store/schemas/post';
import { PILLAR_LABELS, PLATFORM_LABELS, STATUS_LABELS } from '../../lib/calendar/names';
import { EMPTY_FILTER, type PostFilter } from '../../lib/calendar/view-model';
import type { UiLanguage } from '../../lib/i18n';
import { calendarText } from './messages';

export interface FiltersProps {
  value: PostFilter;
  onChange: (f: PostFilter) => void;
  lang: UiLanguage;
  objectives?: Array<{ id: string; statement: string }>;
}

export function Filters({ value, onChange, lang, objectives = [] }: FiltersProps) {
  const t = calendarText(lang);
  const group = <K extends keyof PostFilter>(key: K, legend: string, options: Array<{ id: PostFilter[K][number]; label: string }>) => (
    <fieldset class="ck-cal-facet">
      <legend>{legend}</legend>
      {options.map((o) => {
        const list = value[key] as string[];
        const on = list.includes(o.id as string);
        return (
          <label key={o.id as string} class="ck-cal-check">
            <input
              type="checkbox"
              checked={on}
              onChange={() => onChange({ ...value, [key]: on ? list.filter((x) => x !== o.id) : [...list, o.id] })}
            />{' '}
            {o.label}
          </label>
        );
      })}
    </fieldset>
  );
  return (
    <form class="ck-cal-filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      {group('platforms', t('platforms'), PLATFORMS.map((p) => ({ id: p, label: PLATFORM_LABELS[p] })))}
      {group('statuses', t('statuses'), POST_STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[lang][s] })))}
      {group('pillars', t('pillars'), PILLARS.map((p) => ({ id: p, label: PILLAR_LABELS[lang][p] })))}
      {objectives.length > 0 && group('objectives', t('objectives'), objectives.map((o) => ({ id: o.id, label: o.statement })))}
      <button type="button" onClick={() => onChange(EMPTY_FILTER)}>{t('clearFilters')}</button>
    </form>
  );
}

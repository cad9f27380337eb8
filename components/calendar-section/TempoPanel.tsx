import { useState } from 'preact/hooks';
import type { TempoWarning } from '../../lib/calendar/tempo';
import { describeWarning } from '../../lib/calendar/messages';
import { dayKey } from '../../lib/calendar/zoned-time';
import type { UiLanguage } from '../../lib/i18n';
import { formatDay } from '../calendar/format';
import { sectionText } from './messages';

/** Actions that add a post open the editor on the slot; the others show the day where posts must move. */
/** A long list starts folded: the calendar stays in sight. */
const OPEN_UP_TO = 4;
const PLANS = new Set<TempoWarning['action']>(['addPosts', 'fillGap', 'addPillar']);

export interface TempoPanelProps {
  /** null while the tempo window is read (after the calendar grid). */
  warnings: TempoWarning[] | null;
  hasCadence: boolean;
  lang: UiLanguage;
  timeZone: string;
  onPlan: (w: TempoWarning) => void;
  onShowDay: (day: string) => void;
}

export function TempoPanel({ warnings, hasCadence, lang, timeZone, onPlan, onShowDay }: TempoPanelProps) {
  const t = sectionText(lang);
  // Folded, the list is not built: a busy month has hundreds of warnings, and the grid comes first.
  const [unfolded, setUnfolded] = useState(false);
  const open = unfolded || (warnings?.length ?? 0) <= OPEN_UP_TO;
  return (
    <section class="ck-calsec-tempo" aria-labelledby="ck-tempo-title">
      <h2 id="ck-tempo-title">{t('tempoTitle')}</h2>
      {!hasCadence && <p class="ck-muted">{t('tempoNoCadence')}</p>}
      {hasCadence && !warnings && <p class="ck-muted" aria-busy="true">{t('tempoLoading')}</p>}
      {hasCadence && warnings && !warnings.length && <p class="ck-muted">{t('tempoNone')}</p>}
      {warnings && warnings.length > 0 && (
        <details open={open} onToggle={(e) => setUnfolded((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('tempoCount', { count: warnings.length })}</summary>
        <ul data-testid="tempo-warnings">
          {open && warnings.map((w, i) => {
            const { message, action } = describeWarning(w, lang);
            const day = dayKey(Date.parse(w.slot.date), timeZone);
            const when = formatDay(day, lang, { weekday: 'long', day: 'numeric', month: 'long' });
            return (
              <li key={`${w.kind}-${w.slot.date}-${i}`} class={`ck-calsec-warning ck-calsec-${w.severity}`}>
                <span>{message}</span> <strong>{action}</strong>{' '}
                {PLANS.has(w.action) ? (
                  <button type="button" class="ck-link" onClick={() => onPlan(w)}>{t('planAt', { when })}</button>
                ) : (
                  <button type="button" class="ck-link" onClick={() => onShowDay(day)}>{t('showDay', { when })}</button>
                )}
              </li>
            );
          })}
        </ul>
        </details>
      )}
    </section>
  );
}

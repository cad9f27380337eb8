import type { CalendarPost } from '../../lib/store/schemas/post';
import { PILLAR_LABELS } from '../../lib/calendar/names';
import type { UiLanguage } from '../../lib/i18n';
import { dateFormat } from '../calendar/format';
import { sectionText } from './messages';

export interface IdeasPanelProps {
  ideas: CalendarPost[];
  lang: UiLanguage;
  timeZone: string;
  onAccept: (ideas: CalendarPost[]) => void;
  onDismiss: (id: string) => void;
}

/** Ideas from the brand's identity, each with what the reader gains; nothing enters the calendar until accepted. */
export function IdeasPanel({ ideas, lang, timeZone, onAccept, onDismiss }: IdeasPanelProps) {
  const t = sectionText(lang);
  const when = dateFormat(lang, timeZone, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  return (
    <div class="ck-calsec-ideas">
      {ideas.length > 1 && <button type="button" onClick={() => onAccept(ideas)}>{t('acceptAll')}</button>}
      <ul data-testid="ideas">
        {ideas.map((idea) => (
          <li key={idea.id} data-idea-id={idea.id}>
            <p>
              <strong>{idea.text}</strong> <span class="ck-muted">({PILLAR_LABELS[lang][idea.pillar]})</span>
            </p>
            {idea.readerBenefit && <p>{t('ideaBenefit', { benefit: idea.readerBenefit })}</p>}
            <p class="ck-muted">{t('ideaWhen', { when: when.format(new Date(idea.date)) })}</p>
            <span class="ck-row">
              <button type="button" class="primary" onClick={() => onAccept([idea])}>{t('accept')}</button>
              <button type="button" onClick={() => onDismiss(idea.id)}>{t('dismiss')}</button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

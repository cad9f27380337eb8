import type { UiLanguage } from '../../lib/i18n';
import { allowedStates, checklist } from '../../lib/engagement/state';
import { waitingSince } from '../../lib/engagement/queue';
import { httpUrl } from '../../lib/engagement/sanitize';
import type { EngagementItem, EngagementState } from '../../lib/store/schemas/engagement';
import { dateTime, formatAgo } from './format';
import { engagementText } from './messages';
import { PLATFORM_NAMES, actionKey, intentKey, kindKey, stateKey, stepKey } from './labels';

export interface QueueItemProps {
  item: EngagementItem;
  lang: UiLanguage;
  now: Date;
  onSetState: (id: string, state: EngagementState) => void;
}

/** One waiting item: what it is, who, how long ago, its checklist, one-click states and a link to it. */
export function QueueItem({ item, lang, now, onSetState }: QueueItemProps) {
  const t = engagementText(lang);
  const since = waitingSince(item);
  const link = httpUrl(item.permalink);
  const author = item.author.name || item.author.handle || '?';
  const platform = PLATFORM_NAMES[item.platform];
  const textId = `ck-eng-text-${item.id}`;
  const urgent = item.intent === 'complaint' || item.intent === 'question';
  return (
    <li class={`ck-eng-item${urgent ? ' ck-eng-urgent' : ''}`} data-id={item.id} data-intent={item.intent}>
      <div class="ck-eng-meta">
        <span class={`ck-pill ck-eng-intent ck-eng-intent-${item.intent}`}>{t(intentKey(item.intent))}</span>
        <span class="ck-eng-platform">{platform}</span>
        <span class="ck-muted">{t(kindKey(item.kind))}</span>
        <time class="ck-muted" dateTime={since} title={dateTime(since, lang)}>
          {t('receivedAgo', { age: formatAgo(now.getTime() - Date.parse(since), lang) })}
        </time>
      </div>
      <div class="ck-eng-author">
        <strong>{author}</strong>
        {item.author.handle && item.author.handle !== author && <span class="ck-muted"> {item.author.handle}</span>}
        {item.state !== 'new' && <span class="ck-pill ck-eng-state">{t(stateKey(item.state))}</span>}
      </div>
      <p class="ck-eng-text" id={textId} lang={item.language === 'other' ? undefined : item.language}>{item.text}</p>
      <ul class="ck-eng-checklist" aria-label={t('checklist')}>
        {checklist(item).map((s) => (
          <li key={s.step} class={s.done ? 'ck-eng-done' : 'ck-eng-todo'}>
            <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {t(stepKey(s.step))}
            <span class="ck-visually-hidden"> ({t(s.done ? 'stepDone' : 'stepTodo')})</span>
          </li>
        ))}
      </ul>
      <div class="ck-eng-actions" role="group" aria-label={t('actionsLabel', { author })}>
        {allowedStates(item, now).map((s) => (
          <button type="button" key={s} class={s === 'replied' ? 'primary' : undefined} aria-describedby={textId} onClick={() => onSetState(item.id, s)}>
            {t(actionKey(s))}
          </button>
        ))}
        {link && (
          <a class="ck-eng-open" href={link} target="_blank" rel="noopener noreferrer" aria-label={t('openLabel', { author, platform })}>
            {t('open')}
          </a>
        )}
      </div>
    </li>
  );
}

import type { UiLanguage } from '../../lib/i18n';
import { queueOrder } from '../../lib/engagement/queue';
import type { EngagementItem, EngagementState } from '../../lib/store/schemas/engagement';
import { engagementText } from './messages';
import { QueueItem } from './QueueItem';

export interface QueueProps {
  items: readonly EngagementItem[];
  lang: UiLanguage;
  now: Date;
  onSetState: (id: string, state: EngagementState) => void;
  /** How many to show (the popup shows fewer than the side panel). */
  limit?: number;
  /** Open items in total, when the caller only passed the first ones. */
  totalOpen?: number;
}

/** Open items across platforms: complaints and questions first, then oldest first. */
export function Queue({ items, lang, now, onSetState, limit = 50, totalOpen }: QueueProps) {
  const t = engagementText(lang);
  const shown = queueOrder(items, limit);
  const total = totalOpen ?? items.reduce((n, i) => n + i.open, 0);
  return (
    <section class="ck-eng-queue" aria-labelledby="ck-eng-queue-title">
      <h2 id="ck-eng-queue-title">{t('queueTitle')}</h2>
      {shown.length === 0 ? (
        <p class="ck-empty">{t('queueEmpty')}</p>
      ) : (
        <ul class="ck-eng-items">
          {shown.map((item) => (
            <QueueItem key={item.id} item={item} lang={lang} now={now} onSetState={onSetState} />
          ))}
        </ul>
      )}
      {total > shown.length && <p class="ck-muted">{t('queueMore', { count: total - shown.length })}</p>}
    </section>
  );
}

import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Db } from '../../lib/store/db';
import type { EngagementItem, EngagementState } from '../../lib/store/schemas/engagement';
import { countOpen, openQueue } from '../../lib/store/engagement';
import { setItemState } from '../assistant/tab-link';
import { Queue } from '../engagement/Queue';
import { sectionText } from './messages';

/** Marked once the queue first shows stored items: the bench reads it (performance.getEntriesByName). */
export const QUEUE_RENDERED_MARK = 'cocktail:queue-rendered';

const LIMIT = { popup: 10, sidepanel: 50 } as const;

/**
 * The popup's and side panel's queue: the first open items from the queue index (never the whole log), one-click
 * states through the background (which also updates the badge), reloaded after each change.
 */
export function QueuePanel({ db, lang, surface = 'popup', onChanged }: { db: Db; lang: UiLanguage; surface?: 'popup' | 'sidepanel'; onChanged?: () => void }) {
  const t = sectionText(lang);
  const [items, setItems] = useState<EngagementItem[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failed, setFailed] = useState(false);
  const limit = LIMIT[surface];

  const load = useCallback(async () => {
    const [queue, open] = await Promise.all([openQueue(db, limit * 4), countOpen(db)]);
    setItems(queue.valid);
    setTotal(open);
  }, [db, limit]);

  useEffect(() => void load(), [load]);
  useLayoutEffect(() => {
    if (items && !performance.getEntriesByName(QUEUE_RENDERED_MARK).length) performance.mark(QUEUE_RENDERED_MARK);
  }, [items]);

  const onSetState = async (id: string, state: EngagementState) => {
    setFailed(!(await setItemState(id, state)));
    await load();
    onChanged?.();
  };

  if (!items) return <p class="ck-muted">{t('loading')}</p>;
  return (
    <div class="ck-card" data-testid="engagement-queue">
      {failed && <p class="ck-error" role="alert">{t('stateFailed')}</p>}
      <Queue items={items} lang={lang} now={new Date()} limit={limit} totalOpen={total} onSetState={(id, s) => void onSetState(id, s)} />
    </div>
  );
}

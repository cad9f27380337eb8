import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Db } from '../../lib/store/db';
import type { EngagementItem, EngagementState } from '../../lib/store/schemas/engagement';
import { ENGAGEMENT_CHANGED, countOpen, openQueue } from '../../lib/store/engagement';
import { browser } from 'wxt/browser';
import { setItemState } from '../assistant/tab-link';
import { Queue } from '../engagement/Queue';
import { sectionText } from './messages';

/** Marked when the panel mounts and once the queue first shows stored items: the bench reads them. */
export const QUEUE_MOUNT_MARK = 'cocktail:queue-mount';
export const QUEUE_RENDERED_MARK = 'cocktail:queue-rendered';

export const markOnce = (name: string) => {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
};

const LIMIT = { popup: 10, sidepanel: 50 } as const;
const readLimit = (surface: 'popup' | 'sidepanel') => LIMIT[surface] * 4;

/**
 * The queue read started by the page before anything else (the popup, as it opens: its other start-up reads then
 * queue behind this one in IndexedDB), taken by the panel's first load; later loads read again.
 */
let early: { db: Db; limit: number; items?: EngagementItem[]; promise: Promise<EngagementItem[]> } | undefined;

export function prefetchQueue(db: Db, surface: 'popup' | 'sidepanel' = 'popup') {
  const limit = readLimit(surface);
  if (early?.db === db && early.limit === limit) return;
  const entry: NonNullable<typeof early> = { db, limit, promise: openQueue(db, limit).then((r) => (entry.items = r.valid)) };
  entry.promise.catch(() => {});
  early = entry;
}

function takeEarly(db: Db, limit: number) {
  const entry = early?.db === db && early.limit === limit ? early : undefined;
  if (entry) early = undefined;
  return entry;
}

/**
 * The popup's and side panel's queue: the first open items from the queue index (never the whole log), one-click
 * states through the background (which also updates the badge), reloaded after each change.
 */
export interface QueuePanelProps {
  db: Db;
  lang: UiLanguage;
  surface?: 'popup' | 'sidepanel';
  /** Open items in total when the page already counted them (counting 50,000 items in IndexedDB is slow). */
  totalOpen?: number;
  onChanged?: () => void;
}

export function QueuePanel({ db, lang, surface = 'popup', totalOpen, onChanged }: QueuePanelProps) {
  const t = sectionText(lang);
  const limit = LIMIT[surface];
  const [first] = useState(() => {
    markOnce(QUEUE_MOUNT_MARK);
    return takeEarly(db, readLimit(surface));
  });
  const [items, setItems] = useState<EngagementItem[] | null>(first?.items ?? null);
  const [counted, setCounted] = useState<number | undefined>();
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    setItems((await openQueue(db, readLimit(surface))).valid);
    if (totalOpen === undefined) setCounted(await countOpen(db));
  }, [db, surface, totalOpen]);

  const firstUsed = useRef(false);
  useEffect(() => {
    const early = firstUsed.current ? undefined : first;
    firstUsed.current = true;
    // A read that fails (the database closed under the page: an upgrade from another tab) leaves what is shown; the
    // page says the database closed.
    const quietly = (p: Promise<unknown> | undefined) => void p?.catch(() => {});
    const count = () => (totalOpen === undefined ? countOpen(db).then(setCounted) : undefined);
    if (early?.items) quietly(count());
    else if (early) quietly(early.promise.then((got) => (setItems(got), count()), () => load()));
    else quietly(load());
    // The side panel stays open while the user browses: new items and other pages' clicks show without reopening it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session' || !(ENGAGEMENT_CHANGED in changes)) return;
      clearTimeout(timer);
      timer = setTimeout(() => quietly(load()), 300);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [load]);
  useLayoutEffect(() => {
    if (items) markOnce(QUEUE_RENDERED_MARK);
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
      <Queue items={items} lang={lang} now={new Date()} limit={limit} totalOpen={totalOpen ?? counted} onSetState={(id, s) => void onSetState(id, s)} />
    </div>
  );
}

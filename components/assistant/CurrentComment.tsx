import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { RawItem } from '../../lib/platforms/types';
import type { Db } from '../../lib/store/db';
import type { EngagementItem } from '../../lib/store/schemas/engagement';
import { openQueue } from '../../lib/store/engagement';
import { loadProfile, type BrandProfile } from '../../entrypoints/background/profile';
import { brandNames, buildPanelModel } from '../../lib/page/panel-model';
import { understand } from '../../lib/understand';
import { suggestReplies } from '../../lib/page/suggestions';
import { panelText } from '../../lib/page/messages';
import type { PageItems } from '../../lib/page/assistant';
import { Panel } from './Panel';
import { PANEL_CSS } from './panel-css';
import { copyToClipboard, insertInTab, lastOpened, onActiveTabChange, onLastOpened, pageItems, setItemState, targetTabId } from './tab-link';

interface Picked {
  item: RawItem;
  /** The tab whose content script can insert it; none for an item picked from the stored queue elsewhere. */
  tabId?: number;
}

const fromStored = (e: EngagementItem): RawItem => ({
  platform: e.platform,
  nativeId: e.nativeId,
  kind: e.kind,
  author: e.author,
  text: e.text,
  permalink: e.permalink,
  likedByMe: e.likedByMe || !!e.likedAt,
  repliedByBrand: e.repliedByBrand || !!e.answeredAt,
});

const authorOf = (i: RawItem) => i.author.name || i.author.handle || '?';

/**
 * The popup's and side panel's "current comment": the one last opened on the page, or picked from the page's list
 * (side-panel mode) or from the queue, with the same panel as on the page. Insert goes through the tab's content script.
 */
export function CurrentComment({ db, lang }: { db: Db; lang: UiLanguage }) {
  const t = panelText(lang);
  const [profile, setProfile] = useState<BrandProfile | null>(null);
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageItems | null>(null);
  const [queue, setQueue] = useState<EngagementItem[]>([]);
  const [picked, setPicked] = useState<Picked | null>(null);
  const scheme = matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

  const loadPage = useCallback(async () => {
    const tab = await targetTabId();
    setTabId(tab);
    setPage(tab === undefined ? null : await pageItems(tab));
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [p, last, q] = await Promise.all([loadProfile(db), lastOpened(), openQueue(db, 5)]);
      if (!live) return;
      setProfile(p);
      setQueue(q.valid);
      if (last) setPicked({ item: last.item, tabId: last.tabId });
      await loadPage();
    })();
    const stopLast = onLastOpened((last) => last && setPicked({ item: last.item, tabId: last.tabId }));
    const stopTabs = onActiveTabChange(() => void loadPage());
    return () => {
      live = false;
      stopLast();
      stopTabs();
    };
  }, [db, loadPage]);

  const model = useMemo(() => {
    if (!picked) return null;
    const u = understand(picked.item.text, { brandNames: brandNames(profile) });
    return buildPanelModel(picked.item, u, {}, suggestReplies(picked.item, u, profile));
  }, [picked, profile]);

  const onPage = (nativeId: string) => page?.items.some((i) => i.nativeId === nativeId);
  const insertTab = picked ? (picked.tabId ?? (onPage(picked.item.nativeId) ? tabId : undefined)) : undefined;

  return (
    <section class="ck-card" aria-labelledby="ck-cc-title" data-testid="current-comment">
      <style>{PANEL_CSS}</style>
      <h2 id="ck-cc-title">{t('current')}</h2>
      {model ? (
        <Panel
          key={model.id}
          model={model}
          lang={lang}
          scheme={scheme}
          idPrefix="ck-cc"
          actions={{
            insert: insertTab !== undefined ? (text) => insertInTab(insertTab, picked!.item.nativeId, text) : undefined,
            copy: copyToClipboard,
            setState: (state) => setItemState(model.id, state),
          }}
        />
      ) : (
        <p class="ck-muted">{t('none')}</p>
      )}
      {page && (
        <button type="button" class="ck-a-refresh" onClick={() => void loadPage()}>{t('refresh')}</button>
      )}
      {page && (
        <ItemList title={t('pageItems')} empty={t('pageItemsNone')} items={page.items} lang={lang} testId="page-items"
          onPick={(item) => setPicked({ item, tabId })} />
      )}
      {queue.length > 0 && (
        <ItemList title={t('queue')} items={queue.map(fromStored)} lang={lang} testId="queue-items"
          onPick={(item) => setPicked({ item, tabId: onPage(item.nativeId) ? tabId : undefined })} />
      )}
    </section>
  );
}

function ItemList(props: { title: string; empty?: string; items: RawItem[]; lang: UiLanguage; testId: string; onPick: (i: RawItem) => void }) {
  const t = panelText(props.lang);
  return (
    <div class="ck-a-section" data-testid={props.testId}>
      <h3>{props.title}</h3>
      {props.items.length === 0 && props.empty && <p class="ck-muted">{props.empty}</p>}
      <ul class="ck-list">
        {props.items.map((i) => (
          <li key={`${i.platform}:${i.nativeId}`}>
            <button type="button" class="ck-a-pick" aria-label={t('pick', { author: authorOf(i) })} onClick={() => props.onPick(i)}>
              {authorOf(i)}
            </button>{' '}
            <span class="ck-muted">{i.text.length > 80 ? `${i.text.slice(0, 80)}…` : i.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

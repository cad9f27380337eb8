import { useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { ITEM_KINDS, PLATFORMS } from '../../lib/platforms/types';
import { httpUrl } from '../../lib/engagement/sanitize';
import { waitingSince } from '../../lib/engagement/queue';
import { ENGAGEMENT_STATES, type EngagementItem } from '../../lib/store/schemas/engagement';
import { INTENTS } from '../../lib/store/schemas/template';
import { sectionText } from '../engagement-section/messages';
import { dateTime, formatDuration } from './format';
import { engagementText } from './messages';
import { PLATFORM_NAMES, intentKey, kindKey, stateKey } from './labels';
import { filterLog, type LogFilter } from './log-filter';

const PAGE = 100;

/** The whole engagement log, filterable, newest first; shown a hundred rows at a time. */
export function Log({ items, lang }: { items: readonly EngagementItem[]; lang: UiLanguage }) {
  const t = engagementText(lang);
  const s = sectionText(lang);
  const [filter, setFilter] = useState<LogFilter>({});
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => filterLog(items, filter), [items, filter]);
  const change = (next: Partial<LogFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setShown(PAGE);
  };
  const select = (id: string, label: string, value: string | undefined, options: Array<[string, string]>, on: (v: string | undefined) => void) => (
    <label class="ck-eng-filter" for={id}>
      <span class="ck-muted">{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => on(e.currentTarget.value || undefined)}>
        <option value="">{s('filterAll')}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </label>
  );
  return (
    <section class="ck-eng-log" aria-labelledby="ck-eng-log-title">
      <h2 id="ck-eng-log-title">{s('logTitle')}</h2>
      <div class="ck-row ck-eng-filters" role="search">
        {select('ck-log-platform', s('filterPlatform'), filter.platform, PLATFORMS.map((p) => [p, PLATFORM_NAMES[p]]), (v) => change({ platform: v as LogFilter['platform'] }))}
        {select('ck-log-state', s('filterState'), filter.state, [['open', s('filterOpen')], ...ENGAGEMENT_STATES.map((x) => [x, t(stateKey(x))] as [string, string])], (v) => change({ state: v as LogFilter['state'] }))}
        {select('ck-log-intent', s('filterIntent'), filter.intent, INTENTS.map((x) => [x, t(intentKey(x))]), (v) => change({ intent: v as LogFilter['intent'] }))}
        {select('ck-log-kind', s('filterKind'), filter.kind, ITEM_KINDS.filter((k) => k !== 'post').map((x) => [x, t(kindKey(x))]), (v) => change({ kind: v as LogFilter['kind'] }))}
        <label class="ck-eng-filter" for="ck-log-search">
          <span class="ck-muted">{s('filterSearch')}</span>
          <input id="ck-log-search" type="search" value={filter.search ?? ''} onInput={(e) => change({ search: e.currentTarget.value })} />
        </label>
      </div>
      <p class="ck-muted" role="status" data-testid="log-count">{s('logCount', { shown: Math.min(shown, rows.length), total: rows.length })}</p>
      {rows.length === 0 ? (
        <p class="ck-empty">{s('logEmpty')}</p>
      ) : (
        <div class="ck-eng-table-wrap">
          <table class="ck-eng-table ck-eng-log-table">
            <caption class="ck-visually-hidden">{s('logTitle')}</caption>
            <thead>
              <tr>
                {(['colDate', 'colWho', 'colText', 'colState', 'colResponse'] as const).map((k) => <th scope="col" key={k}>{s(k)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((i) => <LogRow key={i.id} item={i} lang={lang} />)}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && <button type="button" onClick={() => setShown(shown + PAGE * 5)}>{s('logMore')}</button>}
    </section>
  );
}

function LogRow({ item, lang }: { item: EngagementItem; lang: UiLanguage }) {
  const t = engagementText(lang);
  const s = sectionText(lang);
  const link = httpUrl(item.permalink);
  const since = waitingSince(item);
  const source = item.responseMs === undefined ? (item.answeredAt ? s('sourceUnknown') : undefined) : s(item.responseSource === 'platform' ? 'sourcePlatform' : 'sourceExtension');
  return (
    <tr data-id={item.id}>
      <td><time dateTime={since}>{dateTime(since, lang)}</time><div class="ck-muted">{PLATFORM_NAMES[item.platform]} · {t(kindKey(item.kind))}</div></td>
      <td>{item.author.name || item.author.handle || '?'}</td>
      <td class="ck-eng-log-text">
        <span lang={item.language === 'other' ? undefined : item.language}>{item.text.length > 160 ? `${item.text.slice(0, 160)}…` : item.text}</span>
        {link && <> <a href={link} target="_blank" rel="noopener noreferrer">{s('open')}</a></>}
      </td>
      <td>{t(stateKey(item.state))}<div class="ck-muted">{t(intentKey(item.intent))}</div></td>
      <td>{item.responseMs === undefined ? t('none') : formatDuration(item.responseMs, lang)}{source && <div class="ck-muted" data-source={item.responseSource ?? 'unknown'}>{source}</div>}</td>
    </tr>
  );
}

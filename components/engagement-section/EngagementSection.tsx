import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Db } from '../../lib/store/db';
import type { Brand } from '../../lib/store/schemas/brand';
import type { EngagementItem } from '../../lib/store/schemas/engagement';
import type { PostStat } from '../../lib/store/schemas/post-stats';
import { allItems } from '../../lib/store/engagement';
import { allStats } from '../../lib/store/post-stats';
import { getValid } from '../../lib/store/read';
import { calendarPostSchema } from '../../lib/store/schemas/post';
import { computeMetrics } from '../../lib/engagement/metrics';
import { responseTargets } from '../../lib/engagement/targets';
import { logCsv, metricsCsv } from '../../lib/engagement/export';
import { seriesByPost, summarise } from '../../lib/engagement/post-stats';
import { Metrics } from '../engagement/Metrics';
import { Log } from '../engagement/Log';
import { PostPerformance, type CalendarRef } from '../engagement/PostPerformance';
import { csvName, downloadCsv } from './download';
import { sectionText } from './messages';

/** Marked once the metrics first show stored items: the bench reads it. */
export const METRICS_RENDERED_MARK = 'cocktail:metrics-rendered';

interface Loaded {
  items: EngagementItem[];
  stats: PostStat[];
  calendar: Map<string, CalendarRef>;
}

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The dashboard's engagement section: response metrics, the log, post performance, CSV exports. */
export function EngagementSection({ db, brand, lang }: { db: Db; brand: Brand; lang: UiLanguage }) {
  const s = sectionText(lang);
  const [data, setData] = useState<Loaded | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let live = true;
    void (async () => {
      const [items, stats] = await Promise.all([allItems(db), allStats(db)]);
      if (!live) return;
      setData({ items: items.valid, stats: stats.valid, calendar: new Map() });
      const calendar = await calendarEntries(db, stats.valid);
      if (live && calendar.size) setData({ items: items.valid, stats: stats.valid, calendar });
    })();
    return () => {
      live = false;
    };
  }, [db]);

  const now = useMemo(() => new Date(), [data]);
  const report = useMemo(
    () => (data ? computeMetrics(data.items, { now, targets: responseTargets(brand), timeZone: zone() }) : null),
    [data, brand, now],
  );
  const posts = useMemo(() => {
    const series = seriesByPost(data?.stats ?? []);
    const summaries = [...series.values()].map(summarise).sort((a, b) => (a.lastAt < b.lastAt ? 1 : -1));
    return { series, summaries };
  }, [data]);

  useLayoutEffect(() => {
    if (report && !performance.getEntriesByName(METRICS_RENDERED_MARK).length) performance.mark(METRICS_RENDERED_MARK);
  }, [report]);

  if (!data || !report) return <p class="ck-muted">{s('loading')}</p>;
  const onExport = (what: 'log' | 'metrics') => {
    const name = csvName(what, now);
    downloadCsv(name, what === 'log' ? logCsv(data.items, lang) : metricsCsv(report, lang));
    setNotice(s('exported', { name }));
  };
  return (
    <div class="ck-eng-section" data-testid="engagement-section">
      <Metrics report={report} lang={lang} onExport={onExport} />
      {notice && <p class="ck-muted" role="status">{notice}</p>}
      <Log items={data.items} lang={lang} />
      {posts.summaries.length ? (
        <PostPerformance posts={posts.summaries} lang={lang} calendar={data.calendar} series={posts.series} />
      ) : (
        <p class="ck-muted">{s('postsEmpty')}</p>
      )}
    </div>
  );
}

/** The calendar entries the snapshots were linked to (a handful: one read each). */
async function calendarEntries(db: Db, stats: readonly PostStat[]): Promise<Map<string, CalendarRef>> {
  const ids = [...new Set(stats.map((x) => x.calendarPostId).filter((x): x is string => !!x))];
  const out = new Map<string, CalendarRef>();
  for (const id of ids) {
    const post = await getValid(db, 'posts', calendarPostSchema, id);
    if (post) out.set(id, { date: post.date, text: post.text });
  }
  return out;
}

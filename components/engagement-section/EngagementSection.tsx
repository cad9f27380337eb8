import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Db } from '../../lib/store/db';
import type { Brand } from '../../lib/store/schemas/brand';
import type { EngagementItem } from '../../lib/store/schemas/engagement';
import type { PostStat } from '../../lib/store/schemas/post-stats';
import { allItemsInChunks } from '../../lib/store/engagement';
import { summariesFor } from '../../lib/store/engagement-summary';
import { pageDb } from '../../lib/store/client';
import { metricsFromSummaries, userZone as zone, type WeekSummary } from '../../lib/engagement/week-summary';
import { allStats } from '../../lib/store/post-stats';
import { getValid } from '../../lib/store/read';
import { calendarPostSchema } from '../../lib/store/schemas/post';
import type { MetricsReport } from '../../lib/engagement/metrics';
import { responseTargets } from '../../lib/engagement/targets';
import { logCsv, metricsCsv } from '../../lib/engagement/export';
import { seriesByPost, summarise } from '../../lib/engagement/post-stats';
import { Metrics } from '../engagement/Metrics';
import { Log } from '../engagement/Log';
import { PostPerformance, type CalendarRef } from '../engagement/PostPerformance';
import { dateTime } from '../engagement/format';
import { csvName, downloadCsv } from './download';
import { readCachedEntry, reportFor, writeCachedReport, type CachedReport } from '../../lib/store/report-cache';
import { markOnce } from './QueuePanel';
import { sectionText } from './messages';

/** Marked once the metrics first show (from the cached report, or fresh), and once fresh: the bench reads them. */
export const METRICS_RENDERED_MARK = 'cocktail:metrics-rendered';
export const METRICS_FRESH_MARK = 'cocktail:metrics-fresh';
export const SECTION_MOUNT_MARK = 'cocktail:engagement-mount';

interface Loaded {
  items: EngagementItem[];
  stats: PostStat[];
  calendar: Map<string, CalendarRef>;
}

/**
 * A dashboard opened on this section starts reading the summaries and the stored report with the page (this module
 * loads with it), not once the page state has loaded and the section mounted, ~50 ms later. Taken by the first mount.
 */
let early: { db: Promise<Db>; weeks: Promise<WeekSummary[]> } | undefined;
let earlyCached: Promise<CachedReport | undefined> | undefined;
// Extension pages only (chrome-extension:, moz-extension:), never a test document.
if (typeof location !== 'undefined' && location.protocol.endsWith('-extension:') && location.hash === '#engagement') {
  const db = pageDb();
  early = { db, weeks: db.then((d) => summariesFor(d, zone())) };
  early.weeks.catch(() => {});
  earlyCached = readCachedEntry();
}

function takeEarlyCached(): Promise<CachedReport | undefined> {
  const taken = earlyCached;
  earlyCached = undefined;
  return taken ?? readCachedEntry();
}

async function readWeeks(db: Db): Promise<WeekSummary[]> {
  const taken = early;
  early = undefined;
  if (taken && (await taken.db.catch(() => undefined)) === db) {
    const weeks = await taken.weeks.catch(() => undefined);
    if (weeks) return weeks;
  }
  return summariesFor(db, zone());
}

/**
 * After the metrics have painted: the log's 50,000 items are read then, not before. A page in a background tab gets
 * no animation frame: the read then starts after a short wait instead of never.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 150);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/** The dashboard's engagement section: response metrics, the log, post performance, CSV exports. */
export function EngagementSection({ db, brand, lang }: { db: Db; brand: Brand; lang: UiLanguage }) {
  const s = sectionText(lang);
  const [weeks, setWeeks] = useState<WeekSummary[] | null>(null);
  const [data, setData] = useState<Loaded | null>(null);
  const [cached, setCached] = useState<MetricsReport | undefined>();
  const [freshAllowed, setFreshAllowed] = useState(false);
  const [notice, setNotice] = useState('');
  useState(() => markOnce(SECTION_MOUNT_MARK));

  // Layout effects: the reads below start as the section mounts, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    // The stored report paints first when there is one (a few ms); the fresh figures are computed after it.
    void takeEarlyCached()
      .then((entry) => reportFor(entry, brand.id))
      .then(async (r) => {
        if (!live) return;
        setCached(r);
        if (r) await afterPaint();
        if (live) setFreshAllowed(true);
      });
    return () => {
      live = false;
    };
  }, [brand.id]);

  useLayoutEffect(() => {
    let live = true;
    void (async () => {
      // The metrics from the week summaries (about 26 records), the log itself once they show.
      const summaries = await readWeeks(db);
      if (!live) return;
      setWeeks(summaries);
      await afterPaint();
      if (!live) return;
      const [items, stats] = await Promise.all([allItemsInChunks(db), allStats(db)]);
      if (!live) return;
      setData({ items: items.valid, stats: stats.valid, calendar: new Map() });
      const calendar = await calendarEntries(db, stats.valid);
      if (live && calendar.size) setData({ items: items.valid, stats: stats.valid, calendar });
    })().catch(() => {
      // the database closed under the page (an upgrade from another tab): the page says so, what is shown stays
    });
    return () => {
      live = false;
    };
  }, [db]);

  const now = useMemo(() => new Date(), [weeks]);
  const report = useMemo(
    () => (weeks && freshAllowed ? metricsFromSummaries(weeks, { now, targets: responseTargets(brand), timeZone: zone() }) : null),
    [weeks, freshAllowed, brand, now],
  );
  const posts = useMemo(() => {
    const series = seriesByPost(data?.stats ?? []);
    const summaries = [...series.values()].map(summarise).sort((a, b) => (a.lastAt < b.lastAt ? 1 : -1));
    return { series, summaries };
  }, [data]);

  const shown = report ?? cached;
  useLayoutEffect(() => {
    if (shown) markOnce(METRICS_RENDERED_MARK);
    if (report) markOnce(METRICS_FRESH_MARK);
  }, [shown, report]);
  useEffect(() => {
    if (report) void writeCachedReport(brand.id, report);
  }, [report, brand.id]);

  if (!shown) return <p class="ck-muted">{s('loading')}</p>;
  if (!data || !report) {
    const onEarlyExport = (what: 'log' | 'metrics') => {
      if (what === 'log' || !report) return setNotice(s('loading'));
      const name = csvName(what, now);
      downloadCsv(name, metricsCsv(report, lang));
      setNotice(s('exported', { name }));
    };
    return (
      <div class="ck-eng-section" data-testid="engagement-section" aria-busy="true">
        {(notice || !report) && <p class="ck-muted" role="status">{notice || s('cachedAt', { date: dateTime(shown.now, lang) })}</p>}
        <Metrics report={shown} lang={lang} onExport={onEarlyExport} />
      </div>
    );
  }
  const onExport = (what: 'log' | 'metrics') => {
    const name = csvName(what, now);
    downloadCsv(name, what === 'log' ? logCsv(data.items, lang) : metricsCsv(report, lang));
    setNotice(s('exported', { name }));
  };
  return (
    <div class="ck-eng-section" data-testid="engagement-section" aria-busy="false">
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

import { Component } from 'preact';
import { withImageAsData } from './image-message';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Db } from '../../lib/store/db';
import type { Brand } from '../../lib/store/schemas/brand';
import type { CalendarPost } from '../../lib/store/schemas/post';
import { postsBetween } from '../../lib/store/posts';
import { toneRulesOf } from '../../lib/store/library';
import { sendToBackground, sessionValue } from '../../lib/store/client';
import { analyzeTempo, type TempoWarning } from '../../lib/calendar/tempo';
import { ideasFromIdentity } from '../../lib/calendar/ideas';
import { applyChange, type PostChange } from '../../lib/calendar/view-model';
import { dayKey } from '../../lib/calendar/zoned-time';
import type { ToneRules } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';
import { CalendarViews, type View } from '../calendar/CalendarViews';
import { makeLintFor } from './lint-adapter';
import { CALENDAR_MOUNT_MARK, CALENDAR_PAINTED_MARK, CALENDAR_RENDERED_MARK, TEMPO_RENDERED_MARK, markAfterPaint, markOnce } from './marks';
import { sectionText } from './messages';
import { dayStartIso, tempoWindow, visibleDays } from './range';
import { TempoPanel } from './TempoPanel';
import { IdeasPanel } from './IdeasPanel';
import { ImportScreen } from './ImportScreen';
import { ExportButtons } from './ExportButtons';
import { CopyBanner } from './CopyBanner';
import { COPY_PARAM, COPY_REQUEST_KEY, isCopyRequest, type CopyRequest } from './copy-request';

export interface CalendarSectionProps {
  db: Db;
  brand: Brand;
  lang: UiLanguage;
  /** The viewer's zone; the browser's by default. */
  timeZone?: string;
  /** Injected by tests; the wall clock otherwise. */
  now?: () => string;
}

const NO_POSTS: CalendarPost[] = [];
const newId = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto';

/**
 * The dashboard's calendar. The page re-renders when its state's counts arrive, right after the section mounts and
 * while it reads its posts; with the same props nothing here changes, so that render is skipped.
 */
export class CalendarSection extends Component<CalendarSectionProps> {
  shouldComponentUpdate(next: CalendarSectionProps) {
    const keys = new Set([...Object.keys(this.props), ...Object.keys(next)] as Array<keyof CalendarSectionProps>);
    return [...keys].some((k) => this.props[k] !== next[k]);
  }
  render() {
    return <CalendarSectionView {...this.props} />;
  }
}

/** The views on the posts in sight, tempo, ideas, import and export, reminders' copy. */
function CalendarSectionView({ db, brand, lang, ...props }: CalendarSectionProps) {
  const t = sectionText(lang);
  const timeZone = props.timeZone ?? viewerZone();
  const now = props.now ?? (() => new Date().toISOString());
  const weekStartsOn: 0 | 1 = brand.locale === 'fr-FR' ? 1 : 0;
  const [view, setView] = useState<View>('month');
  const [cursor, setCursor] = useState(() => dayKey(Date.parse(now()), timeZone));
  /** The visible weeks' posts with the brand's rules they are linted by, set together: the grid renders once. */
  const [grid, setGrid] = useState<{ posts: CalendarPost[]; rules: ToneRules | null } | null>(null);
  const [tempoPosts, setTempoPosts] = useState<CalendarPost[] | null>(null);
  const [error, setError] = useState('');
  const [importing, setImporting] = useState(false);
  const [ideas, setIdeas] = useState<CalendarPost[] | null>(null);
  const [editRequest, setEditRequest] = useState<{ post: CalendarPost } | null>(null);
  const [copy, setCopy] = useState<CopyRequest | null>(null);
  const [version, setVersion] = useState(0);
  useState(() => markOnce(CALENDAR_MOUNT_MARK));

  const [fromDay, toDay] = visibleDays(view, cursor, weekStartsOn);
  const span = useMemo(() => tempoWindow(cursor, now(), timeZone), [cursor.slice(0, 7), version]);
  // Both reads start with the render that needs them (before the rest of the section renders): the rules once per
  // brand version, the visible weeks on each move or change. They land together, in one render of the grid. The tempo
  // window is read once the grid is on screen.
  const rulesRead = useMemo(() => toneRulesOf(db, brand.id).then((r) => r?.rules ?? null, () => null), [db, brand.id, brand.updatedAt]);
  const postsRead = useMemo(
    () => postsBetween(db, brand.id, dayStartIso(fromDay, timeZone), dayStartIso(toDay, timeZone)),
    [db, brand.id, fromDay, toDay, timeZone, version],
  );
  useLayoutEffect(() => {
    let live = true;
    Promise.all([postsRead, rulesRead]).then(
      ([shown, rules]) => live && setGrid({ posts: shown.valid, rules }),
      () => live && setError(t('loadFailed')),
    );
    return () => {
      live = false;
    };
  }, [postsRead, rulesRead]);
  const rules = grid?.rules ?? null;
  const lintFor = useMemo(() => makeLintFor(rules, lang), [rules, lang]);
  const gridReady = grid !== null;
  useLayoutEffect(() => {
    if (!gridReady || view !== 'month') return;
    markOnce(CALENDAR_RENDERED_MARK);
    markAfterPaint(CALENDAR_PAINTED_MARK);
  }, [gridReady, view]);

  useEffect(() => {
    const wanted = new URLSearchParams(location.search).get(COPY_PARAM);
    if (!wanted) return;
    void (async () => {
      const request = await sessionValue(COPY_REQUEST_KEY).catch(() => undefined);
      if (!isCopyRequest(request)) return;
      setCopy(request);
      const post = request.postId ? ((await postsBetween(db, brand.id, '0000', '9999')).valid.find((p) => p.id === request.postId)) : undefined;
      if (post) {
        setCursor(dayKey(Date.parse(post.date), timeZone));
        setEditRequest({ post });
      }
    })();
  }, []);

  const hasCadence = Object.values(brand.platformRoles ?? {}).some((r) => (r?.cadencePerWeek ?? 0) > 0);
  useEffect(() => {
    if (!gridReady || !hasCadence) return; // useEffect runs after the grid is painted
    let live = true;
    postsBetween(db, brand.id, span.readFrom, span.to).then(
      (around) => live && setTempoPosts(around.valid),
      () => live && setError(t('loadFailed')),
    );
    return () => {
      live = false;
    };
  }, [db, brand.id, span, version, gridReady, hasCadence]);
  const warnings = useMemo(
    () => (!hasCadence ? [] : !tempoPosts ? null : analyzeTempo({ posts: tempoPosts, platformRoles: brand.platformRoles, from: span.from, to: span.to, timeZone, now: now() })),
    [tempoPosts, brand.platformRoles, span, timeZone],
  );

  useLayoutEffect(() => {
    if (warnings) markOnce(TEMPO_RENDERED_MARK);
  }, [warnings]);

  const reportError = (code: string) => setError(code === 'storage-full' ? t('storageFull') : t('saveFailed', { error: code }));

  const onChange = useCallback(
    async (change: PostChange) => {
      setGrid((g) => g && { ...g, posts: applyChange(g.posts, change) });
      setError('');
      const reply =
        change.kind === 'delete'
          ? await sendToBackground({ type: 'posts.delete', id: change.post.id })
          : await sendToBackground({ type: 'posts.save', posts: [await withImageAsData(change.post)] });
      if (!reply.ok) reportError(reply.error);
      setVersion((v) => v + 1); // re-read: the store is the truth (and a refused change is rolled back on screen)
    },
    [lang],
  );

  const accept = async (accepted: CalendarPost[]) => {
    const reply = await sendToBackground({ type: 'posts.save', posts: accepted });
    if (!reply.ok) return reportError(reply.error);
    const ids = new Set(accepted.map((p) => p.id));
    setIdeas((list) => list?.filter((p) => !ids.has(p.id)) ?? null);
    setVersion((v) => v + 1);
  };

  const proposeIdeas = async () => {
    const all = (await postsBetween(db, brand.id, '0000', '9999')).valid;
    const slots = (warnings ?? []).filter((w) => w.action === 'addPosts' || w.action === 'fillGap').map((w) => w.slot.date);
    const tomorrow = new Date(Date.parse(now()) + 86_400_000).toISOString();
    setIdeas(ideasFromIdentity(brand, { lang, brandId: brand.id, timeZone, start: tomorrow, slots, now: now(), newId, existing: all, max: 8 }));
  };

  const plan = (w: TempoWarning) => {
    const pillar = w.action === 'addPillar' ? (w.actionParams.pillar as CalendarPost['pillar']) : 'other';
    setCursor(dayKey(Date.parse(w.slot.date), timeZone));
    setEditRequest({
      post: {
        id: newId(), brandId: brand.id, date: w.slot.date, timeZone, platforms: w.slot.platform ? [w.slot.platform] : [], status: 'draft',
        text: '', variants: {}, callToAction: '', keywords: [], hashtags: [], pillar, notes: '', updatedAt: now(),
      },
    });
  };

  const objectives = brand.objectives.map((o) => ({ id: o.id, statement: o.statement }));
  return (
    <div class="ck-calsec">
      {copy && <CopyBanner request={copy} lang={lang} onClose={() => setCopy(null)} />}
      <div class="ck-row ck-calsec-actions">
        <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>{t('importCsv')}</button>
        <ExportButtons db={db} brand={brand} lang={lang} now={now} />
      </div>
      {importing && (
        <ImportScreen
          brandId={brand.id}
          lang={lang}
          timeZone={timeZone}
          now={now}
          newId={newId}
          objectives={objectives}
          importPosts={async (list) => {
            const reply = await sendToBackground({ type: 'posts.import', posts: list });
            return reply.ok ? null : reply.error;
          }}
          onDone={(n) => {
            if (n) setVersion((v) => v + 1);
          }}
        />
      )}
      {error && <p class="ck-error" role="alert">{error}</p>}
      <TempoPanel warnings={warnings} hasCadence={hasCadence} lang={lang} timeZone={timeZone} onPlan={plan} onShowDay={(d) => setCursor(d)} />
      <section class="ck-calsec-ideasbox" aria-labelledby="ck-ideas-title">
        <h2 id="ck-ideas-title">{t('ideasTitle')}</h2>
        {ideas === null ? (
          <button type="button" onClick={() => void proposeIdeas()}>{t('ideasPropose')}</button>
        ) : (
          <>
            <button type="button" onClick={() => setIdeas(null)}>{t('ideasHide')}</button>
            {!brand.mission.trim() && !brand.vision.trim() && !brand.values.length ? (
              <p class="ck-muted">{t('ideasNone')}</p>
            ) : ideas.length ? (
              <IdeasPanel ideas={ideas} lang={lang} timeZone={timeZone} onAccept={(l) => void accept(l)} onDismiss={(id) => setIdeas(ideas.filter((p) => p.id !== id))} />
            ) : (
              <p class="ck-muted">{t('ideasAllThere')}</p>
            )}
          </>
        )}
      </section>
      <CalendarViews
        posts={grid?.posts ?? NO_POSTS}
        loading={!gridReady}
        brandId={brand.id}
        newId={newId}
        lang={lang}
        timeZone={timeZone}
        now={now()}
        lintFor={lintFor}
        objectives={objectives}
        weekStartsOn={weekStartsOn}
        view={view}
        onViewChange={setView}
        cursor={cursor}
        onCursorChange={setCursor}
        editRequest={editRequest}
        onChange={(c) => void onChange(c)}
      />
    </div>
  );
}

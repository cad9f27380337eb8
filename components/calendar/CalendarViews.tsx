import { useEffect, useState } from 'preact/hooks';
import type { CalendarPost } from '../../lib/store/schemas/post';
import { EMPTY_FILTER, duplicatePost, filterPosts, undoOf, type PostChange, type PostFilter } from '../../lib/calendar/view-model';
import { dayKey, zonedToUtc } from '../../lib/calendar/zoned-time';
import { calendarText } from './messages';
import { Filters } from './Filters';
import { MonthView } from './MonthView';
import { WeekView } from './WeekView';
import { ListView } from './ListView';
import { PostEditor } from './PostEditor';
import type { CalendarViewProps } from './actions';
import { formatDay } from './format';

export type View = 'month' | 'week' | 'list';

export interface CalendarViewsProps extends Omit<CalendarViewProps, 'onOpen' | 'onCreate'> {
  brandId: string;
  newId: () => string;
  objectives?: Array<{ id: string; statement: string }>;
  weekStartsOn?: 0 | 1;
  initialView?: View;
  /** Controlled day and view (the caller loads the posts they show); uncontrolled when left out. */
  cursor?: string;
  onCursorChange?: (day: string) => void;
  view?: View;
  onViewChange?: (view: View) => void;
  /** The caller is still reading the posts: the view waits, so its days are built once, with their posts. */
  loading?: boolean;
  /** Opens the editor on this post (a new slot from a tempo warning, a post named in the URL); a new object each time. */
  editRequest?: { post: CalendarPost } | null;
}

/**
 * The calendar section: filters, month/week/list, the editor, and an undo bar for the last change. The caller applies
 * every change it receives (including the undo, which is a change like any other).
 */
export function CalendarViews(props: CalendarViewsProps) {
  const { lang, timeZone } = props;
  const t = calendarText(lang);
  const [ownView, setOwnView] = useState<View>(props.initialView ?? 'month');
  const [ownCursor, setOwnCursor] = useState(dayKey(Date.parse(props.now), timeZone));
  const view = props.view ?? ownView;
  const cursor = props.cursor ?? ownCursor;
  const setView = (v: View) => {
    setOwnView(v);
    props.onViewChange?.(v);
  };
  const setCursor = (d: string) => {
    setOwnCursor(d);
    props.onCursorChange?.(d);
  };
  const [filter, setFilter] = useState<PostFilter>(EMPTY_FILTER);
  const [editing, setEditing] = useState<CalendarPost | null>(null);
  const [last, setLast] = useState<{ change: PostChange; message: string } | null>(null);
  useEffect(() => {
    if (props.editRequest) setEditing(props.editRequest.post);
  }, [props.editRequest]);

  const apply = (change: PostChange, message: string) => {
    props.onChange(change);
    setLast({ change, message });
  };
  const onChange = (change: PostChange) =>
    apply(change, change.kind === 'delete' ? t('deleted') : t('moved', { when: formatDay(dayKey(Date.parse(change.post.date), timeZone), lang) }));
  const duplicate = (p: CalendarPost) => apply({ kind: 'create', post: duplicatePost(p, props.newId(), props.now) }, t('duplicated'));
  const create = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    setEditing({
      id: props.newId(), brandId: props.brandId, timeZone,
      date: new Date(zonedToUtc({ year: y, month: m, day: d, hour: 10, minute: 0, second: 0 }, timeZone)).toISOString(),
      platforms: [], status: 'draft', text: '', variants: {}, callToAction: '', keywords: [], hashtags: [], pillar: 'other', notes: '', updatedAt: props.now,
    });
  };
  const shift = (dir: number) => {
    const [y, m, d] = cursor.split('-').map(Number);
    const next = view === 'week' ? new Date(Date.UTC(y, m - 1, d + 7 * dir)) : new Date(Date.UTC(y, m - 1 + dir, 1));
    setCursor(next.toISOString().slice(0, 10));
  };

  const shown = filterPosts(props.posts, filter);
  const common = { ...props, posts: shown, onChange, onOpen: setEditing, onCreate: create };
  return (
    <div class="ck-cal">
      <div class="ck-row ck-cal-toolbar">
        {(['month', 'week', 'list'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>{t(v)}</button>
        ))}
        <button type="button" onClick={() => shift(-1)} aria-label={t('previous')}>‹</button>
        <button type="button" onClick={() => setCursor(dayKey(Date.parse(props.now), timeZone))}>{t('today')}</button>
        <button type="button" onClick={() => shift(1)} aria-label={t('next')}>›</button>
        <strong>{formatDay(cursor, lang, { month: 'long', year: 'numeric' })}</strong>
        <button type="button" class="primary" onClick={() => create(cursor)}>{t('newPost')}</button>
      </div>
      <Filters value={filter} onChange={setFilter} lang={lang} objectives={props.objectives} />
      <p class="ck-muted">{t('moveHelp')}</p>
      {props.loading && <p class="ck-muted ck-cal-loading" aria-busy="true">{t('loading')}</p>}
      {!props.loading && view === 'month' && <MonthView {...common} month={cursor.slice(0, 7)} weekStartsOn={props.weekStartsOn} />}
      {!props.loading && view === 'week' && <WeekView {...common} day={cursor} weekStartsOn={props.weekStartsOn} />}
      {!props.loading && view === 'list' && <ListView {...common} onDuplicate={duplicate} />}
      <div aria-live="polite" class="ck-cal-undo">
        {last && (
          <span class="ck-row">
            {last.message}
            <button type="button" onClick={() => { props.onChange(undoOf(last.change)); setLast(null); }}>{t('undo')}</button>
          </span>
        )}
      </div>
      {editing && (
        <PostEditor
          key={editing.id}
          post={editing}
          lang={lang}
          now={props.now}
          lintFor={props.lintFor}
          objectives={props.objectives}
          onSave={(p) => {
            const before = props.posts.find((x) => x.id === p.id);
            apply(before ? { kind: 'update', post: p, before } : { kind: 'create', post: p }, t('saved'));
            setEditing(null);
          }}
          onDuplicate={(p) => { duplicate(p); setEditing(null); }}
          onDelete={(p) => { if (props.posts.some((x) => x.id === p.id)) apply({ kind: 'delete', post: p }, t('deleted')); setEditing(null); }}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}

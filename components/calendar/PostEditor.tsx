import { useState } from 'preact/hooks';
import type { Platform } from '../../lib/platforms/types';
import { PLATFORMS } from '../../lib/platforms/types';
import { calendarPostSchema, PILLARS, POST_STATUSES, type CalendarPost } from '../../lib/store/schemas/post';
import { PILLAR_LABELS, PLATFORM_LABELS, STATUS_LABELS, type Pillar, type PostStatus } from '../../lib/calendar/names';
import { pad2, wallTimeOf, zonedToUtc, isTimeZone } from '../../lib/calendar/zoned-time';
import type { LintFor } from '../../lib/calendar/view-model';
import type { UiLanguage } from '../../lib/i18n';
import { calendarText } from './messages';
import { LintBadges } from './LintBadges';
import { ImagePicker } from './ImagePicker';

export interface PostEditorProps {
  post: CalendarPost;
  lang: UiLanguage;
  now: string;
  lintFor?: LintFor;
  objectives?: Array<{ id: string; statement: string }>;
  onSave: (post: CalendarPost) => void;
  onDuplicate: (post: CalendarPost) => void;
  onDelete: (post: CalendarPost) => void;
  onCancel: () => void;
}

function localInput(iso: string, tz: string) {
  const w = wallTimeOf(Date.parse(iso), tz);
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}T${pad2(w.hour)}:${pad2(w.minute)}`;
}

const FIELD_KEYS = new Set(['date', 'timeZone', 'text', 'callToAction', 'keywords', 'hashtags', 'visualUrl', 'visualAlt', 'readerBenefit', 'notes', 'objective', 'platforms']);
type FieldKey = 'date' | 'timeZone' | 'text' | 'callToAction' | 'keywords' | 'hashtags' | 'visualUrl' | 'visualAlt' | 'readerBenefit' | 'notes' | 'objective' | 'platforms';

const split = (s: string, sep: RegExp) => s.split(sep).map((x) => x.trim()).filter(Boolean);

/** Edits one post; nothing leaves the form until "Save" passes the schema. */
export function PostEditor(props: PostEditorProps) {
  const { lang } = props;
  const t = calendarText(lang);
  const [draft, setDraft] = useState<CalendarPost>(props.post);
  const [when, setWhen] = useState(localInput(props.post.date, props.post.timeZone));
  const [error, setError] = useState('');
  const set = (patch: Partial<CalendarPost>) => setDraft({ ...draft, ...patch });
  const id = (name: string) => `ck-ed-${props.post.id}-${name}`;

  const build = (): CalendarPost | null => {
    const m = when.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
    if (!m || !isTimeZone(draft.timeZone)) {
      setError(t('invalid', { field: t(m ? 'timeZone' : 'date') }));
      return null;
    }
    const ms = zonedToUtc({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: 0 }, draft.timeZone);
    const url = draft.visual?.url?.trim();
    const alt = draft.visual?.alt?.trim() ?? '';
    const { visual: _v, ...rest } = draft;
    const candidate = { ...rest, ...(url || alt || draft.visual?.blob ? { visual: { ...draft.visual, url: url || undefined, alt } } : {}), date: new Date(ms).toISOString(), updatedAt: props.now };
    const parsed = calendarPostSchema.safeParse(candidate);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? '');
      const key = ({ visual: 'visualUrl', objectiveId: 'objective' } as Record<string, string>)[field] ?? field;
      setError(t('invalid', { field: FIELD_KEYS.has(key) ? t(key as FieldKey) : key }));
      return null;
    }
    setError('');
    return parsed.data;
  };

  const togglePlatform = (p: Platform) =>
    set({ platforms: draft.platforms.includes(p) ? draft.platforms.filter((x) => x !== p) : [...draft.platforms, p] });
  const toggleVariant = (p: Platform) => {
    const variants = { ...draft.variants };
    if (variants[p] !== undefined) delete variants[p];
    else variants[p] = draft.text;
    set({ variants });
  };

  return (
    <form
      class="ck-cal-editor"
      aria-label={t('editorTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        const p = build();
        if (p) props.onSave(p);
      }}
    >
      <div class="ck-row">
        <div class="ck-field">
          <label for={id('when')}>{t('date')}</label>
          <input id={id('when')} type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
        </div>
        <div class="ck-field">
          <label for={id('tz')}>{t('timeZone')}</label>
          <input id={id('tz')} value={draft.timeZone} onInput={(e) => set({ timeZone: e.currentTarget.value })} />
        </div>
        <div class="ck-field">
          <label for={id('status')}>{t('status')}</label>
          <select id={id('status')} value={draft.status} onChange={(e) => set({ status: e.currentTarget.value as PostStatus })}>
            {POST_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[lang][s]}</option>)}
          </select>
        </div>
        <div class="ck-field">
          <label for={id('pillar')}>{t('pillar')}</label>
          <select id={id('pillar')} value={draft.pillar} onChange={(e) => set({ pillar: e.currentTarget.value as Pillar })}>
            {PILLARS.map((s) => <option key={s} value={s}>{PILLAR_LABELS[lang][s]}</option>)}
          </select>
        </div>
        {(props.objectives?.length ?? 0) > 0 && (
          <div class="ck-field">
            <label for={id('objective')}>{t('objective')}</label>
            <select id={id('objective')} value={draft.objectiveId ?? ''} onChange={(e) => set({ objectiveId: e.currentTarget.value || undefined })}>
              <option value="">{t('none')}</option>
              {props.objectives!.map((o) => <option key={o.id} value={o.id}>{o.statement}</option>)}
            </select>
          </div>
        )}
      </div>
      <fieldset class="ck-cal-facet">
        <legend>{t('platforms')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} class="ck-cal-check">
            <input type="checkbox" checked={draft.platforms.includes(p)} onChange={() => togglePlatform(p)} /> {PLATFORM_LABELS[p]}
          </label>
        ))}
      </fieldset>
      <div class="ck-field">
        <label for={id('text')}>{t('text')}</label>
        <textarea id={id('text')} rows={6} value={draft.text} onInput={(e) => set({ text: e.currentTarget.value })} />
        <div class="ck-muted">{t('charCount', { count: [...draft.text].length })} <LintBadges post={draft} lang={lang} lintFor={props.lintFor} /></div>
      </div>
      {draft.platforms.map((p) => (
        <div class="ck-field" key={p}>
          <button type="button" onClick={() => toggleVariant(p)}>
            {draft.variants[p] !== undefined ? t('removeVariant', { platform: PLATFORM_LABELS[p] }) : t('addVariant', { platform: PLATFORM_LABELS[p] })}
          </button>
          {draft.variants[p] !== undefined && (
            <>
              <label for={id(`v-${p}`)}>{t('variant', { platform: PLATFORM_LABELS[p] })}</label>
              <textarea id={id(`v-${p}`)} rows={4} value={draft.variants[p]} onInput={(e) => set({ variants: { ...draft.variants, [p]: e.currentTarget.value } })} />
            </>
          )}
        </div>
      ))}
      {(
        [
          ['callToAction', draft.callToAction, (v: string) => set({ callToAction: v })],
          ['keywords', draft.keywords.join(', '), (v: string) => set({ keywords: split(v, /[,;]/) })],
          ['hashtags', draft.hashtags.join(' '), (v: string) => set({ hashtags: split(v, /[\s,;]+/) })],
          ['visualUrl', draft.visual?.url ?? '', (v: string) => set({ visual: { ...draft.visual, alt: draft.visual?.alt ?? '', url: v } })],
          ['visualAlt', draft.visual?.alt ?? '', (v: string) => set({ visual: { ...draft.visual, alt: v } })],
          ['readerBenefit', draft.readerBenefit ?? '', (v: string) => set({ readerBenefit: v || undefined })],
        ] as const
      ).map(([key, value, onValue]) => (
        <div class="ck-field" key={key}>
          <label for={id(key)}>{t(key)}</label>
          <input id={id(key)} value={value} onChange={(e) => onValue(e.currentTarget.value)} />
        </div>
      ))}
      <ImagePicker
        id={id('image')}
        blob={draft.visual?.blob}
        alt={draft.visual?.alt ?? ''}
        lang={lang}
        onChange={(blob) => set({ visual: { ...draft.visual, alt: draft.visual?.alt ?? '', blob } })}
      />
      <div class="ck-field">
        <label for={id('notes')}>{t('notes')}</label>
        <textarea id={id('notes')} rows={3} value={draft.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </div>
      {error && <p class="ck-error" role="alert">{error}</p>}
      <div class="ck-row">
        <button type="submit" class="primary">{t('save')}</button>
        <button type="button" onClick={() => props.onDuplicate(props.post)}>{t('duplicate')}</button>
        <button type="button" onClick={() => props.onDelete(props.post)}>{t('delete')}</button>
        <button type="button" onClick={props.onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}

import { useContext } from 'preact/hooks';
import { PLATFORMS } from '../../lib/platforms/types';
import { newObjective, type BrandDraft, type ObjectiveDraft } from '../../lib/strategy/draft';
import type { Progress } from '../../lib/strategy/progress';
import { PLATFORM_NAMES } from '../engagement/labels';
import { Card, ErrorText, Form, ListField, TextField, fieldId } from './fields';
import { ProgressLine } from './ProgressLine';
import type { Edit } from './types';
import type { UiLanguage } from '../../lib/i18n';

interface Props {
  draft: BrandDraft;
  edit: Edit;
  lang: UiLanguage;
  /** Where each saved objective stands, by id. */
  progress: Record<string, Progress>;
}

const newId = () => `obj-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

export function ObjectivesFields({ draft, edit, lang, progress }: Props) {
  const { t } = useContext(Form);
  return (
    <Card id="objectives" title={t('objectivesTitle')} intro={t('objectivesIntro')}>
      {draft.objectives.length === 0 && <p class="ck-empty-inline">{t('noObjectives')}</p>}
      {draft.objectives.map((o, i) => (
        <ObjectiveFields key={o.id} o={o} i={i} edit={edit} lang={lang} progress={progress[o.id]} />
      ))}
      <div class="ck-row">
        <button type="button" class="ck-add" onClick={() => edit((d) => void d.objectives.push(newObjective('quantitative', newId())))}>+ {t('addQuantitative')}</button>
        <button type="button" class="ck-add" onClick={() => edit((d) => void d.objectives.push(newObjective('qualitative', newId())))}>+ {t('addQualitative')}</button>
      </div>
    </Card>
  );
}

function ObjectiveFields({ o, i, edit, lang, progress }: { o: ObjectiveDraft; i: number; edit: Edit; lang: UiLanguage; progress?: Progress }) {
  const { t } = useContext(Form);
  const base = `objectives.${i}`;
  const set = (change: (x: ObjectiveDraft) => void) => edit((d: BrandDraft) => change(d.objectives[i]));
  const quantitative = o.kind === 'quantitative';
  return (
    <fieldset class="ck-fieldset ck-objective">
      <legend>{t('objectiveN', { n: i + 1 })} · {quantitative ? t('kindQuantitative') : t('kindQualitative')}</legend>
      <div class="ck-row ck-kind" role="radiogroup" aria-label={t('kind')}>
        {(['quantitative', 'qualitative'] as const).map((k) => (
          <label class="ck-choice" key={k}>
            <input type="radio" name={`${base}.kind`} value={k} checked={o.kind === k} onChange={() => set((x) => void (x.kind = k))} />
            {k === 'quantitative' ? t('kindQuantitative') : t('kindQualitative')}
          </label>
        ))}
      </div>
      <TextField path={`${base}.statement`} label={t('statement')} value={o.statement} onInput={(v) => set((x) => void (x.statement = v))} />
      {quantitative ? (
        <>
          <TextField path={`${base}.metric`} label={t('metric')} hint={t('metricHint')} value={o.metric} onInput={(v) => set((x) => void (x.metric = v))} />
          <div class="ck-grid-3">
            <TextField path={`${base}.baseline`} label={t('baseline')} inputMode="decimal" value={o.baseline} onInput={(v) => set((x) => void (x.baseline = v))} />
            <TextField path={`${base}.target`} label={t('target')} inputMode="decimal" value={o.target} onInput={(v) => set((x) => void (x.target = v))} />
            <TextField path={`${base}.due`} label={t('due')} type="date" value={o.due} onInput={(v) => set((x) => void (x.due = v))} />
          </div>
        </>
      ) : (
        <div class="ck-grid-2">
          <TextField path={`${base}.judgedBy`} label={t('judgedBy')} value={o.judgedBy} onInput={(v) => set((x) => void (x.judgedBy = v))} />
          <TextField path={`${base}.due`} label={t('due')} type="date" value={o.due} onInput={(v) => set((x) => void (x.due = v))} />
        </div>
      )}
      <fieldset class="ck-fieldset ck-chips">
        <legend>{t('objPlatforms')}</legend>
        {PLATFORMS.map((p) => (
          <label class="ck-chip" key={p}>
            <input type="checkbox" id={fieldId(`${base}.platforms.${p}`)} checked={o.platforms.includes(p)}
              onChange={(e) => { const on = e.currentTarget.checked; set((x) => void (x.platforms = on ? [...x.platforms, p] : x.platforms.filter((y) => y !== p))); }} />
            {PLATFORM_NAMES[p]}
          </label>
        ))}
        <ErrorText path={`${base}.platforms`} />
      </fieldset>
      <div class="ck-grid-2">
        <ListField path={`${base}.means`} legend={t('means')} itemLabel={t('mean')} items={o.means} onChange={(xs) => set((x) => void (x.means = xs))} />
        <ListField path={`${base}.deliverables`} legend={t('deliverables')} itemLabel={t('deliverable')} items={o.deliverables} onChange={(xs) => set((x) => void (x.deliverables = xs))} />
      </div>
      <div class="ck-row ck-objective-foot">
        {progress && <ProgressLine progress={progress} lang={lang} />}
        <button type="button" class="ck-link-button ck-danger" onClick={() => edit((d) => void d.objectives.splice(i, 1))}>{t('removeObjective', { n: i + 1 })}</button>
      </div>
    </fieldset>
  );
}

/** The reply library editor: list, search, edit with tu/vous variants, live preview on a sample comment. */
import { useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { INTENTS, replyTemplateSchema, type Intent, type ReplyTemplate } from '../../lib/store/schemas/template';
import { fill } from '../../lib/suggest/fill';
import { templateEditorMessages } from './messages';

export interface TemplateEditorProps {
  templates: ReplyTemplate[];
  onSave: (t: ReplyTemplate) => void;
  onDelete: (id: string) => void;
  lang: UiLanguage;
  brandId?: string;
  brandName?: string;
  agent?: string;
  /** Clock and id source, injectable for tests. */
  now?: () => string;
  newId?: () => string;
}

const SAMPLE = { fr: { author: 'Marie Tremblay', comment: 'Bonjour, ma commande n’est toujours pas arrivée. Vous pouvez vérifier?' }, en: { author: 'Sam Lee', comment: 'Hi, my order still has not arrived. Can you check?' } };

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function TemplateEditor(props: TemplateEditorProps) {
  const t = templateEditorMessages(props.lang);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(props.templates[0]?.id ?? null);
  const [draft, setDraft] = useState<ReplyTemplate | null>(props.templates[0] ?? null);
  const [error, setError] = useState('');

  const visible = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return props.templates;
    return props.templates.filter((x) => fold(`${x.title} ${x.text} ${x.tuText ?? ''} ${x.intents.map((i) => t(`intent.${i}`)).join(' ')}`).includes(q));
  }, [props.templates, query, props.lang]);

  const select = (x: ReplyTemplate) => {
    setSelectedId(x.id);
    setDraft({ ...x });
    setError('');
  };

  const create = () => {
    const fresh: ReplyTemplate = {
      id: props.newId?.() ?? `tpl-${Date.now().toString(36)}`,
      brandId: props.brandId ?? 'brand',
      title: '',
      intents: ['question'],
      language: props.lang,
      platforms: [],
      text: '',
      builtIn: false,
      updatedAt: props.now?.() ?? new Date().toISOString(),
    };
    setSelectedId(fresh.id);
    setDraft(fresh);
    setError('');
  };

  const save = () => {
    if (!draft) return;
    const candidate: ReplyTemplate = draft.builtIn
      ? { ...draft, id: props.newId?.() ?? `${draft.id}-copy`, builtIn: false, brandId: props.brandId ?? draft.brandId }
      : draft;
    const parsed = replyTemplateSchema.safeParse({ ...candidate, tuText: candidate.tuText?.trim() ? candidate.tuText : undefined, updatedAt: props.now?.() ?? new Date().toISOString() });
    if (!parsed.success) {
      setError(t('invalid', { detail: parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ') }));
      return;
    }
    setError('');
    props.onSave(parsed.data);
  };

  const toggleIntent = (i: Intent) => {
    if (!draft) return;
    const has = draft.intents.includes(i);
    setDraft({ ...draft, intents: has ? draft.intents.filter((x) => x !== i) : [...draft.intents, i] });
  };

  const sample = SAMPLE[draft?.language ?? props.lang];
  const values = { author: sample.author, brand: props.brandName ?? 'Café Lune', agent: props.agent ?? '', product: '' };

  return (
    <section class="template-editor" aria-labelledby="template-editor-heading">
      <h2 id="template-editor-heading">{t('heading')}</h2>
      <div class="template-editor__list">
        <input type="search" aria-label={t('search')} placeholder={t('search')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" onClick={create}>
          {t('newTemplate')}
        </button>
        {visible.length === 0 ? (
          <p role="status">{t('empty')}</p>
        ) : (
          <ul role="listbox" aria-label={t('heading')}>
            {visible.map((x) => (
              <li key={x.id} role="option" aria-selected={x.id === selectedId} tabIndex={0} onClick={() => select(x)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select(x)}>
                <strong>{x.title || x.text.slice(0, 40)}</strong> <span>{x.language.toUpperCase()}</span>{' '}
                <span>{x.intents.map((i) => t(`intent.${i}`)).join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      {draft && (
        <form class="template-editor__form" onSubmit={(e) => (e.preventDefault(), save())}>
          {draft.builtIn && <p class="note">{t('builtIn')}</p>}
          <label>
            {t('title')}
            <input value={draft.title} onInput={(e) => setDraft({ ...draft, title: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <fieldset>
            <legend>{t('intents')}</legend>
            {INTENTS.map((i) => (
              <label key={i}>
                <input type="checkbox" checked={draft.intents.includes(i)} onChange={() => toggleIntent(i)} /> {t(`intent.${i}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('language')}
            <select value={draft.language} onChange={(e) => setDraft({ ...draft, language: (e.currentTarget as HTMLSelectElement).value as 'fr' | 'en' })}>
              <option value="fr">{t('lang.fr')}</option>
              <option value="en">{t('lang.en')}</option>
            </select>
          </label>
          <label>
            {t('text')}
            <textarea rows={4} value={draft.text} onInput={(e) => setDraft({ ...draft, text: (e.currentTarget as HTMLTextAreaElement).value })} />
          </label>
          {draft.language === 'fr' && (
            <label>
              {t('tuText')}
              <textarea rows={4} value={draft.tuText ?? ''} onInput={(e) => setDraft({ ...draft, tuText: (e.currentTarget as HTMLTextAreaElement).value })} />
            </label>
          )}
          <p class="hint">{t('variables')}</p>

          <div class="template-editor__preview" aria-live="polite">
            <h3>{t('preview')}</h3>
            <p>
              <span>{t('sampleComment')} </span>
              <q>{sample.comment}</q> ({sample.author})
            </p>
            <p data-testid="preview-vous">
              {draft.language === 'fr' && <strong>{t('previewVous')} </strong>}
              {fill(draft.text, values, draft.language)}
            </p>
            {draft.language === 'fr' && draft.tuText?.trim() && (
              <p data-testid="preview-tu">
                <strong>{t('previewTu')} </strong>
                {fill(draft.tuText, values, 'fr')}
              </p>
            )}
          </div>

          {error && <p role="alert">{error}</p>}
          <button type="submit">{t('save')}</button>
          {!draft.builtIn && props.templates.some((x) => x.id === draft.id) && (
            <button type="button" onClick={() => props.onDelete(draft.id)}>
              {t('delete')}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

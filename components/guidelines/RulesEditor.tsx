import { useMemo, useState } from 'preact/hooks';
import { validateRules, type RuleError, type ToneRules } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';
import { CustomEditor } from './editor/CustomEditor';
import { OverridesEditor } from './editor/OverridesEditor';
import { Preview } from './editor/Preview';
import { LanguagesSection, LengthSection, RequiredSections, StyleSections, VoiceSections } from './editor/sections';
import { EditorContext, key, setAt, type Draft, type EditorState, type Path } from './editor/state';
import { TermsEditor } from './editor/TermsEditor';
import { guideText } from './messages';
import { s } from './styles';

interface Props {
  initial: ToneRules;
  lang: UiLanguage;
  /** Called only with rules that passed validation. */
  onSave: (rules: ToneRules) => void;
  /** Every edit, valid or not, so the page can keep unsaved work. */
  onChange?: (draft: unknown, errors: RuleError[]) => void;
  sampleText?: string;
}

const SAMPLE = "Salut! Merci pour ton e-mail, nous allons t'aider ASAP!!! Notre équipe est fière de nos résultats. #aide 🎉";

/** Edits every kind of tone rule, shows each error beside its field, previews the lint live, saves only valid rules. */
export function RulesEditor({ initial, lang, onSave, onChange, sampleText = SAMPLE }: Props) {
  const t = guideText(lang);
  const [draft, setDraft] = useState<Draft>(() => structuredClone(initial) as unknown as Draft);
  const [raw, setRawState] = useState<Record<string, string>>({});
  const validation = useMemo(() => validateRules(draft), [draft]);
  const errors = useMemo(() => new Map((validation.ok ? [] : validation.errors).map((e) => [e.path, e])), [validation]);
  const state: EditorState = {
    draft,
    errors,
    lang,
    raw,
    set(path: Path, value: unknown) {
      setDraft((d) => {
        const next = setAt(d, path, value);
        const v = validateRules(next);
        onChange?.(next, v.ok ? [] : v.errors);
        return next;
      });
    },
    setRaw: (path, text) => setRawState((r) => ({ ...r, [key(path)]: text })),
  };
  const errorCount = validation.ok ? 0 : validation.errors.length;
  // Errors on fields the form does not show (e.g. from an imported file) are listed at the bottom.
  const unplaced = validation.ok ? [] : validation.errors.filter((e) => !e.path || e.path === 'version' || e.path === 'pack');
  return (
    <EditorContext.Provider value={state}>
      <form
        aria-label={t('editorTitle')}
        style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(260px, 2fr)', gap: '16px', alignItems: 'start' }}
        onSubmit={(e) => {
          e.preventDefault();
          if (validation.ok) onSave(validation.rules);
        }}
      >
        <div>
          <LanguagesSection />
          <VoiceSections />
          <TermsEditor />
          <StyleSections />
          <LengthSection />
          <RequiredSections />
          <CustomEditor />
          <OverridesEditor />
          <div style={{ ...s.row, position: 'sticky', bottom: 0, padding: '8px 0', background: 'var(--ck-bg, Canvas)' }}>
            <button type="submit" class="primary" disabled={!validation.ok} aria-describedby="ck-rules-status">{t('save')}</button>
            <span id="ck-rules-status" role="status" style={validation.ok ? s.muted : s.error}>
              {validation.ok ? t('saved') : t('saveBlocked', { count: errorCount })}
            </span>
          </div>
          {unplaced.map((e) => <p key={e.path} role="alert" style={s.error}>{e.path}: {e[lang]}</p>)}
        </div>
        <Preview draft={draft} lang={lang} initialText={sampleText} />
      </form>
    </EditorContext.Provider>
  );
}

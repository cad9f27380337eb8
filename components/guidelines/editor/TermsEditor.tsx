import { guideText } from '../messages';
import { s } from '../styles';
import { CheckField, ListField, SelectField, SeverityField, TextField } from './fields';
import { getAt, useEditor } from './state';

/** Banned, discouraged and required terms, one bordered row each. */
export function TermsEditor() {
  const ed = useEditor();
  const t = guideText(ed.lang);
  const terms = (getAt(ed.draft, ['terms']) as unknown[] | undefined) ?? [];
  const add = () => ed.set(['terms'], [...terms, { id: `term-${terms.length + 1}`, kind: 'discouraged', term: '', replacement: '', variants: [], language: 'any', severity: 'warning' }]);
  const remove = (i: number) => ed.set(['terms'], terms.filter((_, k) => k !== i));
  return (
    <fieldset style={s.section}>
      <legend style={s.legend}>{t('terms')}</legend>
      {terms.map((_, i) => (
        <div key={i} style={{ ...s.row, borderBottom: `1px solid var(--ck-border, #d6dce4)`, paddingBottom: '6px', marginBottom: '6px' }}>
          <SelectField path={['terms', i, 'kind']} label="termKind" options={[['banned', 'banned'], ['discouraged', 'discouraged'], ['required', 'required']]} />
          <TextField path={['terms', i, 'term']} label="term" />
          <TextField path={['terms', i, 'replacement']} label="replacement" />
          <TextField path={['terms', i, 'reason']} label="reason" />
          <SelectField path={['terms', i, 'language']} label="termLanguage" options={[['any', 'anyLanguage'], ['fr', 'french'], ['en', 'english']]} />
          <SelectField path={['terms', i, 'mustAppear']} label="mustAppear" options={[['never', 'never'], ['post', 'posts'], ['reply', 'replies'], ['both', 'both']]} />
          <SeverityField path={['terms', i, 'severity']} />
          <TextField path={['terms', i, 'id']} label="id" width="8em" />
          <CheckField path={['terms', i, 'caseSensitive']} label="caseSensitive" />
          <CheckField path={['terms', i, 'accentSensitive']} label="accentSensitive" />
          <ListField path={['terms', i, 'variants']} label="variants" split={/,/} join=", " />
          <button type="button" onClick={() => remove(i)} aria-label={`${t('remove')} ${String(getAt(ed.draft, ['terms', i, 'term']) ?? '')}`}>{t('remove')}</button>
        </div>
      ))}
      <button type="button" onClick={add}>{t('addTerm')}</button>
    </fieldset>
  );
}

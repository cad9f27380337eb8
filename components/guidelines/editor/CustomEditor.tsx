import { guideText } from '../messages';
import { s } from '../styles';
import { SeverityField, TextField } from './fields';
import { getAt, useEditor } from './state';

/** The brand's own patterns; an unsafe or invalid one shows why beside the pattern field. */
export function CustomEditor() {
  const ed = useEditor();
  const t = guideText(ed.lang);
  const list = (getAt(ed.draft, ['custom']) as unknown[] | undefined) ?? [];
  const add = () => ed.set(['custom'], [...list, { id: `pattern-${list.length + 1}`, pattern: '', flags: 'i', message: '', severity: 'warning' }]);
  return (
    <fieldset style={s.section}>
      <legend style={s.legend}>{t('custom')}</legend>
      {list.map((_, i) => (
        <div key={i} style={{ ...s.row, borderBottom: `1px solid var(--ck-border, #d6dce4)`, paddingBottom: '6px', marginBottom: '6px' }}>
          <TextField path={['custom', i, 'pattern']} label="pattern" width="18em" />
          <TextField path={['custom', i, 'flags']} label="flags" width="6em" />
          <TextField path={['custom', i, 'message']} label="message" />
          <TextField path={['custom', i, 'replacement']} label="replacement" />
          <TextField path={['custom', i, 'id']} label="id" width="8em" />
          <SeverityField path={['custom', i, 'severity']} />
          <button type="button" onClick={() => ed.set(['custom'], list.filter((_, k) => k !== i))}>{t('remove')}</button>
        </div>
      ))}
      <button type="button" onClick={add}>{t('addPattern')}</button>
    </fieldset>
  );
}

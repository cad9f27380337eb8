import { useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../../lib/platforms/types';
import { guideText } from '../messages';
import { s } from '../styles';
import { ListField, NumberField, SelectField } from './fields';
import { useEditor } from './state';

/** Per-platform overrides of the most used fields; empty means "same as the general rule". */
export function OverridesEditor() {
  const ed = useEditor();
  const t = guideText(ed.lang);
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const base = ['overrides', platform];
  return (
    <fieldset style={s.section}>
      <legend style={s.legend}>{t('overrides')}</legend>
      <div style={s.field}>
        <label for="ck-override-platform" style={s.label}>{t('platform')}</label>
        <select id="ck-override-platform" style={s.input} value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as Platform)}>
          {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
      <div style={s.row}>
        <SelectField path={[...base, 'formality', 'value']} label="formality" inherit options={[['vous'], ['tu'], ['either', 'either']]} />
        <SelectField path={[...base, 'emoji', 'policy']} label="emoji" inherit options={[['none', 'policyNone'], ['few', 'policyFew'], ['free', 'policyFree']]} />
        <NumberField path={[...base, 'emoji', 'max']} label="max" optional />
        <NumberField path={[...base, 'hashtags', 'max']} label="hashtags" optional />
        <NumberField path={[...base, 'exclamation', 'max']} label="exclamation" optional />
        <ListField path={[...base, 'disabled']} label="disabled" split={/,/} join=", " />
      </div>
    </fieldset>
  );
}

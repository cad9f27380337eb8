import { platformLimits } from '../../../lib/guidelines';
import { PLATFORMS } from '../../../lib/platforms/types';
import { guideText } from '../messages';
import { s } from '../styles';
import { CheckField, ListField, NumberField, Section, SelectField, SeverityField, TextField } from './fields';
import { getAt, useEditor } from './state';

export function LanguagesSection() {
  const ed = useEditor();
  const t = guideText(ed.lang);
  const langs = (getAt(ed.draft, ['languages']) as string[] | undefined) ?? [];
  const toggle = (l: 'fr' | 'en', on: boolean) => ed.set(['languages'], on ? [...langs.filter((x) => x !== l), l] : langs.filter((x) => x !== l));
  const err = ed.errors.get('languages');
  return (
    <Section title="languages">
      {(['fr', 'en'] as const).map((l) => (
        <label key={l} style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
          <input type="checkbox" checked={langs.includes(l)} onChange={(e) => toggle(l, (e.currentTarget as HTMLInputElement).checked)} />
          {t(l === 'fr' ? 'french' : 'english')}
        </label>
      ))}
      {err ? <span role="alert" style={s.error}>{err[ed.lang]}</span> : null}
    </Section>
  );
}

export function VoiceSections() {
  return (
    <>
      <Section title="formality">
        <CheckField path={['formality', 'enabled']} label="enabled" />
        <SelectField path={['formality', 'value']} label="formalityValue" options={[['vous'], ['tu'], ['either', 'either']]} />
        <CheckField path={['formality', 'allowPluralVous']} label="allowPluralVous" />
        <SeverityField path={['formality', 'severity']} />
      </Section>
      <Section title="person">
        <CheckField path={['person', 'enabled']} label="enabled" />
        <SelectField path={['person', 'value']} label="personValue" options={[['nous'], ['je'], ['either', 'either']]} />
        <SeverityField path={['person', 'severity']} />
      </Section>
    </>
  );
}

export function StyleSections() {
  return (
    <>
      <Section title="emoji">
        <CheckField path={['emoji', 'enabled']} label="enabled" />
        <SelectField path={['emoji', 'policy']} label="policy" options={[['none', 'policyNone'], ['few', 'policyFew'], ['free', 'policyFree']]} />
        <NumberField path={['emoji', 'max']} label="max" />
        <SeverityField path={['emoji', 'severity']} />
        <ListField path={['emoji', 'allowed']} label="allowedEmoji" split={/\s+/} join=" " />
      </Section>
      <Section title="hashtags">
        <CheckField path={['hashtags', 'enabled']} label="enabled" />
        <NumberField path={['hashtags', 'max']} label="max" />
        <CheckField path={['hashtags', 'inReplies']} label="inReplies" />
        <SeverityField path={['hashtags', 'severity']} />
      </Section>
      <Section title="exclamation">
        <CheckField path={['exclamation', 'enabled']} label="enabled" />
        <NumberField path={['exclamation', 'max']} label="max" />
        <CheckField path={['exclamation', 'noRuns']} label="noRuns" />
        <SeverityField path={['exclamation', 'severity']} />
      </Section>
      <Section title="capitals">
        <CheckField path={['capitals', 'enabled']} label="enabled" />
        <NumberField path={['capitals', 'max']} label="max" />
        <NumberField path={['capitals', 'minLength']} label="minLength" />
        <SeverityField path={['capitals', 'severity']} />
        <ListField path={['capitals', 'allow']} label="allowWords" split={/,/} join=", " />
      </Section>
    </>
  );
}

export function LengthSection() {
  const ed = useEditor();
  const t = guideText(ed.lang);
  return (
    <Section title="length">
      <CheckField path={['length', 'enabled']} label="enabled" />
      <SeverityField path={['length', 'severity']} />
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          {PLATFORMS.map((p) => (
            <tr key={p}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 600 }}>{p}</th>
              {(['reply', 'post'] as const).map((k) => (
                <td key={k}>
                  <NumberField path={['length', 'max', p, k]} label={k} optional placeholder={String(platformLimits[p][k])} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <span style={s.muted}>{t('lengthHelp', { limit: '280–63 206' })}</span>
    </Section>
  );
}

export function RequiredSections() {
  return (
    <>
      <Section title="signature">
        <CheckField path={['signature', 'enabled']} label="enabled" />
        <TextField path={['signature', 'default']} label="defaultSignature" />
        <SeverityField path={['signature', 'severity']} />
        <ListField path={['signature', 'accepted']} label="accepted" split={/,/} join=", " />
      </Section>
      <Section title="greeting">
        <CheckField path={['greeting', 'enabled']} label="enabled" />
        <TextField path={['greeting', 'template', 'fr']} label="templateFr" />
        <TextField path={['greeting', 'template', 'en']} label="templateEn" />
        <SeverityField path={['greeting', 'severity']} />
      </Section>
      <Section title="cta">
        <CheckField path={['cta', 'enabled']} label="enabled" />
        <CheckField path={['cta', 'questionCounts']} label="questionCounts" />
        <SeverityField path={['cta', 'severity']} />
        <ListField path={['cta', 'phrases']} label="ctaPhrases" split={/\n/} join={'\n'} />
      </Section>
      <Section title="wiifm">
        <CheckField path={['wiifm', 'enabled']} label="enabled" />
        <NumberField path={['wiifm', 'minBrandWords']} label="minBrandWords" />
        <SeverityField path={['wiifm', 'severity']} />
        <KindsField />
      </Section>
    </>
  );
}

function KindsField() {
  const ed = useEditor();
  const t = guideText(ed.lang);
  const kinds = (getAt(ed.draft, ['wiifm', 'kinds']) as string[] | undefined) ?? [];
  return (
    <fieldset style={{ border: 0, padding: 0 }}>
      <legend style={s.label}>{t('appliesTo')}</legend>
      {(['post', 'reply'] as const).map((k) => (
        <label key={k} style={{ display: 'inline-flex', gap: '4px', marginRight: '12px' }}>
          <input
            type="checkbox" checked={kinds.includes(k)}
            onChange={(e) => ed.set(['wiifm', 'kinds'], (e.currentTarget as HTMLInputElement).checked ? [...kinds.filter((x) => x !== k), k] : kinds.filter((x) => x !== k))}
          />
          {t(k === 'post' ? 'posts' : 'replies')}
        </label>
      ))}
    </fieldset>
  );
}

import { useContext } from 'preact/hooks';
import type { BrandDraft } from '../../lib/strategy/draft';
import { Card, Form, TextField } from './fields';
import type { Edit } from './types';

/** Personas: who, what they need, what's in it for them. */
export function AudienceFields({ draft, edit }: { draft: BrandDraft; edit: Edit }) {
  const { t } = useContext(Form);
  return (
    <Card id="audiences" title={t('audiencesTitle')} intro={t('personasHint')}>
      {draft.personas.length === 0 && <p class="ck-empty-inline">{t('noPersona')}</p>}
      {draft.personas.map((p, i) => (
        <fieldset class="ck-fieldset ck-persona" key={i}>
          <legend>{t('persona', { n: i + 1 })}</legend>
          <div class="ck-grid-3">
            <TextField path={`personas.${i}.name`} label={t('personaName')} value={p.name} onInput={(v) => edit((d) => void (d.personas[i].name = v))} />
            <TextField path={`personas.${i}.needs`} label={t('personaNeeds')} value={p.needs} onInput={(v) => edit((d) => void (d.personas[i].needs = v))} />
            <TextField path={`personas.${i}.benefit`} label={t('personaBenefit')} value={p.benefit} onInput={(v) => edit((d) => void (d.personas[i].benefit = v))} />
          </div>
          <button type="button" class="ck-link-button" onClick={() => edit((d) => void d.personas.splice(i, 1))}>
            {t('removePersona', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" class="ck-add" onClick={() => edit((d) => void d.personas.push({ name: '', needs: '', benefit: '' }))}>+ {t('addPersona')}</button>
    </Card>
  );
}

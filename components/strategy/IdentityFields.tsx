import { useContext } from 'preact/hooks';
import { PLATFORMS } from '../../lib/platforms/types';
import type { BrandDraft } from '../../lib/strategy/draft';
import { PLATFORM_NAMES } from '../engagement/labels';
import { Card, ErrorText, Form, ListField, TextField, fieldId } from './fields';
import type { Edit } from './types';

/** Name, language, audience, accounts, keywords, mission, vision, values, voice, do and don't, key messages. */
export function IdentityFields({ draft, edit }: { draft: BrandDraft; edit: Edit }) {
  const { t } = useContext(Form);
  return (
    <Card id="identity" title={t('identityTitle')}>
      <div class="ck-grid-3">
        <TextField path="name" label={t('name')} value={draft.name} onInput={(v) => edit((d) => void (d.name = v))} />
        <div class="ck-field">
          <label for={fieldId('locale')}>{t('brandLocale')}</label>
          <select id={fieldId('locale')} value={draft.locale} onChange={(e) => edit((d) => void (d.locale = e.currentTarget.value as BrandDraft['locale']))}>
            <option value="fr-CA">Français (Québec)</option>
            <option value="fr-FR">Français (France)</option>
            <option value="en">English</option>
          </select>
        </div>
        <div class="ck-field">
          <label for={fieldId('audience')}>{t('audienceType')}</label>
          <select id={fieldId('audience')} value={draft.audience} onChange={(e) => edit((d) => void (d.audience = e.currentTarget.value as BrandDraft['audience']))}>
            <option value="b2b">{t('audB2b')}</option>
            <option value="b2c">{t('audB2c')}</option>
            <option value="both">{t('audBoth')}</option>
          </select>
        </div>
      </div>
      <TextField path="agent" label={t('agent')} hint={t('agentHint')} value={draft.agent} onInput={(v) => edit((d) => void (d.agent = v))} class="ck-narrow" />
      <TextField path="mission" label={t('mission')} placeholder={t('missionPlaceholder')} multiline value={draft.mission} onInput={(v) => edit((d) => void (d.mission = v))} />
      <TextField path="vision" label={t('vision')} placeholder={t('visionPlaceholder')} multiline value={draft.vision} onInput={(v) => edit((d) => void (d.vision = v))} />
      <fieldset class="ck-fieldset">
        <legend>{t('values')}</legend>
        {draft.values.map((v, i) => (
          <div class="ck-list-row" key={i}>
            <TextField path={`values.${i}.name`} label={`${t('valueName')} ${i + 1}`} value={v.name} class="ck-value-name"
              onInput={(x) => edit((d) => void (d.values[i].name = x))} />
            <TextField path={`values.${i}.howItShows`} label={t('valueHow')} value={v.howItShows} class="ck-grow"
              onInput={(x) => edit((d) => void (d.values[i].howItShows = x))} />
            <button type="button" class="ck-icon-button ck-align-end" aria-label={t('removeItem', { label: t('valueName'), n: i + 1 })}
              title={t('remove')} onClick={() => edit((d) => void d.values.splice(i, 1))}>×</button>
          </div>
        ))}
        <button type="button" class="ck-add" onClick={() => edit((d) => void d.values.push({ name: '', howItShows: '' }))}>+ {t('addValue')}</button>
      </fieldset>
      <ListField path="voice" legend={t('voice')} itemLabel={t('voiceLine')} items={draft.voice} onChange={(xs) => edit((d) => void (d.voice = xs))} />
      <div class="ck-grid-2">
        <ListField path="dos" legend={t('dos')} itemLabel={t('doLine')} items={draft.dos} onChange={(xs) => edit((d) => void (d.dos = xs))} />
        <ListField path="donts" legend={t('donts')} itemLabel={t('dontLine')} items={draft.donts} onChange={(xs) => edit((d) => void (d.donts = xs))} />
      </div>
      <ListField path="keyMessages" legend={t('keyMessages')} itemLabel={t('keyMessage')} hint={t('keyMessagesHint')} items={draft.keyMessages}
        onChange={(xs) => edit((d) => void (d.keyMessages = xs))} />
      <ListField path="keywords" legend={t('keywords')} itemLabel={t('keyword')} hint={t('keywordsHint')} items={draft.keywords}
        onChange={(xs) => edit((d) => void (d.keywords = xs))} />
      <fieldset class="ck-fieldset" aria-describedby="handles-hint">
        <legend>{t('handles')}</legend>
        <div id="handles-hint" class="ck-hint">{t('handlesHint')}</div>
        <div class="ck-grid-2">
          {PLATFORMS.map((p) => (
            <div class="ck-field" key={p}>
              <label for={fieldId(`handles.${p}`)}>{PLATFORM_NAMES[p]}</label>
              <input id={fieldId(`handles.${p}`)} value={draft.handles[p] ?? ''}
                onInput={(e) => { const v = e.currentTarget.value; edit((d) => void (d.handles[p] = v)); }} />
              <ErrorText path={`handles.${p}`} />
            </div>
          ))}
        </div>
      </fieldset>
    </Card>
  );
}

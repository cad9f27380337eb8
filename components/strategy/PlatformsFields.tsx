import { useContext, useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../lib/platforms/types';
import { newRole, type BrandDraft, type RoleDraft } from '../../lib/strategy/draft';
import { PLATFORM_NAMES } from '../engagement/labels';
import { Card, Form, TextField, fieldId } from './fields';
import type { Edit } from './types';

/** For each platform the brand uses: role, audience, cadence per week, tone override, stage. */
export function PlatformsFields({ draft, edit }: { draft: BrandDraft; edit: Edit }) {
  const { t } = useContext(Form);
  const used = PLATFORMS.filter((p) => draft.platformRoles[p]);
  const unused = PLATFORMS.filter((p) => !draft.platformRoles[p]);
  const [toAdd, setToAdd] = useState<Platform | ''>('');
  const adding = toAdd && unused.includes(toAdd) ? toAdd : unused[0];
  return (
    <Card id="platforms" title={t('platformsTitle')} intro={t('platformsIntro')}>
      {used.length === 0 && <p class="ck-empty-inline">{t('noPlatforms')}</p>}
      <div class="ck-grid-2">
        {used.map((p) => (
          <RoleFields key={p} p={p} role={draft.platformRoles[p]!} edit={edit} />
        ))}
      </div>
      {unused.length > 0 && (
        <div class="ck-row ck-add-platform">
          <label for="platform-to-add" class="ck-inline-label">{t('platformToAdd')}</label>
          <select id="platform-to-add" value={adding} onChange={(e) => setToAdd(e.currentTarget.value as Platform)}>
            {unused.map((p) => <option key={p} value={p}>{PLATFORM_NAMES[p]}</option>)}
          </select>
          <button type="button" class="ck-add" onClick={() => adding && edit((d) => void (d.platformRoles[adding] = newRole()))}>+ {t('addPlatform')}</button>
        </div>
      )}
    </Card>
  );
}

function RoleFields({ p, role, edit }: { p: Platform; role: RoleDraft; edit: Edit }) {
  const { t } = useContext(Form);
  const base = `platformRoles.${p}`;
  const set = (change: (r: RoleDraft) => void) => edit((d) => change(d.platformRoles[p]!));
  return (
    <fieldset class="ck-fieldset ck-role">
      <legend>{PLATFORM_NAMES[p]}</legend>
      <TextField path={`${base}.why`} label={t('role')} value={role.why} onInput={(v) => set((r) => void (r.why = v))} />
      <TextField path={`${base}.audience`} label={t('platformAudience')} value={role.audience} onInput={(v) => set((r) => void (r.audience = v))} />
      <div class="ck-grid-2">
        <TextField path={`${base}.cadencePerWeek`} label={t('cadence')} inputMode="decimal" value={role.cadencePerWeek} onInput={(v) => set((r) => void (r.cadencePerWeek = v))} />
        <div class="ck-field">
          <label for={fieldId(`${base}.stage`)}>{t('stage')}</label>
          <select id={fieldId(`${base}.stage`)} value={role.stage} onChange={(e) => { const v = e.currentTarget.value as RoleDraft['stage']; set((r) => void (r.stage = v)); }}>
            <option value="listen">{t('stageListen')}</option>
            <option value="discuss">{t('stageDiscuss')}</option>
            <option value="associate">{t('stageAssociate')}</option>
          </select>
        </div>
      </div>
      <TextField path={`${base}.toneOverride`} label={t('toneOverride')} value={role.toneOverride} onInput={(v) => set((r) => void (r.toneOverride = v))} />
      <button type="button" class="ck-link-button ck-danger" onClick={() => edit((d) => void delete d.platformRoles[p])}>
        {t('removePlatform', { platform: PLATFORM_NAMES[p] })}
      </button>
    </fieldset>
  );
}

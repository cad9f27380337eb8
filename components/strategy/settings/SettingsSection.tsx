import { MastodonInstances } from '../../platforms/MastodonInstances';
import { mastodonActions } from '../../platforms/mastodon-actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { UiLanguage } from '../../../lib/i18n';
import type { Reply, UiMessage } from '../../../lib/messages';
import { PLATFORMS, type Platform } from '../../../lib/platforms/types';
import type { Settings } from '../../../lib/store/schemas/settings';
import { sendToBackground } from '../../../lib/store/client';
import { fromSettingsDraft, toSettingsDraft, LOCAL_SERVER_ORIGINS, type SettingsDraft, type SettingsErrors } from '../../../lib/strategy/settings-form';
import { PLATFORM_NAMES } from '../../engagement/labels';
import { settingsText } from './messages';
import '../strategy.css';

interface Props {
  settings: Settings;
  lang: UiLanguage;
  send?: (msg: UiMessage) => Promise<Reply>;
  /** Asks the browser for the optional host permission; must run inside the user's click. */
  requestOrigins?: (origins: string[]) => Promise<boolean>;
}

type Status = 'idle' | 'saved' | 'invalid' | 'storage-full' | { failed: string };

const AI_TIERS = [
  ['none', 'aiNone', 'aiNoneHint'],
  ['chrome', 'aiChrome', 'aiChromeHint'],
  ['openai-compatible', 'aiServer', 'aiServerHint'],
] as const;

const defaultRequest = (origins: string[]) => browser.permissions.request({ origins });
const hasChromeModel = () => 'LanguageModel' in globalThis;

/** The dashboard's settings: UI language, platforms and their on-page mode, retention, AI tier. */
export function SettingsSection({ settings, lang, send = sendToBackground, requestOrigins = defaultRequest }: Props) {
  const t = settingsText(lang);
  const [draft, setDraft] = useState<SettingsDraft>(() => toSettingsDraft(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<Status>('idle');
  const [dirty, setDirty] = useState(false);
  const [denied, setDenied] = useState(false);
  const seen = useRef(settings);
  useEffect(() => {
    if (seen.current === settings) return;
    seen.current = settings;
    if (!dirty) setDraft(toSettingsDraft(settings));
  }, [settings]);

  const change = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setStatus('idle');
  };
  const togglePlatform = (p: Platform, on: boolean) =>
    change({ enabledPlatforms: on ? PLATFORMS.filter((x) => x === p || draft.enabledPlatforms.includes(x)) : draft.enabledPlatforms.filter((x) => x !== p) });

  const chooseTier = (tier: Settings['aiProvider']) => {
    setDenied(false);
    if (tier !== 'openai-compatible') return change({ aiProvider: tier });
    // The permission prompt needs the user's gesture: asked here, in the click, not after an await.
    const previous = draft.aiProvider;
    change({ aiProvider: tier, aiEndpoint: draft.aiEndpoint || 'http://localhost:11434/v1' });
    requestOrigins(LOCAL_SERVER_ORIGINS).then(
      (granted) => {
        if (granted) return;
        setDenied(true);
        setDraft((d) => ({ ...d, aiProvider: previous }));
      },
      () => {
        setDenied(true);
        setDraft((d) => ({ ...d, aiProvider: previous }));
      },
    );
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const r = fromSettingsDraft(settings, draft);
    if (!r.ok) {
      setErrors(r.errors);
      setStatus('invalid');
      const first = (['retentionDays', 'aiEndpoint', 'aiModel'] as const).find((k) => r.errors[k]);
      if (first) document.getElementById(`set-${first}`)?.focus();
      return;
    }
    setErrors({});
    const reply = await send({ type: 'settings.save', settings: r.settings });
    if (reply.ok) {
      setDirty(false);
      setStatus('saved');
    } else setStatus(reply.error === 'storage-full' ? 'storage-full' : { failed: reply.error });
  };

  const err = (k: keyof SettingsErrors) =>
    errors[k] ? <div id={`set-${k}-error`} class="ck-error" role="alert">{t(errors[k]!)}</div> : null;
  const aria = (k: keyof SettingsErrors, hint: boolean) => ({
    id: `set-${k}`,
    'aria-invalid': errors[k] ? true : undefined,
    'aria-describedby': [hint ? `set-${k}-hint` : '', errors[k] ? `set-${k}-error` : ''].filter(Boolean).join(' ') || undefined,
  });

  return (
    <form class="ck-settings" onSubmit={save} noValidate>
      <section class="ck-card" aria-labelledby="set-lang-title">
        <h2 id="set-lang-title">{t('languageTitle')}</h2>
        <div class="ck-field ck-narrow">
          <label for="set-uiLanguage">{t('uiLanguage')}</label>
          <select id="set-uiLanguage" value={draft.uiLanguage} onChange={(e) => change({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}>
            <option value="auto">{t('langAuto')}</option>
            <option value="fr" lang="fr">{t('langFr')}</option>
            <option value="en" lang="en">{t('langEn')}</option>
          </select>
        </div>
      </section>

      <section class="ck-card" aria-labelledby="set-platforms-title">
        <h2 id="set-platforms-title">{t('platformsTitle')}</h2>
        <p class="ck-muted">{t('platformsIntro')}</p>
        {draft.enabledPlatforms.length === 0 && <p class="ck-empty-inline">{t('noPlatform')}</p>}
        <div class="ck-settings-platforms">
          {PLATFORMS.map((p) => {
            const on = draft.enabledPlatforms.includes(p);
            const mode = draft.onPageMode[p] ?? 'chips';
            return (
              <div class="ck-settings-platform" key={p}>
                <label class="ck-chip">
                  <input type="checkbox" checked={on} aria-label={t('enabledOn', { platform: PLATFORM_NAMES[p] })}
                    onChange={(e) => togglePlatform(p, e.currentTarget.checked)} />
                  {PLATFORM_NAMES[p]}
                </label>
                <select aria-label={t('mode', { platform: PLATFORM_NAMES[p] })} value={mode} disabled={!on}
                  onChange={(e) => change({ onPageMode: { ...draft.onPageMode, [p]: e.currentTarget.value as 'chips' | 'sidepanel' } })}>
                  <option value="chips">{t('modeChips')}</option>
                  <option value="sidepanel">{t('modeSidepanel')}</option>
                </select>
              </div>
            );
          })}
        </div>
        <p class="ck-hint">{t('linkedinNote')}</p>
      </section>
      <MastodonInstances lang={lang} actions={mastodonActions} />

      <section class="ck-card" aria-labelledby="set-retention-title">
        <h2 id="set-retention-title">{t('retentionTitle')}</h2>
        <div class="ck-field ck-narrow">
          <label for="set-retentionDays">{t('retentionDays')}</label>
          <input {...aria('retentionDays', true)} inputMode="numeric" value={draft.retentionDays} onInput={(e) => change({ retentionDays: e.currentTarget.value })} />
          <div id="set-retentionDays-hint" class="ck-hint">{t('retentionHint')}</div>
          {err('retentionDays')}
        </div>
      </section>

      <section class="ck-card" aria-labelledby="set-ai-title">
        <h2 id="set-ai-title">{t('aiTitle')}</h2>
        <p class="ck-muted">{t('aiIntro')}</p>
        <fieldset class="ck-options">
          <legend class="ck-visually-hidden">{t('aiTitle')}</legend>
          {AI_TIERS.map(([tier, label, hint]) => (
            <label class="ck-option" key={tier}>
              <input type="radio" name="ai-tier" value={tier} checked={draft.aiProvider === tier} onChange={() => chooseTier(tier)} />
              <span>{t(label)}<small>{t(hint)}</small></span>
            </label>
          ))}
        </fieldset>
        {denied && <p class="ck-error" role="alert">{t('permissionDenied')}</p>}
        {draft.aiProvider === 'chrome' && !hasChromeModel() && <p class="ck-hint" role="status">{t('aiChromeMissing')}</p>}
        {draft.aiProvider === 'openai-compatible' && (
          <div class="ck-grid-2">
            <div class="ck-field">
              <label for="set-aiEndpoint">{t('aiEndpoint')}</label>
              <input {...aria('aiEndpoint', true)} type="url" value={draft.aiEndpoint} onInput={(e) => change({ aiEndpoint: e.currentTarget.value })} />
              <div id="set-aiEndpoint-hint" class="ck-hint">{t('aiEndpointHint')}</div>
              {err('aiEndpoint')}
            </div>
            <div class="ck-field">
              <label for="set-aiModel">{t('aiModel')}</label>
              <input {...aria('aiModel', true)} value={draft.aiModel} onInput={(e) => change({ aiModel: e.currentTarget.value })} />
              <div id="set-aiModel-hint" class="ck-hint">{t('aiModelHint')}</div>
              {err('aiModel')}
            </div>
          </div>
        )}
      </section>

      <div class="ck-savebar">
        <button type="submit" class="primary">{t('save')}</button>
        <div class="ck-save-status" role="status" aria-live="polite">
          {status === 'invalid' && <span class="ck-error">{t('invalid')}</span>}
          {status === 'saved' && <span class="ck-ok">{t('saved')}</span>}
          {status === 'storage-full' && <span class="ck-error">{t('storageFull')} <a href="#data">{t('exportData')}</a></span>}
          {typeof status === 'object' && <span class="ck-error">{t('failed', { reason: status.failed })}</span>}
          {status === 'idle' && dirty && <span class="ck-muted">{t('unsaved')}</span>}
        </div>
      </div>
    </form>
  );
}

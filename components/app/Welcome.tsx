import { useMemo, useRef, useEffect, useState } from 'preact/hooks';
import { appText } from './messages';
import type { UiLanguage } from '../../lib/i18n';
import { sendToBackground } from '../../lib/store/client';
import { PLATFORMS, type Platform } from '../../lib/platforms/types';
import { DEFAULT_PLATFORMS, startSchema, startingBrand, type Start } from '../../lib/strategy/starting-points';
import { PLATFORM_NAMES } from '../engagement/labels';
import type { Reply, UiMessage } from '../../lib/messages';
import '../strategy/strategy.css';

interface Props {
  lang: UiLanguage;
  onCreated: (brandId?: string) => void;
  /** When given, the setup adds a brand to others and can be cancelled; without it, this is the first run. */
  onCancel?: () => void;
  headingLevel?: 1 | 2 | 3;
  send?: (msg: UiMessage) => Promise<Reply>;
}

type Step = 1 | 2 | 3;
const onDashboard = () => location.pathname.endsWith('/dashboard.html');

/**
 * First run (and "add a brand"): three short steps build a brand from a starting point (B2B or B2C; French Québec,
 * French France or English) with defaults the user then edits, instead of an empty form.
 */
export function Welcome({ lang, onCreated, onCancel, headingLevel = 2, send = sendToBackground }: Props) {
  const t = appText(lang);
  const [step, setStep] = useState<Step>(1);
  const [start, setStart] = useState<Start>({ name: '', audience: 'b2c', locale: lang === 'fr' ? 'fr-CA' : 'en', platforms: DEFAULT_PLATFORMS.b2c });
  const [touchedPlatforms, setTouchedPlatforms] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; platforms?: string; save?: string }>({});
  const [storageFull, setStorageFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const stepRef = useRef<HTMLDivElement>(null);
  const H = `h${headingLevel}` as 'h1';
  const H2 = `h${headingLevel + 1}` as 'h2';

  useEffect(() => {
    if (step > 1) stepRef.current?.querySelector<HTMLElement>('[data-step-title]')?.focus();
  }, [step]);

  const setAudience = (audience: Start['audience']) =>
    setStart((s) => ({ ...s, audience, platforms: touchedPlatforms ? s.platforms : DEFAULT_PLATFORMS[audience] }));
  const togglePlatform = (p: Platform, on: boolean) => {
    setTouchedPlatforms(true);
    setErrors((e) => ({ ...e, platforms: undefined }));
    setStart((s) => ({ ...s, platforms: on ? PLATFORMS.filter((x) => x === p || s.platforms.includes(x)) : s.platforms.filter((x) => x !== p) }));
  };

  const check = (fields: Array<'name' | 'platforms'>) => {
    const r = startSchema.safeParse(start);
    const found: typeof errors = {};
    if (!r.success) {
      for (const issue of r.error.issues) {
        const f = issue.path[0] as 'name' | 'platforms';
        if (!fields.includes(f) || found[f]) continue;
        found[f] = f === 'platforms' ? t('setupPickPlatform') : issue.message === 'tooLong' ? t('setupNameTooLong') : t('brandNameRequired');
      }
    }
    setErrors(found);
    if (found.name) document.getElementById('brand-name')?.focus();
    return !Object.keys(found).length;
  };

  const next = (e: Event) => {
    e.preventDefault();
    if (step === 1 && check(['name'])) setStep(2);
    else if (step === 2 && check(['platforms'])) setStep(3);
  };

  const create = async () => {
    if (!check(['name', 'platforms'])) return;
    setBusy(true);
    const r = await send({ type: 'brand.createFromStart', start });
    setBusy(false);
    if (!r.ok) {
      setStorageFull(r.error === 'storage-full');
      return setErrors({ save: r.error === 'storage-full' ? t('storageFull') : t('saveFailed', { reason: r.error }) });
    }
    onCreated((r.data as { brandId?: string } | undefined)?.brandId);
  };
  const demo = async () => {
    const r = await send({ type: 'demo.seed' });
    if (!r.ok) return setErrors({ save: t('saveFailed', { reason: r.error }) });
    onCreated();
  };

  const preview = useMemo(() => (step === 3 && start.name.trim() ? startingBrand(start, new Date()) : undefined), [step, start]);
  const stepNames = [t('setupStep1'), t('setupStep2'), t('setupStep3')];

  return (
    <section class="ck-card ck-setup" aria-labelledby="welcome-title">
      <H id="welcome-title">{onCancel ? t('addBrandTitle') : t('welcomeTitle')}</H>
      {!onCancel && <p>{t('welcomeBody')}</p>}
      <ol class="ck-setup-steps" aria-label={t('setupProgress', { step, total: 3 })}>
        {stepNames.map((name, i) => (
          <li key={name} aria-current={i + 1 === step ? 'step' : undefined} class={i + 1 < step ? 'is-done' : undefined}>{name}</li>
        ))}
      </ol>
      <form onSubmit={next} noValidate>
        <div ref={stepRef}>
          {step === 1 && (
            <>
              <div class="ck-field">
                <label for="brand-name">{t('brandName')}</label>
                <input id="brand-name" value={start.name} autoComplete="organization"
                  onInput={(e) => { const name = e.currentTarget.value; setStart((s) => ({ ...s, name })); setErrors((x) => ({ ...x, name: undefined })); }}
                  aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? 'brand-name-error' : undefined} />
                {errors.name && <div id="brand-name-error" class="ck-error" role="alert">{errors.name}</div>}
              </div>
              <fieldset class="ck-options">
                <legend>{t('audience')}</legend>
                {(['b2c', 'b2b'] as const).map((a) => (
                  <label class="ck-option" key={a}>
                    <input type="radio" name="start-audience" value={a} checked={start.audience === a} onChange={() => setAudience(a)} />
                    <span>{a === 'b2c' ? t('audienceB2c') : t('audienceB2b')}<small>{a === 'b2c' ? t('audienceB2cHint') : t('audienceB2bHint')}</small></span>
                  </label>
                ))}
              </fieldset>
              <fieldset class="ck-options">
                <legend>{t('startingLanguage')}</legend>
                {(['fr-CA', 'fr-FR', 'en'] as const).map((l) => (
                  <label class="ck-option" key={l}>
                    <input type="radio" name="start-locale" value={l} checked={start.locale === l} onChange={() => setStart((s) => ({ ...s, locale: l }))} />
                    <span>{l === 'fr-CA' ? t('localeFrCA') : l === 'fr-FR' ? t('localeFrFR') : t('localeEn')}</span>
                  </label>
                ))}
              </fieldset>
            </>
          )}
          {step === 2 && (
            <fieldset class="ck-options" aria-describedby={errors.platforms ? 'start-platforms-error' : 'start-platforms-hint'}>
              <legend data-step-title tabIndex={-1}>{t('setupPlatforms')}</legend>
              <p id="start-platforms-hint" class="ck-hint" style={{ gridColumn: '1 / -1', margin: 0 }}>{t('setupPlatformsHint')}</p>
              {PLATFORMS.map((p) => (
                <label class="ck-option" key={p}>
                  <input type="checkbox" checked={start.platforms.includes(p)} onChange={(e) => togglePlatform(p, e.currentTarget.checked)} />
                  <span>{PLATFORM_NAMES[p]}</span>
                </label>
              ))}
              {errors.platforms && <div id="start-platforms-error" class="ck-error" role="alert" style={{ gridColumn: '1 / -1' }}>{errors.platforms}</div>}
            </fieldset>
          )}
          {step === 3 && preview && (
            <div class="ck-preview">
              <H2 data-step-title tabIndex={-1}>{t('setupPreviewTitle', { name: preview.name })}</H2>
              <p class="ck-muted">{t('setupPreviewBody')}</p>
              <h3>{t('values')}</h3>
              <p>{preview.values.map((v) => v.name).join(' · ')}</p>
              <h3>{t('voice')}</h3>
              <ul class="ck-list">{preview.voice.map((v) => <li key={v}>{v}</li>)}</ul>
              <h3>{t('setupObjectives')}</h3>
              <ul class="ck-list">{preview.objectives.map((o) => <li key={o.id}>{o.statement}</li>)}</ul>
              <h3>{t('setupRoles')}</h3>
              <ul class="ck-list">
                {start.platforms.map((p) => <li key={p}><strong>{PLATFORM_NAMES[p]}</strong>{t('colon')}{preview.platformRoles[p]?.why}</li>)}
              </ul>
            </div>
          )}
        </div>
        {errors.save && (
          <p class="ck-error" role="alert">
            {errors.save}{' '}
            {storageFull && <a href="dashboard.html#data" target={onDashboard() ? undefined : '_blank'}>{t('exportData')}</a>}
          </p>
        )}
        <div class="ck-setup-actions">
          <div class="ck-row">
            {step > 1 && <button type="button" onClick={() => setStep((s) => (s - 1) as Step)}>{t('back')}</button>}
            {step < 3 ? (
              <button type="submit" class="primary">{t('next')}</button>
            ) : (
              <button type="button" class="primary" disabled={busy} onClick={() => void create()}>{t('createBrand')}</button>
            )}
          </div>
          <div class="ck-row">
            {onCancel && <button type="button" onClick={onCancel}>{t('cancel')}</button>}
            {!onCancel && step === 1 && <button type="button" class="ck-link-button" onClick={() => void demo()}>{t('loadDemo')}</button>}
          </div>
        </div>
      </form>
    </section>
  );
}

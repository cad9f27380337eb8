import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Reply } from '../../lib/messages';
import type { Brand } from '../../lib/store/schemas/brand';
import { fromDraft, toDraft, type BrandDraft, type FieldErrors } from '../../lib/strategy/draft';
import type { Progress } from '../../lib/strategy/progress';
import { Form } from './fields';
import { strategyText } from './messages';
import { IdentityFields } from './IdentityFields';
import { AudienceFields } from './AudienceFields';
import { ObjectivesFields } from './ObjectivesFields';
import { PlatformsFields } from './PlatformsFields';

type Status = { kind: 'idle' | 'saving' | 'saved' | 'invalid' | 'storage-full' } | { kind: 'failed'; reason: string };

interface Props {
  brand: Brand;
  lang: UiLanguage;
  save: (brand: Brand) => Promise<Reply>;
  progress?: Record<string, Progress>;
  now?: () => Date;
}

/**
 * The whole strategy as one form. What is typed stays in the draft until saved: a validation error or a failed save
 * (storage full included) leaves every field as typed, with the error next to the field.
 */
export function StrategyEditor({ brand, lang, save, progress = {}, now = () => new Date() }: Props) {
  const t = strategyText(lang);
  const [draft, setDraft] = useState<BrandDraft>(() => toDraft(brand));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dirty, setDirty] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Another tab saved this brand: take its version unless the user is in the middle of changes.
  const seen = useRef(brand.updatedAt);
  useEffect(() => {
    if (seen.current === brand.updatedAt) return;
    seen.current = brand.updatedAt;
    if (!dirty) setDraft(toDraft(brand));
  }, [brand.updatedAt]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  // After a refused save, take the user to the first field to fix.
  useEffect(() => {
    if (status.kind === 'invalid') formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [status, errors]);

  const edit = (change: (d: BrandDraft) => void) => {
    setDraft((d) => {
      const copy = structuredClone(d);
      change(copy);
      return copy;
    });
    setDirty(true);
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = fromDraft(brand, draft, now());
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'invalid' });
      return;
    }
    setErrors({});
    setStatus({ kind: 'saving' });
    const reply = await save(result.brand);
    if (reply.ok) {
      setDraft(toDraft(result.brand)); // blank rows dropped, numbers as saved
      setDirty(false);
      setStatus({ kind: 'saved' });
    } else setStatus(reply.error === 'storage-full' ? { kind: 'storage-full' } : { kind: 'failed', reason: reply.error });
  };

  const revert = () => {
    setDraft(toDraft(brand));
    setErrors({});
    setDirty(false);
    setStatus({ kind: 'idle' });
  };

  const ctx = useMemo(() => ({ t, errors }), [lang, errors]);
  const errorCount = Object.keys(errors).length;
  return (
    <Form.Provider value={ctx}>
      <form ref={formRef} class="ck-strategy" onSubmit={submit} noValidate aria-describedby="strategy-status">
        <IdentityFields draft={draft} edit={edit} />
        <AudienceFields draft={draft} edit={edit} />
        <ObjectivesFields draft={draft} edit={edit} lang={lang} progress={dirty ? {} : progress} />
        <PlatformsFields draft={draft} edit={edit} />
        <div class="ck-savebar">
          <button type="submit" class="primary" disabled={status.kind === 'saving'}>{status.kind === 'saving' ? t('saving') : t('save')}</button>
          {dirty && <button type="button" onClick={revert}>{t('revert')}</button>}
          <div id="strategy-status" class="ck-save-status" role="status" aria-live="polite">
            {status.kind === 'invalid' && <span class="ck-error">{t('invalid', { count: errorCount })}</span>}
            {status.kind === 'failed' && <span class="ck-error">{t('failed', { reason: status.reason })}</span>}
            {status.kind === 'storage-full' && (
              <span class="ck-error">
                {t('storageFull')} <a href="#data">{t('exportData')}</a>
              </span>
            )}
            {status.kind === 'saved' && <span class="ck-ok">{t('saved')}</span>}
            {status.kind === 'idle' && dirty && <span class="ck-muted">{t('unsaved')}</span>}
          </div>
        </div>
      </form>
    </Form.Provider>
  );
}

import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { FieldError, FieldErrors } from '../../lib/strategy/draft';
import type { StrategyKey } from './messages';

/** What every field of a form needs: the language's sentences and the errors of the last save, by path. */
export interface FormContext {
  t: Translate<StrategyKey>;
  errors: FieldErrors;
}
export const Form = createContext<FormContext>({ t: (k) => k, errors: {} });

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

const ERROR_KEY: Record<FieldError['code'] | 'pickPlatform', StrategyKey> = {
  required: 'errRequired', tooLong: 'errTooLong', notNumber: 'errNotNumber', tooLow: 'errTooLow',
  tooHigh: 'errTooHigh', badDate: 'errBadDate', invalid: 'errInvalid', pickPlatform: 'errPickPlatform',
};

export function errorText(t: Translate<StrategyKey>, e: FieldError | { code: 'pickPlatform' }) {
  const p = e as FieldError;
  return t(ERROR_KEY[e.code], { ...(p.min !== undefined ? { min: p.min } : {}), ...(p.max !== undefined ? { max: p.max } : {}) });
}

/** The error of one field, right under it, announced when it appears. */
export function ErrorText({ path }: { path: string }) {
  const { t, errors } = useContext(Form);
  const e = errors[path];
  if (!e) return null;
  return <div id={`${fieldId(path)}-error`} class="ck-error" role="alert">{errorText(t, e)}</div>;
}

/** aria attributes linking an input to its hint and its error. */
export function useFieldAria(path: string, hint?: boolean) {
  const { errors } = useContext(Form);
  const id = fieldId(path);
  const described = [hint ? `${id}-hint` : '', errors[path] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': errors[path] ? true : undefined, 'aria-describedby': described || undefined };
}

interface TextProps {
  path: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  class?: string;
}

export function TextField({ path, label, value, onInput, hint, placeholder, multiline, type = 'text', inputMode, class: cls }: TextProps) {
  const aria = useFieldAria(path, !!hint);
  const common = { ...aria, value, placeholder, onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value) };
  return (
    <div class={`ck-field ${cls ?? ''}`}>
      <label for={aria.id}>{label}</label>
      {multiline ? <textarea {...common} rows={3} /> : type === 'date' ? <input {...common} type="date" /> : <input {...common} type="text" inputMode={inputMode} />}
      {hint && <div id={`${aria.id}-hint`} class="ck-hint">{hint}</div>}
      <ErrorText path={path} />
    </div>
  );
}

interface ListProps {
  path: string;
  legend: string;
  itemLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
  hint?: string;
  addLabel?: string;
}

/** An editable list of one-line entries: each with its own label, error and remove button. */
export function ListField({ path, legend, itemLabel, items, onChange, hint, addLabel }: ListProps) {
  const { t } = useContext(Form);
  const hintId = `${fieldId(path)}-hint`;
  const set = (i: number, v: string) => onChange(items.map((x, j) => (j === i ? v : x)));
  return (
    <fieldset class="ck-fieldset ck-list-field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && <div id={hintId} class="ck-hint">{hint}</div>}
      {items.map((value, i) => (
        <ListRow key={i} path={`${path}.${i}`} label={`${itemLabel} ${i + 1}`} value={value} onInput={(v) => set(i, v)}
          removeLabel={t('removeItem', { label: itemLabel, n: i + 1 })} onRemove={() => onChange(items.filter((_, j) => j !== i))} />
      ))}
      <button type="button" class="ck-add" onClick={() => onChange([...items, ''])}>+ {addLabel ?? t('addLine')}</button>
    </fieldset>
  );
}

function ListRow({ path, label, value, onInput, removeLabel, onRemove }: {
  path: string; label: string; value: string; onInput: (v: string) => void; removeLabel: string; onRemove: () => void;
}) {
  const aria = useFieldAria(path);
  return (
    <div class="ck-list-row">
      <div class="ck-grow">
        <label for={aria.id} class="ck-visually-hidden">{label}</label>
        <input {...aria} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
        <ErrorText path={path} />
      </div>
      <button type="button" class="ck-icon-button" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>×</button>
    </div>
  );
}

export function Card({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="ck-card ck-strategy-card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="ck-muted">{intro}</p>}
      {children}
    </section>
  );
}

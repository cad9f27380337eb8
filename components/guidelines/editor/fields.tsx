import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { guideText } from '../messages';
import { s } from '../styles';
import { getAt, key, useEditor, type Path } from './state';

type Text = Parameters<ReturnType<typeof guideText>>[0];

function useField(path: Path) {
  const ed = useEditor();
  const id = useId();
  const err = ed.errors.get(key(path));
  return { ed, id, err, errId: `${id}-err`, t: guideText(ed.lang), value: getAt(ed.draft, path) };
}

function Wrap({ id, label, err, errId, children, width }: { id: string; label: string; err?: { fr: string; en: string }; errId: string; children: ComponentChildren; width?: string }) {
  const { lang } = useEditor();
  return (
    <div style={{ ...s.field, width }}>
      <label for={id} style={s.label}>{label}</label>
      {children}
      {err ? <span id={errId} role="alert" style={s.error}>{err[lang]}</span> : null}
    </div>
  );
}

const inputEl = (e: Event) => e.currentTarget as HTMLInputElement;

export function TextField({ path, label, width, multiline }: { path: Path; label: Text; width?: string; multiline?: boolean }) {
  const { ed, id, err, errId, t, value } = useField(path);
  const props = {
    id, style: { ...s.input, ...(err ? s.invalid : {}) }, value: typeof value === 'string' ? value : value === undefined ? '' : String(value),
    'aria-invalid': err ? true : undefined, 'aria-describedby': err ? errId : undefined,
    onInput: (e: Event) => ed.set(path, inputEl(e).value),
  };
  return (
    <Wrap id={id} label={t(label)} err={err} errId={errId} width={width}>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </Wrap>
  );
}

/** A number; an emptied optional field is removed, anything unreadable is kept as typed and reported. */
export function NumberField({ path, label, optional, placeholder }: { path: Path; label: Text; optional?: boolean; placeholder?: string }) {
  const { ed, id, err, errId, t, value } = useField(path);
  return (
    <Wrap id={id} label={t(label)} err={err} errId={errId} width="8em">
      <input
        id={id} type="text" inputMode="numeric" placeholder={placeholder} style={{ ...s.input, ...(err ? s.invalid : {}) }}
        value={value === undefined ? '' : String(value)} aria-invalid={err ? true : undefined} aria-describedby={err ? errId : undefined}
        onInput={(e) => {
          const v = inputEl(e).value;
          const n = Number(v.trim());
          ed.set(path, v.trim() === '' ? (optional ? undefined : v) : v.trim() !== '' && Number.isFinite(n) ? n : v);
        }}
      />
    </Wrap>
  );
}

export function CheckField({ path, label }: { path: Path; label: Text }) {
  const { ed, id, t, value } = useField(path);
  return (
    <div style={{ ...s.field, flexDirection: 'row', alignItems: 'center', gap: '6px' }}>
      <input id={id} type="checkbox" checked={value === true} onChange={(e) => ed.set(path, inputEl(e).checked)} />
      <label for={id}>{t(label)}</label>
    </div>
  );
}

export function SelectField({ path, label, options, inherit }: { path: Path; label: Text; options: Array<[string, Text?]>; inherit?: boolean }) {
  const { ed, id, err, errId, t, value } = useField(path);
  return (
    <Wrap id={id} label={t(label)} err={err} errId={errId}>
      <select
        id={id} style={s.input} value={value === undefined ? '' : String(value)} aria-invalid={err ? true : undefined}
        onChange={(e) => ed.set(path, (e.currentTarget as HTMLSelectElement).value || undefined)}
      >
        {inherit ? <option value="">{t('inherit')}</option> : null}
        {options.map(([v, l]) => <option key={v} value={v}>{l ? t(l) : v}</option>)}
      </select>
    </Wrap>
  );
}

export const SEVERITIES: Array<[string, Text?]> = [['error', 'sevError'], ['warning', 'sevWarning'], ['hint', 'sevHint']];
export const SeverityField = ({ path }: { path: Path }) => <SelectField path={path} label="severity" options={SEVERITIES} />;

/** A list typed as text: the typed text is kept as is, the draft gets the parsed items. */
export function ListField({ path, label, split, join }: { path: Path; label: Text; split: RegExp; join: string }) {
  const { ed, id, err, errId, t, value } = useField(path);
  const k = key(path);
  const items = Array.isArray(value) ? (value as string[]) : [];
  const shown = ed.raw[k] ?? items.join(join);
  const listErr = err ?? [...ed.errors.entries()].find(([p]) => p.startsWith(`${k}.`))?.[1];
  const props = {
    id, value: shown, style: { ...s.input, ...(listErr ? s.invalid : {}) }, 'aria-invalid': listErr ? true : undefined,
    'aria-describedby': listErr ? errId : undefined,
    onInput: (e: Event) => {
      const text = inputEl(e).value;
      ed.setRaw(path, text);
      ed.set(path, text.split(split).map((x) => x.trim()).filter(Boolean));
    },
  };
  return (
    <Wrap id={id} label={t(label)} err={listErr} errId={errId} width="100%">
      {join === '\n' ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
    </Wrap>
  );
}

export function Section({ title, children }: { title: Text; children: ComponentChildren }) {
  const { lang } = useEditor();
  return (
    <fieldset style={s.section}>
      <legend style={s.legend}>{guideText(lang)(title)}</legend>
      <div style={s.row}>{children}</div>
    </fieldset>
  );
}

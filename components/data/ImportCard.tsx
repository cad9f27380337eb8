import { useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { ApplyResult } from '../../lib/store/backup/apply';
import { checkSize } from '../../lib/store/backup/decode';
import type { ImportMode, ImportPreview } from '../../lib/store/backup/diff';
import { isBrandScope } from '../../lib/store/backup/format';
import { backupMessages, describeImportError, type ImportError } from '../../lib/store/backup/messages';
import { isQuotaError } from '../../lib/store/backup/quota';
import { dataText } from './messages';
import { PreviewView } from './PreviewView';
import { reasonOf } from './save-file';
import { StorageFull } from './StorageFull';
import type { DataPageProps } from './types';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; errors: ImportError[]; more: number }
  | { kind: 'fetchFailed'; reason: string }
  | { kind: 'preview'; bytes: Uint8Array; preview: ImportPreview; busy?: boolean }
  | { kind: 'failed'; bytes: Uint8Array; preview: ImportPreview; reason: string; quota: boolean }
  | { kind: 'done'; result: ApplyResult };

type Props = Pick<DataPageProps, 'lang' | 'brands' | 'onPreview' | 'onImport' | 'onFetchUrl' | 'onExport' | 'saveFile'>;

/** Choose a file (or a team's https address), see what changes, confirm. Nothing is written before the confirm. */
export function ImportCard(props: Props) {
  const t = dataText(props.lang);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [url, setUrl] = useState('');

  const check = async (bytes: Uint8Array, m: ImportMode) => {
    setState({ kind: 'checking' });
    try {
      const out = await props.onPreview(bytes, m);
      setState(out.ok ? { kind: 'preview', bytes, preview: out.preview } : { kind: 'refused', errors: out.errors, more: out.more });
    } catch (e) {
      setState({ kind: 'fetchFailed', reason: reasonOf(e) });
    }
  };

  const onFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const tooLarge = checkSize(file.size); // before reading a single byte
    if (tooLarge) return setState({ kind: 'refused', errors: [tooLarge], more: 0 });
    await check(new Uint8Array(await file.arrayBuffer()), mode);
  };

  const onUrl = async (e: Event) => {
    e.preventDefault();
    if (!props.onFetchUrl) return;
    if (!isHttps(url)) return setState({ kind: 'fetchFailed', reason: t('urlNotHttps') });
    setState({ kind: 'checking' });
    let bytes: Uint8Array;
    try {
      bytes = await props.onFetchUrl(url);
    } catch (err) {
      return setState({ kind: 'fetchFailed', reason: t('fetchFailed', { reason: reasonOf(err) }) });
    }
    await check(bytes, mode);
  };

  const changeMode = (m: ImportMode) => {
    setMode(m);
    if (state.kind === 'preview' || state.kind === 'failed') void check(state.bytes, m);
  };

  const confirm = async (bytes: Uint8Array, preview: ImportPreview) => {
    setState({ kind: 'preview', bytes, preview, busy: true });
    try {
      const out = await props.onImport(bytes, mode);
      if (out.ok) setState({ kind: 'done', result: out.result });
      else setState({ kind: 'refused', errors: out.errors, more: out.more });
    } catch (e) {
      // The preview stays on screen: the user can export, free space and try again.
      setState({ kind: 'failed', bytes, preview, reason: reasonOf(e), quota: isQuotaError(e) });
    }
  };

  const brandName = (id: string) => props.brands.find((b) => b.id === id)?.name;
  return (
    <section class="ck-card" aria-labelledby="data-import-title">
      <h2 id="data-import-title">{t('importTitle')}</h2>
      <p class="ck-muted">{t('importIntro')}</p>
      <div class="ck-field">
        <label for="data-import-file">{t('chooseFile')}</label>
        <input id="data-import-file" type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      {props.onFetchUrl && (
        <form class="ck-field" onSubmit={onUrl}>
          <label for="data-import-url">{t('fromUrl')}</label>
          <div class="ck-row">
            <input id="data-import-url" type="url" inputMode="url" placeholder="https://" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} style={{ flex: 1 }} />
            <button type="submit">{t('fetchUrl')}</button>
          </div>
        </form>
      )}
      <fieldset class="ck-field">
        <legend>{t('mode')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m} class="ck-row" style={{ fontWeight: 400 }}>
            <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => changeMode(m)} style={{ width: 'auto' }} />
            {t(m === 'merge' ? 'modeMerge' : 'modeReplace')}
          </label>
        ))}
      </fieldset>
      {state.kind === 'checking' && <p role="status">{t('checking')}</p>}
      {state.kind === 'refused' && <Refusal errors={state.errors} more={state.more} lang={props.lang} />}
      {state.kind === 'fetchFailed' && <p class="ck-error" role="alert">{state.reason}</p>}
      {(state.kind === 'preview' || state.kind === 'failed') && (
        <>
          <PreviewView preview={state.preview} lang={props.lang} brandName={isBrandScope(state.preview.scope) ? brandName(state.preview.scope.brandId) : undefined} />
          {state.kind === 'failed' &&
            (state.quota ? (
              <StorageFull lang={props.lang} onExport={props.onExport} saveFile={props.saveFile} />
            ) : (
              <p class="ck-error" role="alert">{t('importFailed', { reason: state.reason })}</p>
            ))}
          <div class="ck-row">
            <button type="button" class="primary" disabled={state.kind === 'preview' && state.busy} onClick={() => confirm(state.bytes, state.preview)}>
              {state.kind === 'preview' && state.busy ? t('importing') : t('confirmImport')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>{t('cancel')}</button>
          </div>
        </>
      )}
      {state.kind === 'done' && (
        <p role="status">{t('imported', { count: state.result.written, deleted: state.result.deleted })}</p>
      )}
    </section>
  );
}

function Refusal({ errors, more, lang }: { errors: ImportError[]; more: number; lang: UiLanguage }) {
  const t = dataText(lang);
  return (
    <div role="alert" class="ck-error" data-testid="import-refused">
      <p>{t('refused')}</p>
      <ul class="ck-list">
        {errors.map((e, i) => (
          <li key={i}>{describeImportError(e, lang)}</li>
        ))}
      </ul>
      {more > 0 && <p>{backupMessages(lang)('moreErrors', { count: more })}</p>}
    </div>
  );
}

function isHttps(text: string): boolean {
  try {
    return new URL(text.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

import { useMemo, useState } from 'preact/hooks';
import type { CalendarPost } from '../../lib/store/schemas/post';
import { importCsv, previewCsv, type CsvPreview, type FileProblem } from '../../lib/calendar/csv-import';
import { ALL_FIELDS, type ColumnMapping, type FieldKey } from '../../lib/calendar/csv-mapping';
import { csvHeader } from '../../lib/calendar/csv-export';
import { describeFileProblem, describeRowError } from '../../lib/calendar/messages';
import { isTimeZone } from '../../lib/calendar/zoned-time';
import type { UiLanguage } from '../../lib/i18n';
import { importText } from './messages';

export interface ImportScreenProps {
  brandId: string;
  lang: UiLanguage;
  timeZone: string;
  now: () => string;
  newId: () => string;
  objectives?: Array<{ id: string; statement: string }>;
  /** Writes the posts in one transaction (the background's posts.import); resolves to an error code or null. */
  importPosts: (posts: CalendarPost[]) => Promise<string | null>;
  onDone: (imported: number) => void;
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252', text: 'UTF-8',
};

/**
 * File, then the suggested column mapping (editable) with the first rows, then every refused row with its line and
 * reason, then one choice: the good rows or nothing. Nothing is written before that choice.
 */
export function ImportScreen(props: ImportScreenProps) {
  const { lang } = props;
  const t = importText(lang);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [preview, setPreview] = useState<CsvPreview | FileProblem | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [timeZone, setTimeZone] = useState(props.timeZone);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');

  const pick = async (file: File | undefined) => {
    setOutcome('');
    if (!file) return;
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const p = previewCsv(data);
      setBytes(data);
      setPreview(p);
      setMapping(typeof p === 'string' ? [] : p.mapping);
    } catch {
      setBytes(null);
      setPreview(null);
      setOutcome(t('readFailed'));
    }
  };

  const zoneOk = isTimeZone(timeZone);
  const result = useMemo(() => {
    if (!bytes || !preview || typeof preview === 'string' || !zoneOk) return null;
    return importCsv(bytes, { brandId: props.brandId, timeZone, now: props.now(), newId: props.newId, objectives: props.objectives, mapping });
  }, [bytes, preview, mapping, timeZone, zoneOk]);

  const finish = async (choice: 'goodRows' | 'nothing') => {
    if (choice === 'nothing' || !result || result.fileProblem) {
      setOutcome(t('nothingImported'));
      props.onDone(0);
      return;
    }
    setBusy(true);
    const error = await props.importPosts(result.posts);
    setBusy(false);
    if (error) {
      setOutcome(t('importFailed', { error }));
      return;
    }
    setOutcome(t('imported', { count: result.posts.length }));
    setBytes(null);
    setPreview(null);
    props.onDone(result.posts.length);
  };

  const delimiterName = (d: string) => (d === ';' ? t('semicolon') : d === '\t' ? t('tab') : t('comma'));
  const problem = typeof preview === 'string' ? preview : result?.fileProblem;

  return (
    <section class="ck-calsec-import" aria-labelledby="ck-import-title">
      <h2 id="ck-import-title">{t('title')}</h2>
      <div class="ck-field">
        <label for="ck-import-file">{t('file')}</label>
        <input id="ck-import-file" type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void pick(e.currentTarget.files?.[0])} />
      </div>
      {preview && typeof preview !== 'string' && (
        <>
          <p class="ck-muted" data-testid="import-file-info">
            {t('fileInfo', { rows: preview.rows, encoding: ENCODING_NAMES[preview.encoding] ?? preview.encoding, delimiter: delimiterName(preview.delimiter) })}
          </p>
          <div class="ck-field">
            <label for="ck-import-tz">{t('timeZone')}</label>
            <input id="ck-import-tz" value={timeZone} aria-invalid={!zoneOk} onChange={(e) => setTimeZone(e.currentTarget.value.trim())} />
          </div>
          <MappingTable preview={preview} mapping={mapping} lang={lang} onChange={setMapping} />
        </>
      )}
      {problem && <p class="ck-error" role="alert">{describeFileProblem(problem, lang)}</p>}
      {result && !result.fileProblem && (
        <>
          <p role="status" data-testid="import-good-count">{t('goodRows', { count: result.posts.length })}</p>
          {result.errors.length ? (
            <details open class="ck-calsec-errors">
              <summary>{t('errorsTitle', { count: result.errors.length })}</summary>
              <ol data-testid="import-errors">
                {result.errors.map((e) => <li key={e.line}>{describeRowError(e, lang)}</li>)}
              </ol>
            </details>
          ) : (
            <p class="ck-muted">{t('noErrors')}</p>
          )}
          <div class="ck-row">
            <button type="button" class="primary" disabled={busy || !result.posts.length} onClick={() => void finish('goodRows')}>
              {t('importGood', { count: result.posts.length })}
            </button>
            <button type="button" disabled={busy} onClick={() => void finish('nothing')}>{t('importNothing')}</button>
          </div>
        </>
      )}
      {busy && <p class="ck-muted">{t('working')}</p>}
      {outcome && <p role="status" data-testid="import-outcome">{outcome}</p>}
      {!result && (
        <button type="button" onClick={() => void finish('nothing')}>{t('close')}</button>
      )}
    </section>
  );
}

function MappingTable({ preview, mapping, lang, onChange }: { preview: CsvPreview; mapping: ColumnMapping; lang: UiLanguage; onChange: (m: ColumnMapping) => void }) {
  const t = importText(lang);
  const set = (i: number, value: string) => onChange(mapping.map((f, j) => (j === i ? ((value || null) as FieldKey | null) : f)));
  return (
    <>
      <h3>{t('mappingTitle')}</h3>
      <div class="ck-calsec-scroll">
        <table class="ck-calsec-preview">
          <caption class="ck-muted">{t('previewTitle')}</caption>
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th key={i} scope="col">
                  <label for={`ck-map-${i}`}>{h || `#${i + 1}`}</label>
                  <select id={`ck-map-${i}`} value={mapping[i] ?? ''} onChange={(e) => set(i, e.currentTarget.value)}>
                    <option value="">{t('ignore')}</option>
                    {ALL_FIELDS.map((f) => <option key={f} value={f}>{csvHeader(f, lang)}</option>)}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((cells, r) => (
              <tr key={r}>
                {preview.headers.map((_, i) => <td key={i}>{(cells[i] ?? '').slice(0, 120)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

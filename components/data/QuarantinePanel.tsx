import { useState } from 'preact/hooks';
import { formatDate, type UiLanguage } from '../../lib/i18n';
import { describeIssues } from '../../lib/store/quarantine';
import { KIT_STORES } from '../../lib/store/backup/format';
import { dataText } from './messages';
import { schemaOf } from './store-schemas';
import { SaveNotice, useSaveWithQuota } from './useSaveWithQuota';
import type { DataPageProps, QuarantineEntry, RepairOutcome } from './types';

const LABELLED = new Set<string>([...KIT_STORES, 'postStats']);

export interface QuarantinePanelProps extends Pick<DataPageProps, 'onExport' | 'saveFile'> {
  lang: UiLanguage;
  /** null while the records are being checked. */
  entries: QuarantineEntry[] | null;
  loadError?: string;
  onRepair(qid: number, value: unknown): Promise<RepairOutcome>;
  onDelete(qid: number): Promise<unknown>;
  /** Called after a record was put back or deleted, to list again. */
  onChanged(): void;
  maxJsonChars: number;
}

/** Bad records found on read: counted, each with its reason and its raw JSON as text, to repair or delete. */
export function QuarantinePanel(props: QuarantinePanelProps) {
  const t = dataText(props.lang);
  const { entries } = props;
  const [done, setDone] = useState('');
  return (
    <section class="ck-card" aria-labelledby="data-quarantine-title" data-testid="quarantine">
      <h2 id="data-quarantine-title">{t('quarantineTitle')}</h2>
      <p class="ck-muted">{t('quarantineIntro')}</p>
      {props.loadError && <p class="ck-error" role="alert">{t('quarantineLoadFailed', { reason: props.loadError })}</p>}
      {!entries && !props.loadError && <p role="status">{t('quarantineLoading')}</p>}
      {entries && (
        <p data-testid="quarantine-count">{entries.length ? t('quarantineCount', { count: entries.length }) : t('quarantineEmpty')}</p>
      )}
      {done && <p role="status">{done}</p>}
      <ul class="ck-list" style={{ listStyle: 'none', paddingLeft: 0 }}>
        {entries?.map((e) => (
          <QuarantineRow key={e.qid} entry={e} {...props} onDone={(msg) => { setDone(msg); props.onChanged(); }} />
        ))}
      </ul>
    </section>
  );
}

function QuarantineRow(props: QuarantinePanelProps & { entry: QuarantineEntry; onDone(msg: string): void }) {
  const { entry, lang } = props;
  const t = dataText(lang);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useSaveWithQuota();
  const storeLabel = LABELLED.has(entry.store) ? t(`store_${entry.store as 'brands'}`) : entry.store;

  const repair = async () => {
    if (draft === null) return;
    let value: unknown;
    try {
      value = JSON.parse(draft);
    } catch (err) {
      return setProblem(t('repairNotJson', { reason: err instanceof Error ? err.message : String(err) }));
    }
    // Checked here for a quick answer, and again by the background before anything is written.
    const local = schemaOf(entry.store)?.safeParse(value);
    if (local && !local.success) return setProblem(t('repairInvalid', { issues: describeIssues(local.error) }));
    setProblem('');
    let outcome: RepairOutcome | undefined;
    const ok = await save.run(async () => {
      outcome = await props.onRepair(entry.qid, value);
    });
    if (!ok || !outcome) return;
    if (outcome.repaired) props.onDone(t('repaired'));
    else setProblem(t('repairInvalid', { issues: outcome.issues }));
  };

  const remove = async () => {
    if (await save.run(() => props.onDelete(entry.qid))) props.onDone(t('deleted'));
  };

  return (
    <li class="ck-field" data-qid={entry.qid} data-testid="quarantine-entry">
      <div class="ck-row">
        <strong>{t('quarantineWhere', { store: storeLabel, key: entry.key, date: formatDate(entry.at, lang, { dateStyle: 'medium', timeStyle: 'short' }) })}</strong>
      </div>
      <p data-testid="quarantine-reason">{t('quarantineReason', { reason: entry.reason })}</p>
      <details open={draft !== null}>
        <summary>{t('quarantineJson')}</summary>
        {draft === null ? (
          <pre data-testid="quarantine-json" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '20em', overflow: 'auto' }}>{entry.json}</pre>
        ) : (
          <textarea
            aria-label={t('quarantineJson')}
            data-testid="quarantine-editor"
            rows={14}
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
            style={{ width: '100%', fontFamily: 'monospace' }}
          />
        )}
      </details>
      {entry.truncated && <p class="ck-muted">{t('quarantineTruncated', { limit: props.maxJsonChars })}</p>}
      {problem && <p class="ck-error" role="alert">{problem}</p>}
      <SaveNotice status={save.status.kind === 'saved' ? { kind: 'idle' } : save.status} lang={lang} onExport={props.onExport} saveFile={props.saveFile} />
      <div class="ck-row">
        {!entry.truncated &&
          (draft === null ? (
            <button type="button" onClick={() => setDraft(entry.json)}>{t('repair')}</button>
          ) : (
            <button type="button" class="primary" disabled={save.saving} onClick={repair}>{t('saveRepair')}</button>
          ))}
        {!confirmDelete ? (
          <button type="button" onClick={() => setConfirmDelete(true)}>{t('deleteRecord')}</button>
        ) : (
          <span class="ck-row" role="group">
            <span>{t('confirmDelete')}</span>
            <button type="button" class="primary" disabled={save.saving} onClick={remove}>{t('confirmDeleteButton')}</button>
            <button type="button" onClick={() => setConfirmDelete(false)}>{t('cancel')}</button>
          </span>
        )}
      </div>
    </li>
  );
}

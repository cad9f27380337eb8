import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { BackupMeta } from '../../lib/store/backup/apply';
import { MAX_JSON_CHARS, type QuarantineEntry } from './types';
import { DataPage } from './DataPage';
import { fetchKit } from './fetch-kit';
import { QuarantinePanel } from './QuarantinePanel';
import { reasonOf } from './save-file';
import { dataApi, type DataApi } from './wire';

export interface DataSectionProps {
  lang: UiLanguage;
  brands: Array<{ id: string; name: string }>;
  /** Tests pass their own; the dashboard uses the background. */
  api?: DataApi;
}

/** The dashboard's Data section wired to the background: every call is one message, nothing is cached in between. */
export function DataSection({ lang, brands, api: given }: DataSectionProps) {
  const api = useMemo(() => given ?? dataApi(lang), [given, lang]);
  const [backups, setBackups] = useState<BackupMeta[]>([]);
  const [entries, setEntries] = useState<QuarantineEntry[] | null>(null);
  const [loadError, setLoadError] = useState('');

  const loadBackups = useCallback(() => api.backups().then(setBackups, () => setBackups([])), [api]);
  const loadQuarantine = useCallback(async () => {
    try {
      setEntries(await api.quarantine());
      setLoadError('');
    } catch (e) {
      setLoadError(reasonOf(e));
    }
  }, [api]);
  useEffect(() => {
    void loadBackups();
    void loadQuarantine();
  }, [loadBackups, loadQuarantine]);

  return (
    <>
      <DataPage
        lang={lang}
        brands={brands.map((b) => ({ id: b.id, name: b.name }))}
        backups={backups}
        onExport={api.exportData}
        onPreview={api.preview}
        onImport={async (bytes, mode) => {
          const out = await api.importData(bytes, mode);
          void loadBackups();
          return out;
        }}
        onRestore={async (id) => {
          await api.restore(id);
          void loadBackups();
        }}
        onFetchUrl={(url) => fetchKit(url, lang)}
      />
      <QuarantinePanel
        lang={lang}
        entries={entries}
        loadError={loadError}
        onRepair={api.repair}
        onDelete={api.remove}
        onChanged={() => void loadQuarantine()}
        onExport={api.exportData}
        maxJsonChars={MAX_JSON_CHARS}
      />
    </>
  );
}

import { BackupList } from './BackupList';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import type { DataPageProps } from './types';

export type { DataPageProps } from './types';

/** The dashboard's Data section: export, import with preview and confirm, automatic backups with restore. */
export function DataPage(props: DataPageProps) {
  return (
    <div class="data-page">
      <ExportCard {...props} />
      <ImportCard {...props} />
      <BackupList {...props} />
    </div>
  );
}

// Import of a 10,000-row spreadsheet as a French Excel writes it (BOM, ";", dd/mm/yyyy hh:mm, quoted multi-line text).
// No DESIGN.md budget for it: 1 s is this file's own bar (a user waiting on a file dialog).
import { importCsv } from '../../lib/calendar/csv-import';
import { exportCsvBytes } from '../../lib/calendar/csv-export';
import { percentile, row, timeRuns, type BenchRow } from './row';

const PLATFORMS = ['LinkedIn', 'X', 'Facebook, Instagram', 'TikTok', 'Bluesky et Mastodon'];
const STATUSES = ['Idée', 'brouillon', 'Planifié', 'publié'];

function spreadsheet(rows: number) {
  const lines = ['Date;Plateformes;Statut;Pilier;Texte;Mots-clics;Notes'];
  for (let i = 0; i < rows; i++) {
    const d = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000 * 7);
    const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, '0')}:00`;
    const text = `"Publication n° ${i} : l'été à Québec ; on vous ""attend"" 🎉\nDeuxième ligne, avec des accents : é à ç ô"`;
    lines.push([date, PLATFORMS[i % 5], STATUSES[i % 4], i % 3 ? 'produit' : 'communauté', text, '#qc #pme', i % 7 ? '' : 'À vérifier'].join(';'));
  }
  return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
}

export default async (): Promise<BenchRow[]> => {
  const bytes = spreadsheet(10_000);
  let n = 0;
  const opts = { brandId: 'b1', timeZone: 'America/Toronto', now: new Date().toISOString(), newId: () => `id-${++n}` };
  const first = importCsv(bytes, opts);
  if (first.posts.length !== 10_000 || first.errors.length) throw new Error(`bench data did not import: ${first.errors.length} errors`);
  const runs = timeRuns(5, () => importCsv(bytes, opts));
  const exportRuns = timeRuns(5, () => exportCsvBytes(first.posts, 'fr'));
  return [
    row('calendar: import of a 10,000-row CSV (median of 5)', percentile(runs, 50), 'ms', 1000),
    row('calendar: CSV export of 10,000 posts (median of 5)', percentile(exportRuns, 50), 'ms', null),
  ];
};
